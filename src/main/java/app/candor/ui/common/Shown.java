package app.candor.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values: in words, one way (nothing is typed into them). */
public final class Shown {

    private Shown() {
    }

    /** Each value in {@code words}; no value as nothing. */
    public static <T> StringConverter<T> by(Function<T, String> words) {
        return by(words, "");
    }

    /** Each value in {@code words}; no value as {@code none} ("Every stage", "Anyone's move"). */
    public static <T> StringConverter<T> by(Function<T, String> words, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
