package app.candor.ui.scripts;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import app.candor.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Scripts screen: the library on the left, the chosen script or the editor on the right. */
public final class ScriptsView extends BorderPane {

    private final ScriptsViewModel model;
    private final VBox detail = new VBox(10);

    public ScriptsView(ScriptsViewModel model) {
        this.model = model;
        setId("scripts-view");
        Label title = new Label(Messages.text("scripts.scripts"));
        title.getStyleClass().add("title-2");
        Button add = new Button(Messages.text("scripts.newScript"));
        add.setId("new-script");
        add.setOnAction(e -> model.newScript());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox header = new HBox(12, title, add, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);

        ListView<Script> list = new ListView<>(model.all());
        list.setId("script-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Script s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title() + (s.builtIn() ? "" : "  (yours)"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
            // Choosing another script leaves the editor (what was typed and not saved is dropped, as Cancel does).
            if (model.editingProperty().get() && (b == null || !b.id().equals(model.idProperty().get()))) {
                model.cancel();
            } else if (!model.editingProperty().get()) {
                showScript();
            }
        });
        model.editingProperty().addListener((o, a, b) -> {
            if (b) {
                showEditor();
            } else {
                showScript();
            }
        });
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        detail.setPadding(new Insets(16, 20, 20, 20));
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.3);
        setCenter(split);
        showScript();
    }

    private void showScript() {
        detail.getChildren().clear();
        Script s = model.selectedProperty().get();
        if (s == null) {
            detail.getChildren().add(new Label(Messages.text("scripts.chooseAScriptTo")));
            return;
        }
        Label name = new Label(s.title());
        name.getStyleClass().add("title-3");
        Label principle = new Label(s.principle());
        principle.setWrapText(true);
        Label source = new Label(s.source().isEmpty()
                ? Messages.text("scripts.about.own", Messages.word(s.channel()), s.id())
                : Messages.text("scripts.about", s.source(), Messages.word(s.channel()), s.id()));
        source.getStyleClass().add("text-muted");
        source.setWrapText(true);
        detail.getChildren().addAll(name, principle, source);
        if (s.channel().hasPhone()) {
            detail.getChildren().add(block(Messages.text(s.channel() == Channel.CARD ? "scripts.card" : "scripts.phone"), s.phoneBody()));
        }
        if (s.channel().hasEmail()) {
            detail.getChildren().add(block(Messages.text("scripts.email", s.emailSubject()), s.emailBody()));
        }
        Button edit = new Button(Messages.text(s.builtIn() ? "scripts.duplicate" : "scripts.edit"));
        edit.setId("edit-script");
        edit.setOnAction(e -> model.edit());
        Button delete = new Button(Messages.text("scripts.delete"));
        delete.setId("delete-script");
        delete.setDisable(s.builtIn());
        delete.setOnAction(e -> model.delete());
        detail.getChildren().add(new HBox(8, edit, delete));
    }

    private static VBox block(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("text-bold");
        Label body = new Label(text);
        body.setWrapText(true);
        return new VBox(4, heading, body);
    }

    private void showEditor() {
        detail.getChildren().clear();
        Label heading = new Label(Messages.text("scripts.editYourScript"));
        heading.getStyleClass().add("title-3");
        TextField id = bound("script-id", model.idProperty());
        TextField title = bound("script-title", model.titleProperty());
        TextField principle = bound("script-principle", model.principleProperty());
        ComboBox<Channel> channel = new ComboBox<>(FXCollections.observableArrayList(Channel.BOTH, Channel.EMAIL, Channel.PHONE));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setConverter(app.candor.ui.common.Shown.by(Messages::word));
        TextField subject = bound("script-subject", model.subjectProperty());
        TextArea email = area("script-email", model.emailBodyProperty());
        TextArea phone = area("script-phone", model.phoneBodyProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.text("scripts.id")), id);
        form.addRow(1, new Label(Messages.text("scripts.title")), title);
        form.addRow(2, new Label(Messages.text("scripts.principle")), principle);
        form.addRow(3, new Label(Messages.text("scripts.channel")), channel);
        form.addRow(4, new Label(Messages.text("scripts.emailSubject")), subject);
        form.addRow(5, new Label(Messages.text("scripts.emailBody")), email);
        form.addRow(6, new Label(Messages.text("scripts.phoneText")), phone);
        for (var c : new javafx.scene.control.Control[] {id, title, principle, subject, email, phone}) {
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        Label placeholders = new Label(Messages.text("scripts.placeholders"));
        placeholders.getStyleClass().add("text-muted");
        placeholders.setWrapText(true);
        Label problem = new Label();
        problem.setId("script-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemBinding());
        Label pressure = new Label();
        pressure.setId("script-pressure");
        pressure.getStyleClass().add("warning");
        pressure.setWrapText(true);
        pressure.textProperty().bind(model.pressureBinding());
        Button save = new Button(Messages.text("scripts.save"));
        save.setId("save-script");
        save.disableProperty().bind(model.problemBinding().isNotEmpty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(Messages.text("scripts.cancel"));
        cancel.setOnAction(e -> model.cancel());
        detail.getChildren().addAll(heading, form, placeholders, problem, pressure, new HBox(8, save, cancel));
    }

    private static TextField bound(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(6);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(property);
        return a;
    }
}
