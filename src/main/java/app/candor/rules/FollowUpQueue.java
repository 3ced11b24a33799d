package app.candor.rules;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily queue: one entry per deal with its strongest alert first, ordered by severity, then days since the
 * last response (longest first), then prospect and deal id. {@code entries} holds either the whole queue or its
 * first {@code cap} entries; {@code total} counts the whole queue.
 */
public record FollowUpQueue(List<Entry> entries, int cap, int total) {

    /** What an empty queue means, said the same way on the screen and on the command line. */
    public static final String NOBODY_WAITING = "Nobody is waiting on you: every open deal has a next step, or it is"
            + " their move.";

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

    static final Comparator<Alert> STRONGEST_FIRST = Comparator.comparing(Alert::severity, Severity.STRONGEST_FIRST)
            .thenComparing(Alert::rule);

    /** The same order as the store's ranking of alert schedules: severity, response base, prospect, deal. */
    public static final Comparator<Entry> QUEUE_ORDER = Comparator.<Entry, Alert>comparing(Entry::primary,
                    Comparator.comparing(Alert::severity, Severity.STRONGEST_FIRST))
            .thenComparing(Comparator.comparingInt((Entry e) -> e.primary().daysSinceResponse()).reversed())
            .thenComparingLong(e -> e.subject().prospectId())
            .thenComparing(e -> e.subject().dealId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    public FollowUpQueue {
        entries = List.copyOf(entries);
    }

    /** Groups alerts by deal into the whole queue, in order. */
    public static FollowUpQueue of(List<Alert> alerts, int cap) {
        List<Entry> entries = entries(alerts);
        return new FollowUpQueue(entries, cap, entries.size());
    }

    /**
     * Groups alerts into entries, in queue order. The rules engine returns each subject's alerts together, so
     * consecutive runs are grouped without hashing; a subject seen again later still joins its first group.
     */
    public static List<Entry> entries(List<Alert> alerts) {
        Map<String, List<Alert>> groups = new LinkedHashMap<>();
        List<Alert> run = null;
        FollowUpFacts runSubject = null;
        for (Alert alert : alerts) {
            if (alert.subject() != runSubject) {
                runSubject = alert.subject();
                run = groups.computeIfAbsent(runSubject.subjectKey(), k -> new ArrayList<>(4));
            }
            run.add(alert);
        }
        List<Entry> entries = new ArrayList<>(groups.size());
        for (List<Alert> group : groups.values()) {
            group.sort(STRONGEST_FIRST);
            entries.add(new Entry(group.get(0).subject(), group.get(0), group.subList(1, group.size())));
        }
        entries.sort(QUEUE_ORDER);
        return entries;
    }

    /** The entries shown by default: at most {@code cap}. */
    public List<Entry> visible() {
        return entries.size() <= cap ? entries : entries.subList(0, cap);
    }

    /** Every alert of the entries held, one per (deal, rule), in queue order. */
    public List<Alert> allAlerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : entries) {
            out.addAll(e.alerts());
        }
        return out;
    }

}
