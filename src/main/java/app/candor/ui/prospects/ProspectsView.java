package app.candor.ui.prospects;

import app.candor.domain.Deal;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.ui.common.Dates;
import app.candor.ui.common.Messages;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Prospects screen: search, a table, and the selected prospect's card, deals and timeline. */
public final class ProspectsView extends BorderPane {


    private final ProspectsViewModel model;
    private final TextField search = new TextField();
    private final VBox detail = new VBox(10);
    private final TableView<Prospect> table = new TableView<>();
    private static final double NEAR_THE_END = 0.9;
    private static final int ROWS_BEFORE_THE_END = 20;
    private ScrollPane detailScroll;

    public ProspectsView(ProspectsViewModel model) {
        this.model = model;
        setId("prospects-view");
        Label title = new Label(Messages.text("prospects.prospects"));
        title.getStyleClass().add("title-2");
        search.setId("prospect-search");
        search.setPromptText(Messages.text("prospects.searchNameCompanyEmail"));
        // One search per pause in typing, not per keystroke; Enter searches at once.
        app.candor.ui.common.Debounce typing = new app.candor.ui.common.Debounce(javafx.util.Duration.millis(150));
        search.textProperty().addListener((o, a, b) -> typing.run(() -> model.search(b)));
        search.setOnAction(e -> {
            typing.now();
            toResults();
        });
        // Down or Tab from the search goes to the results, the first one selected.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN
                    || e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown()) {
                e.consume();
                toResults();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.text("prospects.newProspect"));
        add.setId("new-prospect");
        add.setOnAction(e -> showForm(null));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setId("prospects-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        Label shown = new Label();
        shown.setId("prospects-count");
        shown.getStyleClass().add("text-muted");
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int total = model.totalProperty().get();
            int loaded = model.rows().size();
            java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance();
            return loaded < total ? n.format(loaded) + " of " + n.format(total) + " shown; more load as you scroll"
                    : n.format(total) + (total == 1 ? " prospect" : " prospects");
        }, model.totalProperty(), model.rows()));
        HBox header = new HBox(12, title, search, busy, shown, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);

        table.setId("prospect-table");
        table.setItems(model.rows());
        table.getColumns().add(column(Messages.text("prospects.col.name"), Prospect::name, 150));
        table.getColumns().add(column(Messages.text("prospects.col.company"), Prospect::company, 125));
        table.getColumns().add(column(Messages.text("prospects.col.email"), Prospect::email, 150));
        table.getColumns().add(column(Messages.text("prospects.col.stage"), model::stageText, 105));
        table.getColumns().add(column(Messages.text("prospects.col.lastContact"), model::lastContactText, 128));
        // A manager's list is the team's: whose each prospect is.
        TableColumn<Prospect, String> seller = column(Messages.text("prospects.col.seller"), model::sellerText, 90);
        seller.setId("prospects-col-seller");
        seller.visibleProperty().bind(model.teamViewProperty());
        table.getColumns().add(seller);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.text("prospects.noProspectsMatchAdd")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        // The table holds a page of results and asks for the next as it nears the end, by scrolling or by keyboard.
        table.skinProperty().addListener((o, a, skin) -> {
            if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                flow.positionProperty().addListener((p, was, now) -> {
                    if (now.doubleValue() > NEAR_THE_END) {
                        model.loadMore();
                    }
                });
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= model.rows().size() - ROWS_BEFORE_THE_END) {
                model.loadMore();
            }
        });
        model.selectedProperty().addListener((o, a, b) -> showCard(b));

        detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        // Mail dropped onto a prospect is filed under them, whatever its addresses.
        app.candor.ui.common.MailDrops.accept(detailScroll, model::canFileMail, model::fileMail);
        detail.setPadding(new Insets(16, 20, 20, 20));
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.58);
        setCenter(split);

        Label status = new Label();
        status.setId("prospects-status");
        status.textProperty().bind(model.statusProperty());
        Button undo = new Button(Messages.text("prospects.undo"));
        undo.setId("undo-delete");
        undo.visibleProperty().bind(model.pendingDeleteProperty().isNotNull());
        undo.setOnAction(e -> model.undoDelete());
        PauseTransition undoWindow = new PauseTransition(Duration.seconds(10));
        undoWindow.setOnFinished(e -> model.commitDelete());
        model.pendingDeleteProperty().addListener((o, a, b) -> {
            if (b != null) {
                undoWindow.playFromStart();
            } else {
                undoWindow.stop();
            }
        });
        Button undoInteraction = new Button(Messages.text("prospects.undo"));
        undoInteraction.setId("undo-interaction-delete");
        undoInteraction.visibleProperty().bind(model.deletedInteractionProperty().isNotNull());
        undoInteraction.managedProperty().bind(undoInteraction.visibleProperty());
        undoInteraction.setOnAction(e -> model.undoInteractionDelete());
        undo.managedProperty().bind(undo.visibleProperty());
        HBox footer = new HBox(12, status, undo, undoInteraction);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(6, 20, 8, 20));
        setBottom(footer);
        hint.getStyleClass().add("text-muted");
        // Built once, hidden until a prospect is selected, so the first selection does not stall the FX thread.
        card = buildCard();
        showCard(null);
    }

    private void toResults() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void newProspect() {
        showForm(null);
    }

    private static TableColumn<Prospect, String> column(String name, java.util.function.Function<Prospect, String> value,
                                                        double width) {
        TableColumn<Prospect, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        // A value cut to fit its column shows whole in a tooltip.
        c.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            /** One per cell, its text changed as the cell shows other rows: nothing new built while scrolling. */
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                boolean none = empty || text == null || text.isEmpty();
                tip.setText(none ? "" : text);
                setTooltip(none ? null : tip);
            }
        });
        return c;
    }

    /** Shows the card for {@code p}: its nodes are built once and only their contents change per selection. */
    private void showCard(Prospect p) {
        if (p == null) {
            card.setVisible(false);
            if (!detail.getChildren().contains(card)) {
                detail.getChildren().setAll(hint, card);
            }
            hint.setVisible(true);
            hint.setManaged(true);
            return;
        }
        shown = p;
        // A newly chosen prospect opens at the top, its name in view.
        detailScroll.setVvalue(0);
        cardName.setText(p.archived() ? Messages.text("prospects.card.archived", p.name()) : p.name());
        cardWho.setText(String.join(" · ", java.util.stream.Stream.of(p.role(), p.company(), p.email(), p.phone())
                .filter(s -> !s.isBlank()).toList()));
        cardNotes.setText(p.notes());
        cardNotes.setManaged(!p.notes().isBlank());
        archiveButton.setText(Messages.text(p.archived() ? "prospects.unarchive" : "prospects.archive"));
        confirmRow.getChildren().clear();
        dealProblem.setText("");
        if (!detail.getChildren().contains(card)) {
            detail.getChildren().setAll(hint, card);
        }
        hint.setVisible(false);
        hint.setManaged(false);
        card.setVisible(true);
    }

    private final VBox card;
    private final Label hint = new Label(Messages.text("prospects.selectAProspectTo"));
    private Prospect shown;
    private final Label cardName = new Label();
    private final Label cardWho = new Label();
    private final Label cardNotes = new Label();
    private final Label cardMailWarning = new Label();
    private final Button archiveButton = new Button(Messages.text("prospects.archive"));
    private final javafx.scene.layout.FlowPane confirmRow = new javafx.scene.layout.FlowPane(8, 8);
    private final Label dealProblem = new Label();

    /**
     * On a team's server, whose prospect it is; a manager can hand it, with everything about it, to another seller.
     * Nothing in a personal file.
     */
    private javafx.scene.layout.FlowPane sellerRow() {
        Label seller = new Label();
        seller.setId("prospect-seller");
        seller.getStyleClass().add("text-muted");
        seller.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A manager reads the seller in the list that hands the prospect over; a rep reads it here.
        seller.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.sellers().isEmpty()
                ? Messages.text("prospects.seller", model.sellerProperty().get()) : Messages.text("prospects.seller.label"),
                model.sellerProperty(), model.sellers()));
        javafx.scene.control.ComboBox<String> to = new javafx.scene.control.ComboBox<>(model.sellers());
        to.setId("hand-over-to");
        to.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        to.setPromptText(Messages.text("prospects.handOver.choose"));
        Button handOver = new Button(Messages.text("prospects.handOver"));
        handOver.setId("hand-over");
        handOver.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        handOver.disableProperty().bind(to.valueProperty().isNull().or(to.valueProperty().isEqualTo(
                model.sellerProperty())));
        handOver.setOnAction(e -> model.handOver(to.getValue()));
        model.sellerProperty().addListener((o, a, b) -> to.setValue(b == null || b.isEmpty() ? null : b));
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8, seller);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        model.sellers().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (model.sellers().isEmpty()) {
                row.getChildren().setAll(seller);
            } else if (row.getChildren().size() == 1) {
                row.getChildren().addAll(to, handOver);
            }
        });
        row.visibleProperty().bind(model.sellerProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private VBox buildCard() {
        cardName.getStyleClass().add("title-3");
        cardName.setId("prospect-card-name");
        cardName.setWrapText(true);
        cardWho.getStyleClass().add("text-muted");
        cardWho.setWrapText(true);
        cardNotes.setWrapText(true);
        cardMailWarning.setId("prospect-mail-failing");
        cardMailWarning.setWrapText(true);
        cardMailWarning.getStyleClass().add("severity-line-high");
        cardMailWarning.textProperty().bind(model.mailWarningProperty());
        cardMailWarning.managedProperty().bind(model.mailWarningProperty().isNotEmpty());
        cardMailWarning.visibleProperty().bind(cardMailWarning.managedProperty());
        Button edit = new Button(Messages.text("prospects.edit"));
        edit.setId("edit-prospect");
        edit.setOnAction(e -> showForm(shown));
        archiveButton.setId("archive-prospect");
        archiveButton.setOnAction(e -> model.setArchived(shown, !shown.archived()));
        Button delete = new Button(Messages.text("prospects.delete"));
        delete.setId("delete-prospect");
        HBox buttons = new HBox(8, edit, archiveButton, delete);
        delete.setOnAction(e -> {
            Prospect p = shown;
            Button really = new Button(Messages.text("prospects.delete.confirm", p.name()));
            really.setId("confirm-delete");
            really.getStyleClass().add("danger");
            really.setOnAction(x -> model.delete(p));
            Button keep = new Button(Messages.text("prospects.keep"));
            keep.setOnAction(x -> confirmRow.getChildren().clear());
            Label confirm = new Label(Messages.text("prospects.deleteWithAllTheir"));
            // The question on its own line, wrapped; the buttons whole beneath it.
            confirm.setWrapText(true);
            confirm.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            confirm.prefWidthProperty().bind(confirmRow.widthProperty());
            really.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            confirmRow.getChildren().setAll(confirm, really, keep);
        });

        Label dealsTitle = new Label(Messages.text("prospects.deals"));
        dealsTitle.getStyleClass().add("title-4");
        ListView<Deal> dealList = new ListView<>(model.selectedDeals());
        dealList.setId("prospect-deals");
        dealList.setPrefHeight(110);
        dealList.setCellFactory(v -> new ListCell<>() {
            {
                // A deal's line wraps in a narrow pane instead of running off to the side.
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(Deal d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : Messages.text(d.agreedCheckIn() == null ? "prospects.deal"
                        : "prospects.deal.checkIn", d.title(), Messages.word(d.stage()),
                        d.value().display(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)),
                        Dates.day(d.agreedCheckIn())));
            }
        });
        Button editDeal = new Button(Messages.text("prospects.editDeal"));
        editDeal.setId("edit-prospect-deal");
        editDeal.disableProperty().bind(dealList.getSelectionModel().selectedItemProperty().isNull());
        Runnable openDeal = () -> {
            Deal d = dealList.getSelectionModel().getSelectedItem();
            if (d != null) {
                app.candor.ui.common.DealForm.show(getScene().getWindow(), d, (changes, done) ->
                        model.editDeal(d, changes, done));
            }
        };
        editDeal.setOnAction(e -> openDeal.run());
        dealList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openDeal.run();
            }
        });
        dealList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openDeal.run();
                e.consume();
            }
        });
        TextField dealTitle = new TextField();
        dealTitle.setId("deal-title");
        dealTitle.setPromptText(Messages.text("prospects.newDealTitle"));
        TextField amount = new TextField();
        amount.setPromptText(Messages.text("prospects.value"));
        amount.setPrefColumnCount(7);
        amount.setMinWidth(70);
        TextField currency = new TextField("EUR");
        currency.setPrefColumnCount(3);
        currency.setMinWidth(64);
        ComboBox<Stage> stage = new ComboBox<>(FXCollections.observableArrayList(Stage.LEAD, Stage.QUALIFIED,
                Stage.MEETING, Stage.PROPOSAL, Stage.NEGOTIATION));
        stage.setConverter(app.candor.ui.common.Shown.by(Messages::word));
        stage.setValue(Stage.LEAD);
        stage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dealProblem.getStyleClass().add("danger");
        Button addDeal = new Button(Messages.text("prospects.addDeal"));
        addDeal.setId("add-deal");
        addDeal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addDeal.setOnAction(e -> {
            Optional<String> problem = model.addDeal(dealTitle.getText(), amount.getText(), currency.getText(), stage.getValue());
            dealProblem.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                dealTitle.clear();
                amount.clear();
            }
        });
        // Wraps onto a second line in a narrow pane rather than cutting the button off.
        dealTitle.setPrefColumnCount(16);
        javafx.scene.layout.FlowPane dealForm = new javafx.scene.layout.FlowPane(6, 6, dealTitle, amount, currency,
                stage, addDeal);

        Label timelineTitle = new Label(Messages.text("prospects.timeline"));
        timelineTitle.getStyleClass().add("title-4");
        ListView<ProspectsViewModel.TimelineRow> timeline = new ListView<>(model.timeline());
        timeline.setId("timeline");
        timeline.setPrefHeight(280);
        timeline.setCellFactory(v -> new ListCell<>() {
            // One label per cell, reused as the cell shows other entries: no new nodes to style while scrolling.
            private final Label entry = new Label();

            {
                entry.setWrapText(true);
                entry.prefWidthProperty().bind(v.widthProperty().subtract(30));
                entry.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            /**
             * As tall as the entry wrapped at the width it is given: asked without a width, the label answered with
             * the height of fewer lines, and a long entry ran into the next row.
             */
            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() != entry) {
                    return super.computePrefHeight(width);
                }
                return entry.prefHeight(entry.getPrefWidth()) + snappedTopInset() + snappedBottomInset();
            }

            @Override
            protected void updateItem(ProspectsViewModel.TimelineRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                entry.setText(row.text());
                setGraphic(entry);
            }
        });
        Button editEntry = new Button(Messages.text("prospects.edit2"));
        editEntry.setId("edit-interaction");
        Button deleteEntry = new Button(Messages.text("prospects.delete2"));
        deleteEntry.setId("delete-interaction");
        for (Button b : new Button[] {editEntry, deleteEntry}) {
            b.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        }
        Runnable openEntry = () -> {
            ProspectsViewModel.TimelineRow row = timeline.getSelectionModel().getSelectedItem();
            if (row != null) {
                InteractionForm.show(getScene().getWindow(), row.interaction(), model.whenText(row.interaction()),
                        (form, done) -> model.editInteraction(row.interaction(), form.kind(), form.direction(),
                                form.when(), form.outcome(), form.summary(), done));
            }
        };
        editEntry.setOnAction(e -> openEntry.run());
        deleteEntry.setOnAction(e -> {
            ProspectsViewModel.TimelineRow row = timeline.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.deleteInteraction(row.interaction());
            }
        });
        timeline.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openEntry.run();
            }
        });
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openEntry.run();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                deleteEntry.fire();
                e.consume();
            }
        });
        HBox timelineHeader = new HBox(12, timelineTitle, editEntry, deleteEntry);
        timelineHeader.setAlignment(Pos.CENTER_LEFT);
        Button more = new Button(Messages.text("prospects.loadOlder"));
        more.setId("timeline-more");
        more.visibleProperty().bind(model.moreTimelineProperty());
        more.setOnAction(e -> model.loadMoreTimeline());
        HBox dealsHeader = new HBox(12, dealsTitle, editDeal);
        dealsHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(10, cardName, cardWho, sellerRow(), cardMailWarning, cardNotes, buttons, confirmRow, dealsHeader,
                dealList, dealForm,
                dealProblem, timelineHeader, timeline, more);
    }

    private void showForm(Prospect existing) {
        detail.getChildren().clear();
        Label title = new Label(existing == null ? Messages.text("prospects.form.new") : Messages.text("prospects.form.edit", existing.name()));
        title.getStyleClass().add("title-3");
        TextField name = field("prospect-name", existing == null ? "" : existing.name());
        TextField company = field("prospect-company", existing == null ? "" : existing.company());
        TextField role = field("prospect-role", existing == null ? "" : existing.role());
        TextField email = field("prospect-email", existing == null ? "" : existing.email());
        TextField phone = field("prospect-phone", existing == null ? "" : existing.phone());
        TextField others = field("prospect-other-emails", "");
        others.setPromptText(Messages.text("prospects.otherEmails.prompt"));
        if (existing != null) {
            model.loadOtherAddresses(existing.id(), others::setText);
        }
        TextArea notes = new TextArea(existing == null ? "" : existing.notes());
        notes.setId("prospect-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, formLabel(Messages.text("prospects.name")), name);
        form.addRow(1, formLabel(Messages.text("prospects.company")), company);
        form.addRow(2, formLabel(Messages.text("prospects.role")), role);
        form.addRow(3, formLabel(Messages.text("prospects.email")), email);
        form.addRow(4, formLabel(Messages.text("prospects.otherEmails")), others);
        form.addRow(5, formLabel(Messages.text("prospects.phone")), phone);
        form.addRow(6, formLabel(Messages.text("prospects.notes")), notes);
        for (var c : new javafx.scene.control.Control[] {name, company, role, email, others, phone, notes}) {
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        Label problem = new Label();
        problem.setId("prospect-problem");
        problem.getStyleClass().add("danger");
        Button save = new Button(Messages.text("prospects.save"));
        save.setId("save-prospect");
        save.setDefaultButton(true);
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button openExisting = new Button();
        openExisting.setId("open-existing-prospect");
        openExisting.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.existingMatchProperty().get() == null ? ""
                        : Messages.text("prospects.openExisting", model.existingMatchProperty().get().name()),
                model.existingMatchProperty()));
        openExisting.visibleProperty().bind(model.existingMatchProperty().isNotNull());
        openExisting.managedProperty().bind(openExisting.visibleProperty());
        openExisting.setOnAction(e -> model.openExistingMatch());
        // While the team's server is away, Save is tried again by itself, what was typed staying in the fields.
        app.candor.ui.common.Retry retry = app.candor.ui.common.Retry.onFx();
        save.setOnAction(e -> model.save(existing, name.getText(), company.getText(), role.getText(), email.getText(),
                phone.getText(), notes.getText(), others.getText(),
                app.candor.ui.common.Saving.retrying(retry, save, problem::setText, () -> { })));
        Button cancel = new Button(Messages.text("prospects.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            retry.stop();
            showCard(model.selectedProperty().get());
        });
        detail.getChildren().addAll(title, form, problem, new HBox(8, save, openExisting, cancel));
        detailScroll.setVvalue(0);
        // Typing goes to the name at once, also when this screen was never shown before (its form joins the scene
        // only when the next pulse lays it out).
        app.candor.ui.common.Focus.request(name);
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        return f;
    }
}
