package app.candor.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What Candor says to people, from its one catalogue of {@link MessageFormat} patterns
 * ({@code app/candor/text/messages.properties}; translated by adding {@code messages_xx.properties}), in one
 * locale: numbers grouped, plurals chosen ({@code {0,choice,1#1 day|1<{0,number,integer} days}}), dates in one
 * style. An apostrophe is written twice. The window, the rules' explanations and the refusals all read it.
 */
public final class Catalogue {

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The catalogue's class-path name. */
    public static final String NAME = "app.candor.text.messages";

    /** The catalogue in {@code locale}'s language, or the nearest one there is. */
    public Catalogue(Locale locale) {
        this.bundle = ResourceBundle.getBundle(NAME, locale);
        this.locale = locale;
    }

    /** The catalogue in the person's own locale (the one the operating system gives for formats). */
    public static Catalogue personal() {
        return new Catalogue(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The text of {@code key} with {@code args} put in. */
    public String text(String key, Object... args) {
        return format(bundle.getString(key), locale, args);
    }

    public Locale locale() {
        return locale;
    }

    /** A date in the one style Candor shows dates in. */
    public String day(LocalDate date) {
        return day(date, locale);
    }

    /** Every key of the catalogue, for checks. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /** {@code pattern} with {@code args} put in, in {@code locale}. */
    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The one style of dates people read: the locale's medium one ("22 Nov 2026" in the UK, "Nov 22, 2026" in the US). */
    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
