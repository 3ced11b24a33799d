package app.candor.store;

import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The history the Insights reports read: script sends and the replies after them, lost deals, alerts raised and
 * closed, touches made, agreed check-ins and stage moves. Ranges are of calendar days in the user's zone, both
 * ends included. Figures are worked out by {@code app.candor.insights}; this only fetches.
 */
public interface InsightsRepository {

    /** Touches sent with a script on a day in the range, each with the first response within {@code window}. */
    List<ScriptSend> scriptSends(LocalDate from, LocalDate to, Duration window);

    /** Deals lost on a day in the range, newest first, with what was heard from them on or after that day. */
    List<LostDeal> lostDeals(LocalDate from, LocalDate to);

    /** Alerts raised on a day in the range that have left the queue, with the first touch that answered them. */
    List<ClosedAlert> closedAlerts(LocalDate from, LocalDate to);

    /** Alerts raised on a day in the range and still in the current schedules (raised, not yet closed). */
    List<LocalDate> openAlertsRaised(LocalDate from, LocalDate to, LocalDate today);

    /** The number of touches we made (outbound or two-way, notes aside) on each day of the range that had any. */
    List<DayCount> touchesMade(LocalDate from, LocalDate to);

    /** Check-in dates agreed for a day in the range, with what happened to them; {@code grace} days either side. */
    List<AgreedCheckIn> agreedCheckIns(LocalDate from, LocalDate to, int graceDays);

    /** Stage moves made on a day in the range, oldest first. */
    List<StageMove> stageMoves(LocalDate from, LocalDate to);

    record ScriptSend(String scriptId, InteractionKind kind, Instant sentAt, Instant repliedAt) {
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

    record ClosedAlert(long prospectId, Long dealId, LocalDate raisedOn, LocalDate closedOn, LocalDate answeredOn) {
    }

    record DayCount(LocalDate day, int count) {
    }

    /**
     * One agreed check-in date: when it was agreed, the next change to it (null when none), the first touch within
     * the grace days of it after it was agreed (null when none), and the day the deal closed (null while open).
     */
    record AgreedCheckIn(long dealId, LocalDate agreed, Instant agreedAt, LocalDate nextAgreed, Instant nextAt,
                         boolean changedAgain, Instant touchNear, LocalDate dealClosedOn) {
    }

    record StageMove(long dealId, String prospect, String title, Money value, Stage previous, Stage stage,
                     LocalDate on) {
    }
}
