package app.candor.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the app shows, from one catalogue ({@code app/candor/ui/messages.properties}), so that Candor can be
 * translated by adding {@code messages_xx.properties}. Every text is a {@link MessageFormat} pattern, in the
 * person's locale: numbers are grouped, plurals chosen ({@code {0,choice,1#1 follow-up|1<{0,number,integer}
 * follow-ups}}), and an apostrophe is written twice.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.candor.ui.messages");

    private Messages() {
    }

    /** The text of {@code key} with {@code args} put in. */
    public static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.getDefault(Locale.Category.FORMAT)).format(args);
    }

    /** Every key of the catalogue, for checks. */
    public static java.util.Set<String> keys() {
        return BUNDLE.keySet();
    }
}
