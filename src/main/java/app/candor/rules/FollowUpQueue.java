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
 * The daily queue: one entry per deal with its strongest alert first, ranked by what is at stake (see
 * {@link #QUEUE_ORDER}). Leads without an agreed date that have been silent for {@code reviveAfterDays} or more
 * are not in it: they are on the revive list. {@code entries} holds the whole queue or its first {@code cap}
 * entries, and {@code total} counts the whole queue; {@code revive} holds the revive list when it was read (empty
 * otherwise) and {@code reviveTotal} counts it. {@code arriving} counts the prospects of a large import that have not
 * joined the queue yet (they come a few a day).
 */
public record FollowUpQueue(List<Entry> entries, int cap, int total, List<Entry> revive, int reviveTotal,
                            int arriving) {

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

    /**
     * What is at stake first, the same order as the store's ranking of alert schedules: severity; how far the deal
     * has come (negotiation before proposal, before meeting, qualified, lead); its value (compared in minor units,
     * whatever the currency); an agreed date before none; the longest silence; then prospect and deal id.
     */
    public static final Comparator<Entry> QUEUE_ORDER = Comparator.<Entry, Alert>comparing(Entry::primary,
                    Comparator.comparing(Alert::severity, Severity.STRONGEST_FIRST))
            .thenComparing(Comparator.comparingInt((Entry e) -> e.subject().stage().progress()).reversed())
            .thenComparing(Comparator.comparingLong((Entry e) -> e.subject().valueMinorUnits()).reversed())
            .thenComparing(e -> e.subject().agreedCheckIn() == null)
            .thenComparing(Comparator.comparingInt((Entry e) -> e.primary().daysSinceResponse()).reversed())
            .thenComparingLong(e -> e.subject().prospectId())
            .thenComparing(e -> e.subject().dealId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    public FollowUpQueue {
        entries = List.copyOf(entries);
        revive = List.copyOf(revive);
    }

    /** A queue without a revive list. */
    public FollowUpQueue(List<Entry> entries, int cap, int total) {
        this(entries, cap, total, List.of(), 0, 0);
    }

    public FollowUpQueue(List<Entry> entries, int cap, int total, List<Entry> revive, int reviveTotal) {
        this(entries, cap, total, revive, reviveTotal, 0);
    }

    /** The same queue, saying how many imported prospects are still to arrive. */
    public FollowUpQueue withArriving(int count) {
        return new FollowUpQueue(entries, cap, total, revive, reviveTotal, count);
    }

    /** Whether an entry belongs on the revive list: a lead with no agreed date, silent that long or longer. */
    public static boolean forRevival(Entry e, int reviveAfterDays) {
        return e.subject().stage() == app.candor.domain.Stage.LEAD && e.subject().agreedCheckIn() == null
                && e.primary().daysSinceResponse() >= reviveAfterDays;
    }

    /** Groups alerts by deal into the whole queue and the whole revive list, each in order. */
    public static FollowUpQueue of(List<Alert> alerts, int cap, int reviveAfterDays) {
        List<Entry> queue = new ArrayList<>();
        List<Entry> revive = new ArrayList<>();
        for (Entry e : entries(alerts)) {
            (forRevival(e, reviveAfterDays) ? revive : queue).add(e);
        }
        return new FollowUpQueue(queue, cap, queue.size(), revive, revive.size());
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

    /** Every alert of the entries held, one per (deal, rule), in queue order, then the revive list's. */
    public List<Alert> allAlerts() {
        List<Alert> out = new ArrayList<>();
        for (Entry e : entries) {
            out.addAll(e.alerts());
        }
        for (Entry e : revive) {
            out.addAll(e.alerts());
        }
        return out;
    }

}
