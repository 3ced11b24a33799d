package app.candor.scripts;

import app.candor.domain.FollowUpFacts;
import app.candor.domain.Refused;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The placeholder values for one deal: its facts, the user's name and a proposed date, with dates written the
 * way the user's locale writes them. Values the facts do not have are left out, so rendering reports them.
 */
public final class ScriptValues {

    private static final java.util.Set<String> DATES = java.util.Set.of("lastContactDate", "agreedCheckinDate",
            "proposedDate");

    private ScriptValues() {
    }

    public static Map<String, String> of(FollowUpFacts f, String myName, LocalDate proposedDate, Locale locale,
                                         ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        put(values, "firstName", firstWord(f.prospectName()));
        put(values, "company", f.company());
        put(values, "dealTitle", f.dealId() == null ? "" : f.dealTitle());
        put(values, "myName", myName);
        if (f.contact().lastConversationAt() != null) {
            put(values, "lastContactDate", format(LocalDate.ofInstant(f.contact().lastConversationAt(), zone), locale));
            put(values, "lastSummary", f.contact().lastConversationSummary());
        }
        if (f.agreedCheckIn() != null) {
            put(values, "agreedCheckinDate", format(f.agreedCheckIn(), locale));
        }
        if (proposedDate != null) {
            put(values, "proposedDate", format(proposedDate, locale));
        }
        return values;
    }

    /**
     * Values typed by the user win; a date given as YYYY-MM-DD is written in the locale's style. Unknown names
     * are refused so a typo does not silently leave the real placeholder missing.
     */
    public static Map<String, String> withOverrides(Map<String, String> base, Map<String, String> overrides,
                                                    Locale locale) {
        Map<String, String> values = new HashMap<>(base);
        overrides.forEach((name, value) -> {
            if (!Template.PLACEHOLDERS.contains(name)) {
                throw Refused.because("refused.template.unknown", name,
                        Template.PLACEHOLDERS.stream().sorted().toList().toString());
            }
            String text = value == null ? "" : value.strip();
            if (DATES.contains(name)) {
                try {
                    text = format(LocalDate.parse(text), locale);
                } catch (DateTimeParseException notIso) {
                    // Kept as typed: "next Tuesday" is a fine thing to write.
                }
            }
            put(values, name, text);
        });
        return values;
    }

    /** A week from today, moved to Monday when it falls on a weekend: a default the user can change. */
    public static LocalDate suggestedDate(LocalDate today) {
        LocalDate date = today.plusDays(7);
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    public static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String firstWord(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
