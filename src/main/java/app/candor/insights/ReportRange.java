package app.candor.insights;

import app.candor.domain.Refused;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** Calendar days in the user's zone, both ends included. */
public record ReportRange(LocalDate from, LocalDate to) {

    public ReportRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        app.candor.domain.Bounds.date(from, "The range's first day");
        app.candor.domain.Bounds.date(to, "The range's last day");
        if (to.isBefore(from)) {
            throw Refused.because("refused.range", to.toString(), from.toString());
        }
    }

    /** The range every report covers unless another is chosen, on the screen and on the command line: 12 weeks. */
    public static ReportRange standard(LocalDate today) {
        return lastWeeks(today, 12);
    }

    /** The last {@code weeks} whole weeks (Monday first) up to and including {@code today}'s. */
    public static ReportRange lastWeeks(LocalDate today, int weeks) {
        return new ReportRange(weekOf(today).minusWeeks(weeks - 1L), today);
    }

    /** From the first of {@code today}'s month to today. */
    public static ReportRange monthTo(LocalDate today) {
        return new ReportRange(today.withDayOfMonth(1), today);
    }

    /** The Monday that starts {@code day}'s week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
