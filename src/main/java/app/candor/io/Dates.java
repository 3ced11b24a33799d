package app.candor.io;

import app.candor.domain.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The date and time formats real exports use, read the same way everywhere in imports. */
final class Dates {

    static final String ACCEPTED = "YYYY-MM-DD, an ISO date-time, YYYY-MM-DD HH:MM[:SS], DD.MM.YYYY, MM/DD/YYYY"
            + " or D MMM YYYY";

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]"));

    private Dates() {
    }

    /** A calendar date between 1900 and 2199, or null for blank; throws with the accepted formats otherwise. */
    static LocalDate date(String text) {
        return app.candor.domain.Bounds.date(parseDate(text), "date");
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        Instant instant = instantOrNull(t, ZoneId.of("UTC"));
        if (instant != null) {
            return LocalDate.ofInstant(instant, ZoneId.of("UTC"));
        }
        throw Refused.because("refused.csv.date", t, ACCEPTED);
    }

    /** A moment; a bare date or local time is read in {@code zone} (a date at noon). */
    static Instant instant(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Instant instant = instantOrNull(t, zone);
        if (instant != null) {
            app.candor.domain.Bounds.date(LocalDate.ofInstant(instant, zone), "date");
            return instant;
        }
        return date(t).atTime(12, 0).atZone(zone).toInstant();
    }

    private static Instant instantOrNull(String t, ZoneId zone) {
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with a zone
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }
}
