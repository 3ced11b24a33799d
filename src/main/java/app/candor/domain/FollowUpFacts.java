package app.candor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the rules need to judge one deal, read in one pass from the store's maintained columns.
 * A prospect without any deal appears as one with {@code dealId} null, stage lead, opened when they were created,
 * and no {@code value} (null).
 */
public record FollowUpFacts(long prospectId, String prospectName, String email, String company, Long dealId,
                            String dealTitle, Stage stage, LocalDate openedOn, LocalDate closedOn,
                            WhoseMove whoseMove, LocalDate agreedCheckIn, int checkInSlips,
                            boolean decisionMakerKnown, LocalDate snoozedUntil, ContactFacts contact, Money value) {

    public FollowUpFacts {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(whoseMove, "whoseMove");
        Objects.requireNonNull(contact, "contact");
        email = Text.orEmpty(email);
        company = Text.orEmpty(company);
        dealTitle = Text.orEmpty(dealTitle);
    }

    /** The deal's value in minor units, 0 without a deal: what the queue ranks by (across currencies, roughly). */
    public long valueMinorUnits() {
        return value == null ? 0 : value.minorUnits();
    }

    /** A stable key for the queue: the deal, or the prospect when there is no deal. */
    public String subjectKey() {
        return dealId != null ? "deal:" + dealId : "prospect:" + prospectId;
    }
}
