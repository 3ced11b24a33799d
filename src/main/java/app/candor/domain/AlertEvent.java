package app.candor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An alert that has left the queue: raised on the day the rules first made it due, closed on the day a change
 * (a touch, a reply, a snooze, a check-in, closing the deal) made it stop, answered on the day of our first touch
 * in between (null when it closed without one). {@code dealId} is null for a prospect without deals.
 */
public record AlertEvent(long prospectId, Long dealId, LocalDate raisedOn, LocalDate closedOn, LocalDate answeredOn) {

    public AlertEvent {
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(closedOn, "closedOn");
    }
}
