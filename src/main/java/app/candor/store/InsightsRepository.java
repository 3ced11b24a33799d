package app.candor.store;

import app.candor.domain.CheckInFate;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The history the Insights reports read: script sends and the replies after them, lost deals, alerts raised and
 * closed, touches made, agreed check-ins and stage moves. Ranges are of calendar days in the user's zone, both
 * ends included. Figures are worked out by {@code app.candor.insights}; this only fetches.
 */
public interface InsightsRepository {

    /** Touches sent with a script on a day in the range, each with the first response within {@code window}. */
    List<ScriptSend> scriptSends(LocalDate from, LocalDate to, Duration window);

    /**
     * Deals lost on a day in the range: all of them counted by stage lost at and check-in, and the newest
     * {@code listed} with what was logged on the deal or on the prospect in general on or after that day.
     */
    LostDeals lostDeals(LocalDate from, LocalDate to, int listed);

    /** Alerts raised on a day in the range that have left the queue, counted by raised day and days to answer. */
    List<ClosedAlerts> closedAlerts(LocalDate from, LocalDate to);

    /** Alerts raised on a day in the range and still in the current schedules (raised, not yet closed), per day. */
    List<DayCount> openAlertsRaised(LocalDate from, LocalDate to, LocalDate today);

    /** The number of touches we made (outbound or two-way, notes aside) on each day of the range that had any. */
    List<DayCount> touchesMade(LocalDate from, LocalDate to);

    /** Check-in dates agreed for a day in the range, counted per day by what became of them as of {@code today}. */
    List<FateCount> checkInFates(LocalDate from, LocalDate to, LocalDate today);

    /** Stage moves made on a day in the range: how many deals moved, moves into each stage, the newest {@code listed}. */
    StageMoves stageMoves(LocalDate from, LocalDate to, int listed);

    record ScriptSend(String scriptId, InteractionKind kind, Instant sentAt, Instant repliedAt) {
    }

    record LostDeals(List<LossCount> counts, List<LostDeal> newest) {
        public LostDeals {
            counts = List.copyOf(counts);
            newest = List.copyOf(newest);
        }
    }

    /** How many deals were lost from {@code lostFrom} (null: not recorded), with or without an agreed check-in. */
    record LossCount(Stage lostFrom, boolean checkInAgreed, int deals) {
    }

    record LostDeal(long dealId, long prospectId, String prospect, String company, String title, Money value,
                    LocalDate lostOn, String reason, Stage lostFrom, boolean checkInAgreed, List<Heard> heardAfter) {
        public LostDeal {
            heardAfter = List.copyOf(heardAfter);
        }
    }

    /** Something logged about a deal after it was lost: their feedback, or our note of it. */
    record Heard(Instant at, InteractionKind kind, String summary) {
    }

    /** How many alerts raised on {@code raisedOn} were answered after {@code daysToAnswer} days (null: never). */
    record ClosedAlerts(LocalDate raisedOn, Integer daysToAnswer, int count) {
    }

    record DayCount(LocalDate day, int count) {
    }

    record FateCount(LocalDate agreed, CheckInFate fate, int count) {
    }

    record StageMoves(int dealsMoved, Map<Stage, Integer> movesInto, List<StageMove> newest) {
        public StageMoves {
            movesInto = Map.copyOf(movesInto);
            newest = List.copyOf(newest);
        }
    }

    record StageMove(long dealId, String prospect, String title, Money value, Stage previous, Stage stage,
                     LocalDate on) {
    }
}
