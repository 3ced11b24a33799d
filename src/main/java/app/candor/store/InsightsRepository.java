package app.candor.store;

import app.candor.domain.history.ClosedAlerts;
import app.candor.domain.history.DayCount;
import app.candor.domain.history.FateCount;
import app.candor.domain.history.LostDeals;
import app.candor.domain.history.ScriptSend;
import app.candor.domain.history.StageMoves;
import app.candor.domain.Stage;
import java.time.Duration;
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

    /** Whether this is a team's server, whose history has more than one seller in it. */
    boolean team();

    /** On a team's server, the sellers whose rows this login sees (a manager: the team); refused in a file. */
    List<String> sellers();

    /** The same history narrowed to one seller's rows (on a team's server; a file has only its user's). */
    InsightsRepository ofSeller(String login);
}
