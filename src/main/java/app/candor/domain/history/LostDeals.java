package app.candor.domain.history;

import java.util.List;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record LostDeals(List<LossCount> counts, List<LostDeal> newest) {
    public LostDeals {
        counts = List.copyOf(counts);
        newest = List.copyOf(newest);
    }
}
