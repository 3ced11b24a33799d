package app.candor.store;

import app.candor.domain.Prospect;
import java.util.List;
import java.util.Optional;

/** Stores prospects and finds them as the user types. */
public interface ProspectRepository {

    /** Stores a new prospect and returns it with its id. */
    Prospect add(Prospect prospect);

    void update(Prospect prospect);

    /** Where each of these prospects stands (furthest open stage, last contact), by id. */
    java.util.Map<Long, app.candor.domain.ProspectStanding> standings(java.util.Collection<Long> ids);

    Optional<Prospect> find(long id);

    /** Who owns the prospect on a team's server (their login); empty in a personal file, which has one seller. */
    Optional<String> owner(long prospectId);

    /** The team's sellers by login, in order; empty in a personal file. */
    List<String> sellers();

    /** Whether this login may hand prospects to other sellers: a team's manager. */
    boolean mayHandOver();

    /**
     * Hands the prospect, with its deals, calls, check-ins and history, to another seller of the team (a manager's
     * step); refused in a personal file, for a rep, and for a login that is not a seller of the team.
     */
    void handOver(long prospectId, String login);

    /** Case-insensitive match on the email address, the main one or another of theirs; empty when there is none. */
    Optional<Prospect> findByEmail(String email);

    /** The prospect's other addresses (not the main one), lower case, in the order given. */
    java.util.List<String> otherAddresses(long prospectId);

    /** Replaces the prospect's other addresses; one another prospect has is refused, naming them. */
    void setOtherAddresses(long prospectId, java.util.List<String> addresses);

    /** Every stored email address, lower-cased, with its prospect's id: for matching a whole import at once. */
    java.util.Map<String, Long> idsByEmail();

    void setArchived(long id, boolean archived);

    /** Deletes the prospect with its deals, interactions and snoozes. */
    void delete(long id);

    /** Prefix search over name, company, email and notes, best matches first; blank text lists by name. */
    default List<Prospect> search(String text, int limit) {
        return search(text, 0, limit);
    }

    /** The same, {@code limit} results from the {@code offset}-th on, for a table that loads as it scrolls. */
    List<Prospect> search(String text, int offset, int limit);

    /** How many prospects {@link #search} finds for {@code text} (all of them for blank text). */
    int countMatching(String text);

    /** Prospects by name, for a table that loads a page at a time. */
    List<Prospect> page(int offset, int limit);

    int count();
}
