package app.candor.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One call, email, meeting, message or note. {@code dealId} is null when it concerns the prospect in general;
 * {@code outcome} is null when untagged. The summary is "where we left off". {@code scriptId} names the script the
 * user marked as sent with this touch, or is null.
 */
public record Interaction(long id, long prospectId, Long dealId, InteractionKind kind, Direction direction,
                          Instant occurredAt, String summary, Outcome outcome, String scriptId) {

    public Interaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        summary = Text.orEmpty(summary);
        scriptId = scriptId == null || scriptId.isBlank() ? null : scriptId;
    }

    public static Interaction log(long prospectId, Long dealId, InteractionKind kind, Direction direction,
                                  Instant occurredAt, String summary, Outcome outcome) {
        return new Interaction(0, prospectId, dealId, kind, direction, occurredAt, summary, outcome, null);
    }

    public Interaction withId(long newId) {
        return new Interaction(newId, prospectId, dealId, kind, direction, occurredAt, summary, outcome, scriptId);
    }

    /** The same touch, remembered as sent with the script {@code id}. */
    public Interaction withScript(String id) {
        return new Interaction(this.id, prospectId, dealId, kind, direction, occurredAt, summary, outcome, id);
    }

    /** A touch is any contact attempt or conversation; notes are private and touch no one. */
    public boolean isTouch() {
        return kind != InteractionKind.NOTE;
    }

    /** A response is anything that came from them: inbound or two-way. */
    public boolean isResponse() {
        return direction.isResponse();
    }

    /** An outbound touch: an attempt that, alone, does not show they are still there. */
    public boolean isOutboundTouch() {
        return isTouch() && direction == Direction.OUTBOUND;
    }
}
