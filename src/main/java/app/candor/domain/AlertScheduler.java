package app.candor.domain;

/**
 * Turns a deal's facts into its {@link AlertSchedule}. Implemented by the rules engine, used by the store to keep
 * the schedule current in the same transaction as every change.
 */
@FunctionalInterface
public interface AlertScheduler {

    AlertSchedule schedule(FollowUpFacts facts);

    /** Identifies the configuration the schedules were computed with; a change means recompute them all. */
    default String version() {
        return "";
    }
}
