package app.candor.ui.quicklog;

import app.candor.domain.Coded;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.WhoseMove;
import app.candor.ui.common.Messages;
import app.candor.ui.common.Shown;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The quick log card, usable without the mouse: type a name and Enter, Tab through kind, direction, when it
 * happened (now unless you say "yesterday 15:00"), outcome, an agreed check-in and whose move it is then, write the
 * summary, Enter saves (Shift+Enter for a new line), Escape closes.
 */
public final class QuickLogView extends StackPane {

    private final TextField who = new TextField();
    private final Runnable close;

    public QuickLogView(QuickLogModel model, Runnable close) {
        this.close = close;
        setId("quick-log");
        getStyleClass().add("overlay");

        Label title = new Label(Messages.text("quicklog.logACallEmail"));
        title.getStyleClass().add("title-3");

        who.setId("quick-log-who");
        who.setPromptText(Messages.text("quicklog.whoTypeAName"));
        ListView<Prospect> matches = new ListView<>(model.matches());
        matches.setId("quick-log-matches");
        matches.setPrefHeight(140);
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Prospect p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + (p.company().isEmpty() ? "" : " · " + p.company()));
            }
        });
        matches.visibleProperty().bind(model.prospectProperty().isNull());
        matches.managedProperty().bind(matches.visibleProperty());
        who.textProperty().addListener((o, a, b) -> {
            if (model.prospectProperty().get() == null || !b.equals(model.prospectProperty().get().name())) {
                model.prospectProperty().set(null);
                model.search(b);
            }
        });

        ComboBox<Deal> deal = new ComboBox<>(model.openDeals());
        deal.setId("quick-log-deal");
        deal.setPromptText(Messages.text("quicklog.noParticularDeal"));
        deal.valueProperty().bindBidirectional(model.dealProperty());
        deal.setConverter(Shown.by(d -> d.title()));
        ComboBox<InteractionKind> kind = combo("quick-log-kind", InteractionKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<Direction> direction = combo("quick-log-direction", Direction.values());
        direction.valueProperty().bindBidirectional(model.directionProperty());
        ComboBox<Outcome> outcome = combo("quick-log-outcome", Outcome.values());
        outcome.setPromptText(Messages.text("quicklog.noTag"));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());

        TextArea summary = new TextArea();
        summary.setId("quick-log-summary");
        summary.setPromptText(Messages.text("quicklog.whereYouLeftOff"));
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(model.summaryProperty());
        DatePicker checkIn = new DatePicker();
        checkIn.setId("quick-log-check-in");
        checkIn.setPromptText(Messages.text("quicklog.noneAgreed"));
        checkIn.valueProperty().bindBidirectional(model.checkInProperty());

        TextField when = new TextField();
        when.setId("quick-log-when");
        when.setPromptText(Messages.text("quicklog.nowOrYesterday"));
        when.setTooltip(new javafx.scene.control.Tooltip(Messages.text("quicklog.when.tip")));
        when.textProperty().bindBidirectional(model.whenProperty());
        ComboBox<WhoseMove> moveAfter = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                WhoseMove.values()));
        moveAfter.setId("quick-log-move-after");
        moveAfter.setPromptText(Messages.text("quicklog.asItWas"));
        moveAfter.setConverter(Shown.by(Messages::word));
        moveAfter.valueProperty().bindBidirectional(model.moveAfterProperty());

        Label problem = new Label();
        problem.setId("quick-log-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label hint = new Label(Messages.text("quicklog.enterSavesEscCloses"));
        hint.getStyleClass().add("text-muted");

        who.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pick(model, matches.getSelectionModel().getSelectedItem() != null
                        ? matches.getSelectionModel().getSelectedItem()
                        : model.matches().isEmpty() ? null : model.matches().get(0), summary);
                e.consume();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(model, matches.getSelectionModel().getSelectedItem(), summary);
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> pick(model, matches.getSelectionModel().getSelectedItem(), summary));
        summary.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                // The card closes when the save succeeded (the model's onSaved); a failure stays on the card.
                model.save();
            } else if (e.getCode() == KeyCode.ENTER) {
                summary.insertText(summary.getCaretPosition(), "\n");
                e.consume();
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.add(new Label(Messages.text("quicklog.deal")), 0, 0);
        form.add(deal, 1, 0, 3, 1);
        form.addRow(1, new Label(Messages.text("quicklog.kind")), kind, new Label(Messages.text("quicklog.direction")), direction);
        form.addRow(2, new Label(Messages.text("quicklog.when")), when, new Label(Messages.text("quicklog.outcome")), outcome);
        form.addRow(3, new Label(Messages.text("quicklog.checkIn")), checkIn, new Label(Messages.text("quicklog.thenItIs")), moveAfter);
        for (var n : new javafx.scene.control.Control[] {deal, kind, direction, when, outcome, checkIn, moveAfter}) {
            n.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        for (javafx.scene.Node n : form.getChildren()) {
            if (n instanceof Label label) {
                label.setMinWidth(USE_PREF_SIZE);
            }
        }

        VBox card = new VBox(10, title, who, matches, form, summary, problem, hint);
        card.getStyleClass().add("quick-log-card");
        card.setPadding(new Insets(20));
        card.setMaxWidth(560);
        card.setMaxHeight(USE_PREF_SIZE);
        setAlignment(Pos.TOP_CENTER);
        setPadding(new Insets(60, 0, 0, 0));
        getChildren().add(card);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.reset();
                who.clear();
                close.run();
            }
        });
    }

    /** Focus for opening with Ctrl+L, on an empty card. */
    public void focusWho() {
        who.clear();
        who.requestFocus();
    }

    private void pick(QuickLogModel model, Prospect p, TextArea next) {
        if (p == null) {
            return;
        }
        model.choose(p);
        who.setText(p.name());
        next.requestFocus();
    }

    private static <T extends Enum<T> & Coded> ComboBox<T> combo(String id, T[] values) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(Shown.by(Messages::word));
        return box;
    }

}
