package app.candor.domain;

import java.util.Arrays;
import java.util.Locale;

/** An enum stored and exchanged by a stable string code, never by its ordinal. */
public interface Coded {
    String code();

    /** Finds the constant of {@code type} with {@code code}, or fails naming the allowed codes. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.code().equals(wanted)) {
                    return e;
                }
            }
        }
        throw Refused.because("refused.coded", code, type.getSimpleName(),
                Arrays.stream(type.getEnumConstants()).map(Coded::code).toList().toString());
    }
}
