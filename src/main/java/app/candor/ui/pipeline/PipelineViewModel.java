package app.candor.ui.pipeline;

import app.candor.domain.WhoseMove;
import app.candor.followup.FollowUpService;
import app.candor.store.DealRepository;
import app.candor.store.PipelineRow;
import app.candor.store.StageTotal;
import app.candor.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The pipeline board: open deals by stage with value per stage, stalled deals marked, filtered by whose move. */
public final class PipelineViewModel {

    public static final int CARDS_PER_STAGE = 40;

    private final DealRepository deals;
    private final FollowUpService followUps;
    private final TaskExecutor executor;
    private final ObservableList<PipelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StageTotal> totals = FXCollections.observableArrayList();
    private final ObjectProperty<WhoseMove> filter = new SimpleObjectProperty<>();

    public PipelineViewModel(DealRepository deals, FollowUpService followUps, TaskExecutor executor) {
        this.deals = deals;
        this.followUps = followUps;
        this.executor = executor;
        filter.addListener((o, a, b) -> refresh());
    }

    private record Board(List<PipelineRow> rows, List<StageTotal> totals) {
    }

    public void refresh() {
        WhoseMove move = filter.get();
        executor.run(() -> {
            var today = followUps.today();
            return new Board(deals.pipeline(today, move, CARDS_PER_STAGE), deals.stageTotals(today, move));
        }, board -> {
            rows.setAll(board.rows());
            totals.setAll(board.totals());
        }, failure -> rows.clear());
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
