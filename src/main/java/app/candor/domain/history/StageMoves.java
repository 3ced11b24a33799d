package app.candor.domain.history;

import app.candor.domain.Stage;
import java.util.List;
import java.util.Map;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record StageMoves(int dealsMoved, Map<Stage, Integer> movesInto, List<StageMove> newest) {
    public StageMoves {
        movesInto = Map.copyOf(movesInto);
        newest = List.copyOf(newest);
    }
}
