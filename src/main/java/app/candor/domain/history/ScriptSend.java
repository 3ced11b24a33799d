package app.candor.domain.history;

import app.candor.domain.InteractionKind;
import java.time.Instant;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record ScriptSend(String scriptId, InteractionKind kind, Instant sentAt, Instant repliedAt) {
}
