package app.candor.ui.common;

import app.candor.text.Catalogue;
import java.util.Locale;

/**
 * The words the window shows, from Candor's one catalogue ({@link Catalogue}), so that Candor can be
 * translated by adding {@code messages_xx.properties}. Every text is a {@link java.text.MessageFormat} pattern, in the
 * person's locale: numbers are grouped, plurals chosen ({@code {0,choice,1#1 follow-up|1<{0,number,integer}
 * follow-ups}}), and an apostrophe is written twice.
 */
public final class Messages {

    private Messages() {
    }

    /** The text of {@code key} with {@code args} put in. */
    public static String text(String key, Object... args) {
        return Catalogue.personal().text(key, args);
    }

    /** Every key of the catalogue, for checks. */
    public static java.util.Set<String> keys() {
        return Catalogue.personal().keys();
    }

    /**
     * A coded value in words: a stage ("proposal"), whose move ("your move"), a severity ("HIGH"), a kind of
     * interaction, a direction, an outcome or a channel. The key is {@code word.<Type>.<code>}.
     */
    public static String word(app.candor.domain.Coded value) {
        return text(WORD + value.getClass().getSimpleName() + "." + value.code());
    }

    /** {@link #word} as a heading, its first letter a capital ("Proposal"). */
    public static String heading(app.candor.domain.Coded value) {
        String word = word(value);
        return word.isEmpty() ? word
                : word.substring(0, 1).toUpperCase(Locale.getDefault(Locale.Category.FORMAT)) + word.substring(1);
    }

    /** The prefix of {@link #word}'s keys. */
    static final String WORD = "word.";
}
