package app.candor.domain.history;

import app.candor.domain.InteractionKind;
import java.time.Instant;

/** Something logged about a deal after it was lost: their feedback, or our note of it. */
public record Heard(Instant at, InteractionKind kind, String summary) {
}
