package app.candor.followup;

import app.candor.domain.Deal;
import app.candor.domain.Interaction;
import app.candor.domain.Prospect;
import app.candor.store.DealRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import java.util.List;
import java.util.Optional;

/** Finding, adding and changing prospects, with their deals and what was logged with them. */
public final class ProspectService {

    private final ProspectRepository prospects;
    private final DealRepository deals;
    private final InteractionRepository interactions;

    public ProspectService(ProspectRepository prospects, DealRepository deals, InteractionRepository interactions) {
        this.prospects = prospects;
        this.deals = deals;
        this.interactions = interactions;
    }

    /** Prefix search over name, company, email and notes, best first; blank text lists by name. */
    public List<Prospect> search(String text, int offset, int limit) {
        return prospects.search(text, offset, limit);
    }

    public List<Prospect> search(String text, int limit) {
        return prospects.search(text, 0, limit);
    }

    public int countMatching(String text) {
        return prospects.countMatching(text);
    }

    /** Where each of these prospects stands: their furthest open stage and their last contact. */
    public java.util.Map<Long, app.candor.domain.ProspectStanding> standings(java.util.Collection<Long> ids) {
        return prospects.standings(ids);
    }

    public int count() {
        return prospects.count();
    }

    /** Who owns the prospect on a team's server (their login); empty in a personal file. */
    public Optional<String> owner(long prospectId) {
        return prospects.owner(prospectId);
    }

    /** The team's sellers by login; empty in a personal file. */
    public List<String> sellers() {
        return prospects.sellers();
    }

    /** Whether this login may hand prospects to other sellers (a team's manager). */
    public boolean mayHandOver() {
        return prospects.mayHandOver();
    }

    /**
     * A manager hands the prospect, with everything about it, to another seller of the team; their open windows
     * hear of it within seconds.
     */
    public void handOver(long prospectId, String login) {
        prospects.handOver(prospectId, login == null ? "" : login.strip());
    }

    /** The prospect with this email address, whatever its case. */
    public Optional<Prospect> findByEmail(String email) {
        return prospects.findByEmail(email.strip());
    }

    /** The prospect's other email addresses (mail from them is theirs too). */
    public List<String> otherAddresses(long prospectId) {
        return prospects.otherAddresses(prospectId);
    }

    /**
     * Sets the prospect's other addresses from what was typed ("a@x.com, b@y.com"): each must look like an
     * address, and none may be another prospect's; the main address is not repeated.
     */
    public List<String> setOtherAddresses(long prospectId, String typed) {
        List<String> addresses = parseAddresses(typed);
        prospects.setOtherAddresses(prospectId, addresses);
        return prospects.otherAddresses(prospectId);
    }

    /** Addresses separated by commas, semicolons or spaces, lower case, each checked. */
    public static List<String> parseAddresses(String typed) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String part : (typed == null ? "" : typed).split("[,;\\s]+")) {
            String a = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (a.isEmpty()) {
                continue;
            }
            if (!a.matches("[^@\\s]+@[^@\\s]+")) {
                throw app.candor.domain.Refused.because("refused.address.invalid", a);
            }
            out.add(a);
        }
        return List.copyOf(out);
    }

    public Optional<Prospect> find(long id) {
        return prospects.find(id);
    }

    public Prospect add(Prospect prospect) {
        return prospects.add(prospect);
    }

    public void update(Prospect prospect) {
        prospects.update(prospect);
    }

    public void setArchived(long id, boolean archived) {
        prospects.setArchived(id, archived);
    }

    /** Deletes the prospect with its deals, interactions and snoozes. */
    public void delete(long id) {
        prospects.delete(id);
    }

    /** The prospect's deals, open and closed. */
    public List<Deal> deals(long prospectId) {
        return deals.forProspect(prospectId);
    }

    /** The prospect's open deals: the ones a logged touch can belong to. */
    public List<Deal> openDeals(long prospectId) {
        return deals.forProspect(prospectId).stream().filter(Deal::isOpen).toList();
    }

    /** Adds a deal to a prospect; its agreed check-in, if any, starts the check-in history. */
    public Deal addDeal(Deal deal) {
        return deals.add(deal);
    }

    /** What was logged with the prospect, newest first, a page at a time. */
    public List<Interaction> timeline(long prospectId, int offset, int limit) {
        return interactions.timeline(prospectId, offset, limit);
    }
}
