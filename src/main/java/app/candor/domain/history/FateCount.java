package app.candor.domain.history;

import app.candor.domain.CheckInFate;
import java.time.LocalDate;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record FateCount(LocalDate agreed, CheckInFate fate, int count) {
}
