package app.candor.domain;

import java.time.Instant;
import java.util.Objects;

/** A deal moving from one stage to another; the last one into {@link Stage#LOST} says where it was lost. */
public record StageChange(long dealId, Stage previous, Stage stage, Instant changedAt) {

    public StageChange {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
