package app.candor.followup;

import app.candor.domain.Bounds;
import app.candor.domain.Refused;
import app.candor.text.Catalogue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and moments as a person types them, read the same way in the app and on the command line: "now",
 * "today", "yesterday 15:00", "monday 9:30" (the last Monday, or next for a day still to come), "3 days ago",
 * "2026-11-30 15:00", "30.11.2026", "11/30/2026 3pm". A moment without a time is noon.
 */
public final class When {

    /** The moments a person may type, for messages. */
    public static final String ACCEPTED = "now, yesterday 15:00, friday 9:30, \"3 days ago\", or a date (YYYY-MM-DD,"
            + " DD.MM.YYYY or MM/DD/YYYY) with a time such as 15:00 or 3pm if you like";
    /** The days a person may type, for messages. */
    public static final String DAYS_ACCEPTED = "today, yesterday, tomorrow, a weekday, \"3 days ago\", \"in 2 weeks\","
            + " YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY";

    private static final Pattern AGO = Pattern.compile("(\\d{1,4})\\s+(day|days|week|weeks)\\s+ago");
    private static final Pattern IN = Pattern.compile("in\\s+(\\d{1,4})\\s+(day|days|week|weeks)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?::\\d{2})?(am|pm)?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d.M.uuuu"), pattern("M/d/uuuu"), pattern("d MMM uuuu"), pattern("d MMMM uuuu"));

    private When() {
    }

    /** A day; past weekdays are the last one ({@code forward} false) or the next one still to come (true). */
    public static LocalDate day(String text, LocalDate today, boolean forward) {
        return Bounds.date(day(text, today, forward, Catalogue.personal().text("refused.when.day", text.strip(), DAYS_ACCEPTED)),
                Catalogue.personal().text("bounds.date"));
    }

    /**
     * A day as {@link #day} reads it, without the range check: for the command line, whose commands check the
     * range themselves and say so with their own words.
     */
    public static LocalDate dayAnyYear(String text, LocalDate today, boolean forward) {
        return day(text, today, forward, Catalogue.personal().text("refused.when.day", text.strip(), DAYS_ACCEPTED));
    }

    private static LocalDate day(String text, LocalDate today, boolean forward, String refusal) {
        String t = normal(text);
        if (t.isEmpty() || t.equals("today") || t.equals("now")) {
            return today;
        }
        if (t.equals("yesterday")) {
            return today.minusDays(1);
        }
        if (t.equals("tomorrow")) {
            return today.plusDays(1);
        }
        Matcher ago = AGO.matcher(t);
        if (ago.matches()) {
            return today.minusDays(days(ago));
        }
        Matcher in = IN.matcher(t);
        if (in.matches()) {
            return today.plusDays(days(in));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (t.equals(name) || t.equals(name.substring(0, 3)) || t.equals("last " + name) || t.equals("next " + name)) {
                boolean ahead = t.startsWith("next ") || (forward && !t.startsWith("last "));
                int delta = d.getValue() - today.getDayOfWeek().getValue();
                if (ahead) {
                    return today.plusDays(delta <= 0 ? delta + 7 : delta);
                }
                return today.plusDays(delta >= 0 ? delta - 7 : delta);
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw new Refused(refusal);
    }

    /** A moment in the past or now; a day without a time is noon of that day (now, for today). */
    public static Instant moment(String text, Instant now, ZoneId zone) {
        String t = normal(text).replaceFirst("^(\\d{4}-\\d{2}-\\d{2})t", "$1 ");
        LocalDateTime current = LocalDateTime.ofInstant(now, zone);
        if (t.isEmpty() || t.equals("now")) {
            return now;
        }
        List<String> words = List.of(t.split(" "));
        int dayWords = words.size() - 1;
        String last = words.get(dayWords);
        if (dayWords >= 1 && (last.equals("am") || last.equals("pm"))) {
            dayWords--;
            last = words.get(dayWords) + last;
        }
        LocalTime time = null;
        Matcher m = TIME.matcher(last);
        if (m.matches() && (m.group(2) != null || m.group(3) != null)) {
            time = time(m, text);
        } else {
            dayWords = words.size();
        }
        String dayPart = String.join(" ", words.subList(0, dayWords));
        LocalDate day = dayPart.isEmpty() ? current.toLocalDate() : Bounds.date(day(dayPart, current.toLocalDate(),
                false, Catalogue.personal().text("refused.when.dayIn", dayPart, text.strip(), ACCEPTED)), Catalogue.personal().text("bounds.date"));
        LocalDateTime at;
        if (time != null) {
            at = day.atTime(time);
        } else {
            at = day.equals(current.toLocalDate()) ? current : day.atTime(LocalTime.NOON);
        }
        Instant instant = at.atZone(zone).toInstant();
        if (instant.isAfter(now.plusSeconds(60))) {
            throw Refused.because("refused.when.future", text.strip());
        }
        return instant;
    }

    private static LocalTime time(Matcher m, String text) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw Refused.because("refused.when.ampm", text.strip());
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw Refused.because("refused.when.time", text.strip());
        }
        return LocalTime.of(hour, minute);
    }

    private static long days(Matcher m) {
        long n = Long.parseLong(m.group(1));
        return m.group(2).startsWith("week") ? n * 7 : n;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
