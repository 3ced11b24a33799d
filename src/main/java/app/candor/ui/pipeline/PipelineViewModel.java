package app.candor.ui.pipeline;

import app.candor.domain.PipelineRow;
import app.candor.domain.Stage;
import app.candor.domain.StageTotal;
import app.candor.domain.WhoseMove;
import app.candor.followup.DealService;
import app.candor.ui.common.Change;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
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
    /** The move Undo takes back; null when there is none. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Move> lastMove =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** A stage move just made. */
    public record Move(PipelineRow row, Stage from, Stage to) {
    }

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
        Stage from = row.stage();
        executor.run(() -> deals.moveStage(row.dealId(), to), moved -> {
            status.set(Messages.text("pipeline.moved", row.title(), Messages.word(to)));
            lastMove.set(new Move(row, from, to));
            onChanged.accept(new Change.DealChanged(row.prospectId()));
        }, failure -> status.set(Messages.text("pipeline.notMoved", row.title(), failure.getMessage())));
    }

    /** Takes back the last move: the deal goes back, and the move leaves its history (the reports never see it). */
    public void undoMove() {
        Move move = lastMove.get();
        if (move == null) {
            return;
        }
        lastMove.set(null);
        executor.run(() -> deals.undoStageMove(move.row().dealId(), move.from(), move.to()), back -> {
            status.set(Messages.text("pipeline.back", move.row().title(), Messages.word(move.from())));
            onChanged.accept(new Change.DealChanged(move.row().prospectId()));
        }, failure -> status.set(failure.getMessage()));
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Move> lastMoveProperty() {
        return lastMove.getReadOnlyProperty();
    }

    /** Reads the card's deal in the background, for its form. */
    public void openDeal(PipelineRow row, Consumer<app.candor.domain.Deal> show) {
        executor.run(() -> deals.find(row.dealId()).orElseThrow(() -> app.candor.domain.Refused.because(
                "refused.deal.goneNamed", row.title())), show, failure -> status.set(failure.getMessage()));
    }

    /** Saves the form's changes; {@code done} gets the problem in words, or empty once saved. */
    public void editDeal(app.candor.domain.Deal deal, app.candor.followup.DealChanges changes,
                         app.candor.ui.common.Saving done) {
        executor.run(() -> deals.edit(deal.id(), changes), edited -> {
            status.set(Messages.text("deal.saved", edited.after().title(), String.join("; ", edited.changes())));
            lastMove.set(null);
            onChanged.accept(new Change.DealChanged(deal.prospectId()));
            done.accept(java.util.Optional.empty());
        }, done::failed);
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
