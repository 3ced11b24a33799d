package app.candor.ui.pipeline;

import app.candor.domain.Money;
import app.candor.domain.PipelineRow;
import app.candor.domain.Stage;
import app.candor.domain.StageTotal;
import app.candor.domain.WhoseMove;
import app.candor.ui.common.Dates;
import app.candor.ui.common.Messages;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The board: one column per open stage with its totals; stalled deals carry a red edge. */
public final class PipelineView extends BorderPane {

    private static final List<Stage> OPEN = List.of(Stage.LEAD, Stage.QUALIFIED, Stage.MEETING, Stage.PROPOSAL,
            Stage.NEGOTIATION);
    private final PipelineViewModel model;
    private final HBox columns = new HBox(12);

    public PipelineView(PipelineViewModel model) {
        this.model = model;
        setId("pipeline-view");
        Label title = new Label(Messages.text("pipeline.pipeline"));
        title.getStyleClass().add("title-2");
        ComboBox<WhoseMove> filter = new ComboBox<>(FXCollections.observableArrayList(null, WhoseMove.OURS, WhoseMove.THEIRS));
        filter.setId("pipeline-filter");
        filter.setConverter(app.candor.ui.common.Shown.by(m -> Messages.text(m == WhoseMove.OURS
                ? "pipeline.filter.ours" : "pipeline.filter.theirs"), Messages.text("pipeline.filter.anyone")));
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.getSelectionModel().select(0);
        Label legend = new Label(Messages.text("pipeline.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().add("text-muted");
        Label status = new Label();
        status.setId("pipeline-status");
        status.textProperty().bind(model.statusProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(legend, Priority.ALWAYS);
        javafx.scene.control.Button undo = new javafx.scene.control.Button(Messages.text("pipeline.undo"));
        undo.setId("undo-move");
        undo.visibleProperty().bind(model.lastMoveProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undoMove());
        status.setWrapText(true);
        HBox header = new HBox(12, title, filter, legend, status, undo);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);
        columns.setPadding(new Insets(0, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        setCenter(scroll);
        model.rows().addListener((ListChangeListener<PipelineRow>) c -> rebuild());
        model.totals().addListener((ListChangeListener<StageTotal>) c -> rebuild());
        rebuild();
    }

    /** The deal whose card had the keyboard, given it back when the board is built again. */
    private long focusedDeal = -1;

    private void rebuild() {
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        boolean cardHadFocus = owner != null && owner.getId() != null && owner.getId().startsWith("deal-card-")
                && columns.getChildren().stream().anyMatch(c -> isDescendant(owner, c));
        focusedDeal = cardHadFocus ? Long.parseLong(owner.getId().substring("deal-card-".length())) : -1;
        columns.getChildren().clear();
        for (Stage stage : OPEN) {
            List<StageTotal> totals = model.totals().stream().filter(t -> t.stage() == stage).toList();
            int count = totals.stream().mapToInt(StageTotal::deals).sum();
            int stalled = totals.stream().mapToInt(StageTotal::stalled).sum();
            Label name = new Label(Messages.heading(stage));
            name.getStyleClass().add("title-4");
            Label summary = new Label(Messages.text("pipeline.column.summary", count, stalled));
            summary.getStyleClass().add("text-muted");
            VBox column = new VBox(name, summary);
            column.setId("stage-" + stage.code());
            // A card dragged onto a column moves there.
            column.setOnDragOver(e -> {
                if (e.getDragboard().hasString() && e.getGestureSource() instanceof VBox source
                        && source.getParent() != null && !isDescendant(source, column)) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
                }
                e.consume();
            });
            column.setOnDragDropped(e -> {
                String id = e.getDragboard().getString();
                model.rows().stream().filter(r -> String.valueOf(r.dealId()).equals(id)).findFirst()
                        .ifPresent(r -> model.move(r, stage));
                e.setDropCompleted(true);
                e.consume();
            });
            column.getStyleClass().add("stage-column");
            for (StageTotal t : totals) {
                Label value = new Label(new Money(t.valueMinor(), t.currency()).display(
                        java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
                value.getStyleClass().add("text-bold");
                column.getChildren().add(value);
            }
            VBox cards = new VBox(6);
            for (PipelineRow row : model.rows()) {
                if (row.stage() != stage) {
                    continue;
                }
                Label deal = new Label(row.title());
                deal.getStyleClass().add("text-bold");
                deal.setWrapText(true);
                Label who = new Label(row.prospectName() + (row.company().isEmpty() ? "" : " · " + row.company()));
                who.setWrapText(true);
                Label meta = new Label(Messages.text(row.agreedCheckIn() == null ? "pipeline.card" : "pipeline.card.checkIn",
                        row.value().display(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)),
                        Messages.word(row.whoseMove()), Dates.day(row.agreedCheckIn())));
                meta.getStyleClass().add("text-muted");
                meta.setWrapText(true);
                VBox card = new VBox(2, deal, who, meta);
                card.getStyleClass().add("deal-card");
                card.setId("deal-card-" + row.dealId());
                card.setFocusTraversable(true);
                card.setOnMouseClicked(e -> {
                    card.requestFocus();
                    if (e.getClickCount() == 2) {
                        openDeal(row);
                    }
                });
                card.setOnDragDetected(e -> {
                    javafx.scene.input.Dragboard board = card.startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
                    javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                    content.putString(String.valueOf(row.dealId()));
                    board.setContent(content);
                    board.setDragView(card.snapshot(null, null));
                    e.consume();
                });
                ContextMenu menu = new ContextMenu();
                for (Stage to : OPEN) {
                    if (to != stage) {
                        MenuItem item = new MenuItem(Messages.text("pipeline.moveTo", Messages.word(to)));
                        item.setOnAction(e -> model.move(row, to));
                        menu.getItems().add(item);
                    }
                }
                card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
                card.setOnKeyPressed(e -> {
                    if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                        e.consume();
                        model.move(row, PipelineViewModel.neighbour(stage, e.getCode() == KeyCode.RIGHT ? 1 : -1));
                    } else if (e.getCode() == KeyCode.ENTER) {
                        e.consume();
                        openDeal(row);
                    }
                });
                if (row.stalled()) {
                    card.getStyleClass().add("stalled");
                }
                cards.getChildren().add(card);
            }
            if (count > cards.getChildren().size()) {
                Label more = new Label("and " + (count - cards.getChildren().size()) + " more, smaller");
                more.getStyleClass().add("text-muted");
                cards.getChildren().add(more);
            }
            ScrollPane cardScroll = new ScrollPane(cards);
            cardScroll.setFitToWidth(true);
            VBox.setVgrow(cardScroll, Priority.ALWAYS);
            column.getChildren().add(cardScroll);
            columns.getChildren().add(column);
        }
        if (focusedDeal >= 0) {
            long deal = focusedDeal;
            refocus(deal);
            // Again once the scene has dealt with the old card leaving it (it may hand the keyboard elsewhere).
            javafx.application.Platform.runLater(() -> refocus(deal));
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(120));
            settle.setOnFinished(e -> refocus(deal));
            settle.play();
        }
    }

    /** Gives the keyboard to the deal's card, unless the person has since put it in a field of their own. */
    private void refocus(long deal) {
        javafx.scene.Node card = columns.lookup("#deal-card-" + deal);
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        boolean theirs = owner instanceof javafx.scene.control.TextInputControl
                || owner instanceof javafx.scene.control.ComboBoxBase;
        if (card != null && !theirs) {
            card.requestFocus();
        }
    }

    private void openDeal(PipelineRow row) {
        model.openDeal(row, deal -> app.candor.ui.common.DealForm.show(getScene().getWindow(), deal,
                (changes, done) -> model.editDeal(deal, changes, done)));
    }

    private static boolean isDescendant(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
