package app.candor.ui.pipeline;

import app.candor.ui.common.Change;
import java.util.function.Consumer;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.followup.DealService;
import app.candor.domain.PipelineRow;
import app.candor.domain.StageTotal;
import app.candor.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The pipeline board: open deals by stage with value per stage, stalled deals marked, filtered by whose move. */
public final class PipelineViewModel {

    public static final int CARDS_PER_STAGE = 40;

    private final DealService deals;
    private final TaskExecutor executor;
    private final ObservableList<PipelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StageTotal> totals = FXCollections.observableArrayList();
    private final ObjectProperty<WhoseMove> filter = new SimpleObjectProperty<>();

    private final Consumer<Change> onChanged;
    private final StringProperty status = new SimpleStringProperty("");

    public PipelineViewModel(DealService deals, TaskExecutor executor, Consumer<Change> onChanged) {
        this.deals = deals;
        this.executor = executor;
        this.onChanged = onChanged;
        filter.addListener((o, a, b) -> refresh());
    }

    private record Board(List<PipelineRow> rows, List<StageTotal> totals) {
    }

    public void refresh() {
        WhoseMove move = filter.get();
        executor.run(() -> new Board(deals.pipeline(move, CARDS_PER_STAGE), deals.stageTotals(move)), board -> {
            rows.setAll(board.rows());
            totals.setAll(board.totals());
        }, failure -> rows.clear());
    }

    /** Moves an open deal to another open stage; the move is remembered for the reports. */
    public void move(PipelineRow row, Stage to) {
        if (to == row.stage() || !to.isOpen()) {
            return;
        }
        executor.run(() -> deals.moveStage(row.dealId(), to), moved -> {
            status.set("Moved \"" + row.title() + "\" to " + to.code() + ".");
            onChanged.accept(new Change.DealChanged(row.prospectId()));
        }, failure -> status.set("Could not move \"" + row.title() + "\": " + failure.getMessage()));
    }

    /** The open stage after (+1) or before (-1) {@code stage}, or {@code stage} at either end. */
    public static Stage neighbour(Stage stage, int step) {
        List<Stage> open = java.util.Arrays.stream(Stage.values()).filter(Stage::isOpen).toList();
        int i = open.indexOf(stage) + step;
        return i < 0 || i >= open.size() ? stage : open.get(i);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<PipelineRow> rows() {
        return rows;
    }

    public ObservableList<StageTotal> totals() {
        return totals;
    }

    public ObjectProperty<WhoseMove> filterProperty() {
        return filter;
    }
}
