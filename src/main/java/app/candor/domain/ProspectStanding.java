package app.candor.domain;

import java.time.Instant;

/**
 * Where a prospect stands, for a list of prospects: the stage of their furthest open deal (null when none is open)
 * the last contact of any kind but a note (null when none), and on a team's server the seller who owns the prospect
 * (null in a personal file).
 */
public record ProspectStanding(long prospectId, Stage stage, Instant lastContact, String owner) {
}
