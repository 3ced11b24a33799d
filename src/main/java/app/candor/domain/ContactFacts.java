package app.candor.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The facts derived from a timeline of interactions, defined here once and used everywhere: the store keeps
 * them as columns per prospect and per deal, the rules read them.
 *
 * @param lastTouchAt           latest interaction that is not a note (null when none)
 * @param lastResponseAt        latest inbound or two-way interaction (null when none)
 * @param lastResponseOutcome   the outcome tag of that response (null when none or untagged)
 * @param attemptsSinceResponse outbound touches after the last response (or ever, when none)
 * @param lastProposalSentAt    latest interaction tagged proposal sent (null when none)
 * @param lastInteractionAt     latest interaction of any kind, notes included (null when none)
 * @param lastConversationAt    latest two-way interaction (null when none)
 * @param lastConversationSummary the summary of that two-way interaction: where we left off ("" when none)
 */
public record ContactFacts(Instant lastTouchAt, Instant lastResponseAt, Outcome lastResponseOutcome,
                           int attemptsSinceResponse, Instant lastProposalSentAt, Instant lastInteractionAt,
                           Instant lastConversationAt, String lastConversationSummary) {

    public static final ContactFacts NONE = new ContactFacts(null, null, null, 0, null, null, null, "");

    public ContactFacts {
        lastConversationSummary = Text.orEmpty(lastConversationSummary);
    }

    /** Derives the facts from a timeline in any order; ties on time keep the later-logged (higher id) one. */
    public static ContactFacts of(List<Interaction> timeline) {
        List<Interaction> ordered = timeline.stream()
                .sorted(Comparator.comparing(Interaction::occurredAt).thenComparingLong(Interaction::id))
                .toList();
        Instant lastTouch = null;
        Instant lastResponse = null;
        Outcome responseOutcome = null;
        int attempts = 0;
        Instant proposal = null;
        Instant lastAny = null;
        Instant conversation = null;
        String conversationSummary = "";
        for (Interaction i : ordered) {
            lastAny = i.occurredAt();
            if (i.isTouch()) {
                lastTouch = i.occurredAt();
            }
            if (i.isResponse()) {
                lastResponse = i.occurredAt();
                responseOutcome = i.outcome();
                attempts = 0;
            } else if (i.isOutboundTouch()) {
                attempts++;
            }
            if (i.direction() == Direction.TWO_WAY) {
                conversation = i.occurredAt();
                conversationSummary = i.summary();
            }
            if (i.outcome() == Outcome.PROPOSAL_SENT) {
                proposal = i.occurredAt();
            }
        }
        return new ContactFacts(lastTouch, lastResponse, responseOutcome, attempts, proposal, lastAny,
                conversation, conversationSummary);
    }
}
