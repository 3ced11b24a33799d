package app.candor.ui.today;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Severity;
import app.candor.rules.FollowUpQueue;
import app.candor.ui.common.FirstFrame;
import app.candor.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Today screen: the follow-up queue, strongest first. */
public final class TodayView extends BorderPane {

    private final ListView<FollowUpQueue.Entry> list = new ListView<>();


    /**
     * The detail pane is built from {@code detailView} once the queue's first frame is painted, so that the queue
     * is on screen without waiting for the pane's many controls (docs/PERFORMANCE.md).
     */
    public TodayView(TodayViewModel model, FollowUpDetailModel detailModel,
                     java.util.function.Supplier<FollowUpDetailView> detailView, Region firstRunPane) {
        getStyleClass().add("today-view");
        Label title = new Label(Messages.text("screen.today"));
        title.getStyleClass().add("title-2");
        Label date = new Label();
        date.textProperty().bind(Bindings.createStringBinding(() -> model.todayProperty().get() == null ? ""
                : model.todayProperty().get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)),
                model.todayProperty()));
        date.getStyleClass().add("text-muted");
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.setId("today-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        ToggleButton all = new ToggleButton(Messages.text("today.showAll"));
        all.setId("show-all");
        all.setOnAction(e -> model.showAll(all.isSelected()));
        all.visibleProperty().bind(model.firstRunProperty().not());
        summary.visibleProperty().bind(model.firstRunProperty().not());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        javafx.scene.control.ComboBox<app.candor.domain.Stage> stages = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(java.util.Arrays.stream(
                        app.candor.domain.Stage.values()).filter(app.candor.domain.Stage::isOpen).toList()));
        stages.getItems().add(0, null);
        stages.setId("stage-filter");
        stages.setPromptText(Messages.text("today.everyStage"));
        stages.setConverter(app.candor.ui.common.Shown.by(Messages::word, Messages.text("today.everyStage")));
        stages.setOnAction(e -> model.filterStage(stages.getValue()));
        stages.visibleProperty().bind(model.firstRunProperty().not());
        stages.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton revive = new ToggleButton();
        revive.setId("revive");
        revive.textProperty().bind(model.reviveLabelProperty());
        revive.setTooltip(new javafx.scene.control.Tooltip(Messages.text("today.revive.tooltip")));
        revive.setOnAction(e -> model.showRevive(revive.isSelected()));
        revive.visibleProperty().bind(model.firstRunProperty().not());
        revive.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        summary.setMinWidth(80);
        VBox titleBox = new VBox(2, title, date);
        titleBox.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(8, 6, busy, summary, stages, revive, all);
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.setRowValignment(javafx.geometry.VPos.CENTER);
        HBox.setHgrow(controls, Priority.ALWAYS);
        HBox header = new HBox(12, titleBox, controls);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);

        list.setId("queue");
        list.setItems(model.entries());
        list.setCellFactory(EntryCell::new);
        list.setPlaceholder(new Label(app.candor.rules.FollowUpQueue.NOBODY_WAITING));
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("danger");
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !model.entries().isEmpty()) {
                detailModel.show(b);
            }
        });
        // After a refresh, keep the same deal selected when it is still in the queue, else the first entry.
        model.entries().addListener((javafx.collections.ListChangeListener<FollowUpQueue.Entry>) c -> {
            String key = model.lastSelectedKey();
            FollowUpQueue.Entry again = model.entries().stream()
                    .filter(e -> e.subject().subjectKey().equals(key)).findFirst()
                    .orElse(model.entries().isEmpty() ? null : model.entries().get(0));
            list.getSelectionModel().select(again);
            if (again == null) {
                detailModel.show(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                model.rememberSelection(b == null ? null : b.subject().subjectKey()));
        StackPane detailSlot = new StackPane();
        detailSlot.setId("detail-slot");
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(list, detailSlot);
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames > FirstFrame.PAINTED_AT_PULSE) {
                    stop();
                    detailSlot.getChildren().setAll(detailView.get());
                }
            }
        }.start();
        split.setDividerPositions(0.42);
        StackPane center = new StackPane(split, firstRunPane, error);
        firstRunPane.visibleProperty().bind(model.firstRunProperty());
        split.visibleProperty().bind(model.firstRunProperty().not());
        setCenter(center);
    }

    public ListView<FollowUpQueue.Entry> list() {
        return list;
    }


    /**
     * One queue entry: severity, who, which deal, and the plain explanation. The nodes are made once per cell and
     * only their text changes: the list measures its cells by filling them with entry after entry, and new nodes
     * each time cost a style pass each (docs/PERFORMANCE.md).
     */
    private static final class EntryCell extends ListCell<FollowUpQueue.Entry> {
        private static final List<String> SEVERITY_CLASSES = java.util.Arrays.stream(Severity.values())
                .map(v -> "severity-" + v.code()).toList();
        private final Label severity = new Label();
        private final Label who = new Label();
        private final Label deal = new Label();
        private final Label why = new Label();
        private final HBox row;
        private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();

        EntryCell(ListView<FollowUpQueue.Entry> list) {
            severity.getStyleClass().add("severity");
            severity.setMinWidth(64);
            who.getStyleClass().add("text-bold");
            deal.getStyleClass().add("text-muted");
            why.setWrapText(true);
            var textWidth = list.widthProperty().subtract(120);
            for (Label l : List.of(who, deal, why)) {
                l.maxWidthProperty().bind(textWidth);
            }
            VBox text = new VBox(2, who, deal, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(12, severity, text);
            row.setPadding(new Insets(6, 4, 6, 4));
        }

        @Override
        protected void updateItem(FollowUpQueue.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FollowUpFacts s = entry.subject();
            Alert a = entry.primary();
            severity.setText(Messages.word(a.severity()));
            severity.getStyleClass().removeAll(SEVERITY_CLASSES);
            severity.getStyleClass().add("severity-" + a.severity().code());
            who.setText(s.prospectName() + (s.company().isEmpty() ? "" : " · " + s.company()));
            deal.setText(Messages.text("today.row.deal", s.dealId() == null ? Messages.text("today.row.noDeal")
                    : s.dealTitle(), Messages.word(s.stage()), Messages.word(s.whoseMove())));
            why.setText(a.explanation());
            // The row is cut to fit the list; its tooltip holds all of it.
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setText(who.getText() + "\n" + deal.getText() + "\n" + entry.alerts().stream()
                    .map(x -> Messages.word(x.severity()) + "  " + x.explanation())
                    .collect(java.util.stream.Collectors.joining("\n")));
            setTooltip(tooltip);
            setGraphic(row);
        }
    }
}
