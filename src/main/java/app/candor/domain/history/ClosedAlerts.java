package app.candor.domain.history;

import java.time.LocalDate;

/** How many alerts raised on {@code raisedOn} were answered after {@code daysToAnswer} days (null: never). */
public record ClosedAlerts(LocalDate raisedOn, Integer daysToAnswer, int count) {
}
