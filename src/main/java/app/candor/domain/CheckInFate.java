package app.candor.domain;

/**
 * What became of an agreed check-in date. Kept: we were in touch within the grace days of it, after agreeing it
 * and before any change to it. Slipped: moved to a later day. Replaced: moved earlier, cleared, or the deal closed
 * by then. Missed: the grace days passed with none of these. Not yet: still to come.
 */
public enum CheckInFate implements Coded {
    KEPT("kept"), SLIPPED("slipped"), MISSED("missed"), REPLACED("replaced"), NOT_YET("not-yet");

    /** A touch this many days either side of the agreed date keeps it. */
    public static final int GRACE_DAYS = 2;

    /** The first instant of the days that keep a check-in agreed for {@code day}, in {@code zone}. */
    public static java.time.Instant windowStart(java.time.LocalDate day, java.time.ZoneId zone) {
        return day.minusDays(GRACE_DAYS).atStartOfDay(zone).toInstant();
    }

    /** The instant after the last of them. */
    public static java.time.Instant windowEnd(java.time.LocalDate day, java.time.ZoneId zone) {
        return day.plusDays(GRACE_DAYS + 1L).atStartOfDay(zone).toInstant();
    }

    private final String code;

    CheckInFate(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static CheckInFate fromCode(String code) {
        return Coded.parse(CheckInFate.class, code);
    }
}
