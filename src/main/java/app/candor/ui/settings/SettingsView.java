package app.candor.ui.settings;

import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.ui.common.Messages;
import app.candor.ui.common.Theme;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Settings screen. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel model, MailViewModel mail, Path dataFolder, Path databaseFile) {
        setId("settings-view");
        setFitToWidth(true);
        Label title = new Label(Messages.text("settings.settings"));
        title.getStyleClass().add("title-2");

        GridPane you = grid();
        TextField name = new TextField();
        name.setId("settings-my-name");
        name.textProperty().bindBidirectional(model.myNameProperty());
        name.setPromptText(Messages.text("settings.usedAsMynameIn"));
        ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : Messages.text(t == Theme.DARK ? "settings.theme.dark" : "settings.theme.light");
            }

            @Override
            public Theme fromString(String text) {
                return Theme.parse(text);
            }
        });
        theme.valueProperty().bindBidirectional(model.themeProperty());
        you.addRow(0, new Label(Messages.text("settings.yourName")), name);
        you.addRow(1, new Label(Messages.text("settings.theme")), theme);

        GridPane days = grid();
        int row = 0;
        for (Stage stage : Stage.values()) {
            if (!stage.isOpen()) {
                continue;
            }
            Spinner<Integer> spinner = new Spinner<>(0, 365, model.threshold(stage).get());
            spinner.setId("threshold-" + stage.code());
            spinner.setEditable(true);
            spinner.valueProperty().addListener((o, a, b) -> model.threshold(stage).set(b));
            days.addRow(row++, new Label(Messages.heading(stage)), spinner, new Label(Messages.text("settings.daysWithoutAResponse")));
        }
        Spinner<Integer> cap = new Spinner<>(1, 200, model.queueCapProperty().get());
        cap.setId("queue-cap");
        cap.setEditable(true);
        cap.valueProperty().addListener((o, a, b) -> model.queueCapProperty().set(b));
        days.addRow(row, new Label(Messages.text("settings.todayShows")), cap, new Label(Messages.text("settings.followUpsBeforeShow")));

        VBox rules = new VBox(6);
        for (RuleId id : RuleId.values()) {
            CheckBox box = new CheckBox(Messages.word(id));
            box.setTooltip(new javafx.scene.control.Tooltip(Messages.text("settings.rule.tip", id.code())));
            box.setId("rule-" + id.code());
            box.selectedProperty().bindBidirectional(model.enabled(id));
            rules.getChildren().add(box);
        }

        Label folder = new Label(Messages.text("settings.files", dataFolder, databaseFile, model.rulesFile()));
        folder.getStyleClass().add("text-muted");
        folder.setWrapText(true);
        javafx.scene.control.ListView<Path> backupList = new javafx.scene.control.ListView<>(model.backupFiles());
        backupList.setId("backup-list");
        backupList.setPrefHeight(150);
        backupList.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
            }
        });
        backupList.setPlaceholder(new Label(Messages.text("settings.noBackupsYetCandor")));
        Button backupNow = new Button(Messages.text("settings.backUpNow"));
        backupNow.setId("backup-now");
        backupNow.setOnAction(e -> model.backupNow());
        Button restore = new Button(Messages.text("settings.restoreSelected"));
        restore.setId("restore-backup");
        restore.disableProperty().bind(backupList.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.layout.HBox confirm = new javafx.scene.layout.HBox(8);
        restore.setOnAction(e -> {
            Path chosen = backupList.getSelectionModel().getSelectedItem();
            Button really = new Button(Messages.text("settings.restore.confirm", chosen.getFileName()));
            really.setOnAction(x -> model.restore(chosen));
            Button keep = new Button(Messages.text("settings.cancel"));
            keep.setOnAction(x -> confirm.getChildren().clear());
            confirm.getChildren().setAll(new Label(Messages.text("settings.replaceYourDataWith")),
                    really, keep);
        });
        VBox backupsBox;
        if (model.onTeamServer()) {
            // A team's pipeline is backed up where it lives; there is no file here to copy.
            Label where = new Label(Messages.text("settings.backups.team", model.where()));
            where.setId("team-backups");
            where.setWrapText(true);
            backupsBox = new VBox(8, where);
        } else {
            Label backupFolder = new Label(Messages.text("settings.backups.where", model.backupFolder()));
            backupFolder.getStyleClass().add("text-muted");
            backupsBox = new VBox(8, backupFolder, backupList, new javafx.scene.layout.HBox(8, backupNow, restore),
                    confirm);
        }

        Button save = new Button(Messages.text("settings.save"));
        save.setId("save-settings");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        VBox content = new VBox(14, title, section(Messages.text("settings.section.you")), you,
                section(Messages.text("settings.section.silent")), days, section(Messages.text("settings.section.rules")),
                rules, save, status, section(Messages.text("settings.section.backups")), backupsBox,
                section(Messages.text("settings.section.mail")), mailSection(mail),
                section(Messages.text("settings.section.files")), folder);
        content.setPadding(new Insets(16, 20, 20, 20));
        setContent(content);
    }

    /** Mail: files to import, a mailbox to sync (the password asked once a session or kept by the system), and who wrote who is not a prospect. */
    private Node mailSection(MailViewModel mail) {
        mail.refresh();
        Label about = new Label(Messages.text("mail.ui.about"));
        about.setWrapText(true);
        about.getStyleClass().add("text-muted");
        javafx.scene.control.TextField me = new javafx.scene.control.TextField();
        me.setId("mail-me");
        me.textProperty().bindBidirectional(mail.meProperty());
        me.setPromptText(Messages.text("mail.ui.mePrompt"));
        Button files = new Button(Messages.text("mail.ui.importFiles"));
        files.setId("mail-import-files");
        files.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.text("mail.ui.importFiles"));
            chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter(
                    Messages.text("mail.ui.mailFiles"), "*.eml", "*.mbox", "*.mbx"),
                    new javafx.stage.FileChooser.ExtensionFilter(Messages.text("mail.ui.allFiles"), "*"));
            java.util.List<java.io.File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                mail.importFiles(chosen.stream().map(java.io.File::toPath).toList());
            }
        });
        Button maildir = new Button(Messages.text("mail.ui.importMaildir"));
        maildir.setOnAction(e -> {
            java.io.File folder = new javafx.stage.DirectoryChooser().showDialog(getScene().getWindow());
            if (folder != null) {
                mail.importFiles(java.util.List.of(folder.toPath()));
            }
        });
        GridPane box = grid();
        int row = 0;
        box.addRow(row++, new Label(Messages.text("mail.ui.me")), me);
        javafx.scene.control.TextField host = field("mail-host", mail.hostProperty(), Messages.text("mail.ui.hostPrompt"));
        javafx.scene.control.TextField port = field("mail-port", mail.portProperty(), "993");
        javafx.scene.control.TextField user = field("mail-user", mail.userProperty(), "");
        javafx.scene.control.TextField folders = field("mail-folders", mail.foldersProperty(),
                Messages.text("mail.ui.foldersPrompt"));
        box.addRow(row++, new Label(Messages.text("mail.ui.host")), host);
        box.addRow(row++, new Label(Messages.text("mail.ui.port.label")), port);
        box.addRow(row++, new Label(Messages.text("mail.ui.user")), user);
        box.addRow(row++, new Label(Messages.text("mail.ui.folders")), folders);
        CheckBox trust = new CheckBox(Messages.text("mail.ui.trust"));
        trust.selectedProperty().bindBidirectional(mail.trustHostProperty());
        trust.setWrapText(true);
        box.add(trust, 1, row++);
        Button sync = new Button(Messages.text("mail.ui.sync"));
        sync.setId("mail-sync");
        mail.setPasswordAsker((why, keeper) -> askPassword(mail, why, keeper));
        sync.setOnAction(e -> mail.sync());
        Button stop = new Button(Messages.text("mail.ui.stop"));
        stop.setOnAction(e -> mail.cancel());
        stop.visibleProperty().bind(mail.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        for (Button b : new Button[] {files, maildir, sync}) {
            b.disableProperty().bind(mail.busyProperty());
        }
        Label status = new Label();
        status.setId("mail-status");
        status.setWrapText(true);
        status.textProperty().bind(mail.statusProperty());
        javafx.scene.control.ListView<String> strangers = new javafx.scene.control.ListView<>(mail.strangers());
        strangers.setId("mail-strangers");
        strangers.setPrefHeight(110);
        strangers.setPlaceholder(new Label(Messages.text("mail.ui.noStrangers")));
        Button add = new Button(Messages.text("mail.ui.add"));
        add.setId("mail-add-prospect");
        add.disableProperty().bind(strangers.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> mail.addProspect(strangers.getSelectionModel().getSelectedItem()));
        return new VBox(8, about, box, new javafx.scene.layout.HBox(8, files, maildir, sync, stop), status,
                new Label(Messages.text("mail.ui.strangers")), strangers, add);
    }

    private static javafx.scene.control.TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        javafx.scene.control.TextField f = new javafx.scene.control.TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        return f;
    }

    /**
     * Asks for the mailbox password, offering to keep it in the system's password store when there is one; without
     * one it is remembered until the window closes.
     */
    private java.util.Optional<MailViewModel.PasswordAnswer> askPassword(MailViewModel mail, String why,
                                                                        java.util.Optional<String> keeper) {
        javafx.scene.control.Dialog<MailViewModel.PasswordAnswer> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.text("mail.ui.sync"));
        dialog.setHeaderText(Messages.text("mail.ui.password", mail.userProperty().get(), mail.hostProperty().get()));
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.setId("mail-password");
        VBox body = new VBox(8);
        if (why != null) {
            Label reason = new Label(why);
            reason.setWrapText(true);
            body.getChildren().add(reason);
        }
        body.getChildren().add(password);
        CheckBox keep = new CheckBox(Messages.text("mail.ui.remember", keeper.orElse("")));
        keep.setId("mail-remember");
        keep.setSelected(true);
        if (keeper.isPresent()) {
            body.getChildren().add(keep);
        }
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK
                ? new MailViewModel.PasswordAnswer(password.getText().toCharArray(), keeper.isPresent() && keep.isSelected())
                : null);
        app.candor.ui.common.Focus.request(password);
        java.util.Optional<MailViewModel.PasswordAnswer> answer = dialog.showAndWait();
        password.clear();
        return answer;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }
}
