package app.candor.followup;

import app.candor.domain.Refused;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Changes to a deal's fields as text, from {@code field=value} on the command line or a form in the app; the
 * deal service checks and applies them, in one place for both.
 */
public final class DealChanges {

    /** A field a person may change, by its name on the command line and in words. */
    public enum Field {
        TITLE("title", "title"), STAGE("stage", "stage"), VALUE("value", "value"), CURRENCY("currency", "currency"),
        WHOSE_MOVE("whose_move", "whose move"), NEXT_STEP("next_step", "next step"),
        AGREED_CHECKIN("agreed_checkin", "agreed check-in"),
        DECISION_MAKER_KNOWN("decision_maker_known", "decision maker known");

        private final String code;
        private final String words;

        Field(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }

        static Field of(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst()
                    .orElseThrow(() -> Refused.because("refused.dealChanges.field", name.strip(), names()));
        }

        static String names() {
            return Arrays.stream(values()).map(Field::code).collect(Collectors.joining(", "));
        }
    }

    private final Map<Field, String> values = new EnumMap<>(Field.class);
    /** The deal as the person saw it when they began these changes; null: as it is now (the command line). */
    private java.util.concurrent.atomic.AtomicReference<app.candor.domain.Deal> basis;

    /**
     * These are changes to {@code seen}, the deal as a form showed it. Saving them finds out whether someone else
     * saved the same fields meanwhile (another seller, a manager, Candor in another window): if so nothing is saved,
     * the refusal names both values, and {@code seen} becomes the deal as it is now, so that saving again puts these
     * changes in place of theirs.
     */
    public DealChanges basedOn(java.util.concurrent.atomic.AtomicReference<app.candor.domain.Deal> seen) {
        this.basis = seen;
        return this;
    }

    java.util.concurrent.atomic.AtomicReference<app.candor.domain.Deal> basis() {
        return basis;
    }

    /** Changes from {@code field=value} pairs; an empty value clears a check-in or a next step. */
    public static DealChanges parse(List<String> assignments) {
        DealChanges changes = new DealChanges();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw Refused.because("refused.dealChanges.assignment", assignment, Field.names());
            }
            changes.set(Field.of(assignment.substring(0, eq)), assignment.substring(eq + 1));
        }
        return changes;
    }

    public DealChanges set(Field field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public Map<Field, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
