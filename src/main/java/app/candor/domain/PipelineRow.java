package app.candor.domain;

import java.time.LocalDate;

/** One open deal on the pipeline board; stalled when a high or medium alert is due on the day asked for. */
public record PipelineRow(long dealId, long prospectId, String prospectName, String company, String title, Money value,
                          Stage stage, WhoseMove whoseMove, LocalDate agreedCheckIn, boolean stalled) {
}
