package app.candor.domain.history;

import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.time.LocalDate;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record StageMove(long dealId, String prospect, String title, Money value, Stage previous, Stage stage,
                 LocalDate on) {
}
