package app.candor.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Hides the alerts of a deal (or of a prospect without deals) until {@code until}; a reason is required. */
public record Snooze(long prospectId, Long dealId, LocalDate until, String reason, Instant createdAt) {

    public Snooze {
        Objects.requireNonNull(until, "until");
        if (reason == null || reason.isBlank()) {
            throw Refused.because("refused.snooze.reason");
        }
        reason = reason.trim();
    }

    /** Alerts come back on the {@code until} date itself. */
    public boolean hides(LocalDate today) {
        return today.isBefore(until);
    }
}
