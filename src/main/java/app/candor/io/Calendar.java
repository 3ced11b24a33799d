package app.candor.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Agreed check-in dates as RFC 5545 calendar events: all-day, with a UID stable per deal, so exporting again
 * updates the event in the calendar instead of adding a second one ({@code SEQUENCE} counts the moves).
 */
public final class Calendar {

    /** A calendar file and how many events it holds. */
    public record Events(int count, String ics) {
    }

    /** One agreed check-in. */
    public record CheckIn(long dealId, String prospectName, String dealTitle, String email, LocalDate date, int moves) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Calendar() {
    }

    public static String uid(long dealId) {
        return "deal-" + dealId + "-check-in@candor.app";
    }

    /** A VCALENDAR with one all-day VEVENT per check-in, CRLF line ends, long lines folded. */
    public static String ics(List<CheckIn> checkIns, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Candor//Candor follow-ups//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (CheckIn c : checkIns) {
            if (c.date().isBefore(app.candor.domain.Bounds.FIRST_DAY) || c.date().isAfter(app.candor.domain.Bounds.LAST_DAY)) {
                // Refused at input since; a date from an older file must not stop every other event.
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(c.dealId()));
            line(out, "SEQUENCE:" + c.moves());
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(c.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(c.date().plusDays(1)));
            app.candor.text.Catalogue words = app.candor.text.Catalogue.personal();
            line(out, "SUMMARY:" + escape(c.dealTitle().isEmpty() ? words.text("calendar.summary", c.prospectName())
                    : words.text("calendar.summary.deal", c.prospectName(), c.dealTitle())));
            String about = c.dealTitle().isEmpty() ? words.text("calendar.description.general")
                    : words.text("calendar.description", c.dealTitle());
            line(out, "DESCRIPTION:" + escape(c.email().isEmpty() ? about : about + " " + c.email()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * RFC 5545 TEXT. Every line break a reader might honour (CR, LF, U+0085, U+2028, U+2029) becomes the escaped
     * {@code \\n}, and every other control character a space, before escaping: a name can never end a line and
     * start a property or an event of its own.
     */
    static String escape(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (ch == '\r' || ch == '\n' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                clean.append('\n');
            } else if (Character.isISOControl(ch)) {
                clean.append(' ');
            } else {
                clean.append(ch);
            }
        }
        return clean.toString().replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** Folds at 75 octets (UTF-8), never inside a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
