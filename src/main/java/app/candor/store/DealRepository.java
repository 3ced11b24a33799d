package app.candor.store;

import app.candor.domain.StageTotal;
import app.candor.domain.PipelineRow;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Snooze;
import app.candor.domain.StageChange;
import app.candor.domain.WhoseMove;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores deals, their agreed check-ins (with slips) and snoozes. */
public interface DealRepository {

    /** Stores a new deal; its agreed check-in, if any, starts the check-in history. */
    Deal add(Deal deal);

    /** Saves title, value, stage, whose move, next step, decision maker and outcome; not the check-in. */
    void update(Deal deal);

    Optional<Deal> find(long id);

    /**
     * Takes back the deal's last stage move, from {@code from} to {@code to}: the deal is at {@code from} again and
     * the move is no longer in its history (the reports never saw it). Refused when the deal is no longer at
     * {@code to}.
     */
    Deal undoStageMove(long dealId, app.candor.domain.Stage from, app.candor.domain.Stage to);

    List<Deal> forProspect(long prospectId);

    /** Records a check-in date both sides agreed on; moving it later counts as a slip. Returns the deal. */
    Deal agreeCheckIn(long dealId, LocalDate agreed, Instant at);

    /** The same, and in the same transaction hands the move to {@code whoseMove} (until the agreed day). */
    Deal agreeCheckIn(long dealId, LocalDate agreed, Instant at, WhoseMove whoseMove);

    List<CheckInChange> checkInHistory(long dealId);

    /** Every stage the deal moved through after it was added, oldest first. */
    List<StageChange> stageHistory(long dealId);

    /** Closes the deal as won or lost with the reason in the prospect's own words. */
    Deal close(long dealId, boolean won, LocalDate on, String reasonInTheirWords);

    /** Hides the deal's (or a deal-less prospect's) alerts until the snooze's date. */
    void snooze(Snooze snooze);

    List<Snooze> snoozes(long prospectId);

    /** Open deals of active prospects, at most {@code perStage} per stage (largest first); null filter: all. */
    List<PipelineRow> pipeline(LocalDate today, WhoseMove filter, int perStage);

    /** Totals of open deals per stage and currency. */
    List<StageTotal> stageTotals(LocalDate today, WhoseMove filter);
}
