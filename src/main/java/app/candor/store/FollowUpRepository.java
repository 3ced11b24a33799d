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

    /**
     * The first {@code limit} subjects with an alert on {@code today}, strongest first, then longest without a
     * response, then by prospect and deal id: read from the stored alert schedules through an index.
     */
    List<QueueRow> alerting(LocalDate today, int limit);

    /** How many subjects have an alert on {@code today}. */
    int countAlerting(LocalDate today);
}
