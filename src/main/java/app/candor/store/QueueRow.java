package app.candor.store;

import app.candor.domain.Severity;
import java.time.LocalDate;

/** One subject of the daily queue as ranked by the stored alert schedule; the rules then judge it in full. */
public record QueueRow(long prospectId, Long dealId, Severity strongest, LocalDate responseBase) {
}
