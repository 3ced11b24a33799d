package app.candor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An opportunity with one prospect. {@code agreedCheckIn} is the date both sides agreed to get back to each
 * other (null when none); {@code checkInSlips} counts how often it was moved later, kept by the store.
 */
public record Deal(long id, long prospectId, String title, Money value, Stage stage, LocalDate openedOn,
                   LocalDate closedOn, WhoseMove whoseMove, LocalDate agreedCheckIn, int checkInSlips,
                   String nextStep, boolean decisionMakerKnown, String outcomeReason) {

    public Deal {
        if (title == null || title.isBlank()) {
            throw Refused.because("refused.deal.title");
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(whoseMove, "whoseMove");
        nextStep = Text.orEmpty(nextStep);
        outcomeReason = Text.orEmpty(outcomeReason);
        if (checkInSlips < 0) {
            throw new IllegalArgumentException("checkInSlips must not be negative");
        }
    }

    /** A new open deal, not yet stored. */
    public static Deal open(long prospectId, String title, Money value, Stage stage, LocalDate openedOn,
                            WhoseMove whoseMove) {
        return new Deal(0, prospectId, title, value, stage, openedOn, null, whoseMove, null, 0, "", false, "");
    }

    public boolean isOpen() {
        return stage.isOpen();
    }

    public Deal withId(long newId) {
        return new Deal(newId, prospectId, title, value, stage, openedOn, closedOn, whoseMove, agreedCheckIn,
                checkInSlips, nextStep, decisionMakerKnown, outcomeReason);
    }

    public Deal withWhoseMove(WhoseMove move) {
        return new Deal(id, prospectId, title, value, stage, openedOn, closedOn, move, agreedCheckIn,
                checkInSlips, nextStep, decisionMakerKnown, outcomeReason);
    }

    /** The same open deal at another open stage; closing goes through {@link #closed}. */
    public Deal withStage(Stage next) {
        if (!next.isOpen() || !isOpen()) {
            throw Refused.because("refused.deal.move");
        }
        return new Deal(id, prospectId, title, value, next, openedOn, closedOn, whoseMove, agreedCheckIn,
                checkInSlips, nextStep, decisionMakerKnown, outcomeReason);
    }

    public Deal withNextStep(String text, boolean knowsDecisionMaker) {
        return new Deal(id, prospectId, title, value, stage, openedOn, closedOn, whoseMove, agreedCheckIn,
                checkInSlips, text, knowsDecisionMaker, outcomeReason);
    }

    /** This deal closed as won or lost on {@code on}, with the reason in the prospect's own words. */
    public Deal closed(boolean won, LocalDate on, String reasonInTheirWords) {
        return new Deal(id, prospectId, title, value, won ? Stage.WON : Stage.LOST, openedOn, on, whoseMove,
                agreedCheckIn, checkInSlips, nextStep, decisionMakerKnown, reasonInTheirWords);
    }
}
