package app.candor.domain;

import java.time.Instant;

/**
 * Where a prospect stands, for a list of prospects: the stage of their furthest open deal (null when none is open)
 * and the last contact of any kind but a note (null when none).
 */
public record ProspectStanding(long prospectId, Stage stage, Instant lastContact) {
}
