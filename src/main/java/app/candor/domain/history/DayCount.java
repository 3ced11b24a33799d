package app.candor.domain.history;

import java.time.LocalDate;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record DayCount(LocalDate day, int count) {
}
