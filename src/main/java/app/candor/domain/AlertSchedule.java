package app.candor.domain;

import java.time.LocalDate;

/**
 * When a deal's alerts fire, as dates that do not depend on today: from {@code highFrom} on its strongest alert is
 * high, and so on; nothing fires after {@code until} (null: no end). Null dates never come. {@code responseBase} is
 * the date days-since-response counts from. The store keeps it per deal so the daily queue is an index scan.
 */
public record AlertSchedule(LocalDate highFrom, LocalDate mediumFrom, LocalDate lowFrom, LocalDate until,
                            LocalDate responseBase) {

    /** Earlier than any real date; used for alerts that fire whatever the day. */
    public static final LocalDate ALWAYS = LocalDate.of(1, 1, 1);

    public static AlertSchedule never(LocalDate responseBase) {
        return new AlertSchedule(null, null, null, null, responseBase);
    }

    /** The earliest day anything fires, or null. */
    public LocalDate firstFrom() {
        LocalDate first = null;
        for (LocalDate d : new LocalDate[] {highFrom, mediumFrom, lowFrom}) {
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }

    /** The strongest severity firing on {@code day}, or null when nothing fires. */
    public Severity strongestOn(LocalDate day) {
        if (until != null && day.isAfter(until)) {
            return null;
        }
        if (highFrom != null && !day.isBefore(highFrom)) {
            return Severity.HIGH;
        }
        if (mediumFrom != null && !day.isBefore(mediumFrom)) {
            return Severity.MEDIUM;
        }
        if (lowFrom != null && !day.isBefore(lowFrom)) {
            return Severity.LOW;
        }
        return null;
    }
}
