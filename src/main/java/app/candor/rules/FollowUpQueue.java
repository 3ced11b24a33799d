package app.candor.rules;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily queue: one entry per deal with its strongest alert first, ordered by severity, then days since the
 * last response (longest first); {@link #visible()} is capped, {@link #entries()} holds them all.
 */
public record FollowUpQueue(List<Entry> entries, int cap) {

    /** One deal in the queue: its strongest alert and the others it raised. */
    public record Entry(FollowUpFacts subject, Alert primary, List<Alert> others) {
        public Entry {
            others = List.copyOf(others);
        }

        /** All alerts of the entry, strongest first. */
        public List<Alert> alerts() {
            List<Alert> all = new ArrayList<>(others.size() + 1);
            all.add(primary);
            all.addAll(others);
            return all;
        }
    }

    static final Comparator<Alert> STRONGEST_FIRST = Comparator.comparing(Alert::severity)
            .thenComparing(Comparator.comparingInt(Alert::daysSinceResponse).reversed())
            .thenComparing(Alert::rule);

    private static final Comparator<Entry> QUEUE_ORDER = Comparator.<Entry, Alert>comparing(Entry::primary, STRONGEST_FIRST)
            .thenComparing(e -> e.subject().prospectName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(e -> e.subject().subjectKey());

    public FollowUpQueue {
        entries = List.copyOf(entries);
    }

    /** Groups alerts by deal and orders the entries. */
    public static FollowUpQueue of(List<Alert> alerts, int cap) {
        Map<String, List<Alert>> byDeal = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            byDeal.computeIfAbsent(alert.subject().subjectKey(), k -> new ArrayList<>()).add(alert);
        }
        List<Entry> entries = new ArrayList<>(byDeal.size());
        for (List<Alert> group : byDeal.values()) {
            group.sort(STRONGEST_FIRST);
            entries.add(new Entry(group.get(0).subject(), group.get(0), group.subList(1, group.size())));
        }
        entries.sort(QUEUE_ORDER);
        return new FollowUpQueue(entries, cap);
    }

    /** The entries shown by default: at most {@code cap}. */
    public List<Entry> visible() {
        return entries.size() <= cap ? entries : entries.subList(0, cap);
    }

    /** Every alert, one per (deal, rule), in queue order. */
    public List<Alert> allAlerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : entries) {
            out.addAll(e.alerts());
        }
        return out;
    }

    public int hiddenCount() {
        return entries.size() - visible().size();
    }
}
