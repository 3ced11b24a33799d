package app.candor.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One agreement or move of a deal's check-in date; a move to a later date is a slip. */
public record CheckInChange(long dealId, LocalDate previous, LocalDate agreed, Instant changedAt) {

    public boolean isSlip() {
        return previous != null && agreed != null && agreed.isAfter(previous);
    }
}
