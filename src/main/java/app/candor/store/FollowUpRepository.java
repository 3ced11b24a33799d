package app.candor.store;

import app.candor.domain.FollowUpFacts;
import java.time.LocalDate;
import java.util.List;

/** Reads what the rules judge: open deals, recently lost ones, and prospects without deals. */
public interface FollowUpRepository {

    /** Every open deal, every deal lost on or after {@code lostSince}, and each deal-less active prospect. */
    List<FollowUpFacts> followUpFacts(LocalDate lostSince);

    /** The same facts for one prospect's deals (or the prospect itself when it has none). */
    List<FollowUpFacts> followUpFacts(long prospectId);

    /** Which subjects a ranking reads: the queue or the revive list, and of which stage (null: every stage). */
    record Shelf(boolean revive, LocalDate reviveBefore, app.candor.domain.Stage stage) {
    }

    /**
     * The first {@code limit} subjects of {@code shelf} with an alert on {@code today}, in queue order (severity,
     * how far the deal has come, its value, an agreed date, the longest silence, then prospect and deal id): read
     * from the stored alert schedules through an index. A lead without an agreed date whose silence began on or
     * before {@code shelf.reviveBefore()} is on the revive list, every other subject in the queue.
     */
    List<QueueRow> alerting(LocalDate today, int limit, Shelf shelf);

    /** How many subjects have an alert on {@code today}: in the queue, on the revive list, and still arriving. */
    record Counts(int queue, int revive, int arriving) {
    }

    /** The three counts at once, of one stage (null: every stage), read from the alerting indexes in one pass. */
    Counts counts(LocalDate today, LocalDate reviveBefore, app.candor.domain.Stage stage);

    /** The prospects of a large import that have not yet joined the queue on {@code today}. */
    java.util.Set<Long> arriving(LocalDate today);

    /**
     * On a team's server, the seller who owns each of {@code prospectIds} (their login); in a file, where everything
     * is the one user's, nobody (an empty map).
     */
    java.util.Map<Long, String> owners(java.util.Collection<Long> prospectIds);

}
