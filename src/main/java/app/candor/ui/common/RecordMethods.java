package app.candor.ui.common;

import java.util.List;

/**
 * A record's {@code equals} and {@code hashCode} are linked the first time they run (an {@code invokedynamic}
 * bootstrap that builds method handles: about 15 ms for a record of many fields, measured for
 * {@code Interaction}). Lists and tables compare their items on the FX thread, so the first list of a record type
 * paid that there. Calling both once on the background thread that loaded the items keeps it off the FX thread
 * (docs/PERFORMANCE.md); after the first time it costs one comparison.
 */
public final class RecordMethods {

    private RecordMethods() {
    }

    /** Returns {@code items}, having run the first item's {@code equals} and {@code hashCode}. */
    public static <T> List<T> linked(List<T> items) {
        if (!items.isEmpty()) {
            T first = items.get(0);
            if (!first.equals(first) || first.hashCode() != first.hashCode()) {
                throw new IllegalStateException("inconsistent equals or hashCode: " + first.getClass());
            }
        }
        return items;
    }
}
