package app.candor.store;

import app.candor.domain.Interaction;
import java.util.List;
import java.util.Optional;

/**
 * Stores the timeline. Every change also refreshes the prospect's and deals' last-touch and last-response
 * columns in the same transaction.
 */
public interface InteractionRepository {

    Interaction log(Interaction interaction);

    /**
     * Logs many at once (mail read in bulk): one statement reused, and each prospect's derived columns and alert
     * schedule refreshed once for the lot, in the same transaction. Returns them with their ids, in order.
     */
    java.util.List<Interaction> logAll(java.util.List<Interaction> interactions);

    void update(Interaction interaction);

    void delete(long id);

    Optional<Interaction> find(long id);

    /**
     * The stored interaction that is this very touch (same prospect, deal, kind, direction, moment and summary), if
     * there is one: how a save tried again after its answer was lost finds out that the first try went through.
     */
    Optional<Interaction> findSame(Interaction touch);

    /** A prospect's interactions, newest first, a page at a time. */
    List<Interaction> timeline(long prospectId, int offset, int limit);
}
