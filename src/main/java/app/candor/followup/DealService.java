package app.candor.followup;

import app.candor.domain.Deal;
import app.candor.domain.PipelineRow;
import app.candor.domain.Refused;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.StageTotal;
import app.candor.domain.WhoseMove;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What happens to a deal: moving it a stage, agreeing a check-in, snoozing it, closing it as won or lost, and the
 * pipeline board. Each use case is one transaction.
 */
public final class DealService {

    private final Database db;
    private final DealRepository deals;
    private final Supplier<LocalDate> today;
    private final Clock clock;

    public DealService(Database db, DealRepository deals, Supplier<LocalDate> today, Clock clock) {
        this.db = db;
        this.deals = deals;
        this.today = today;
        this.clock = clock;
    }

    public Optional<Deal> find(long id) {
        return deals.find(id);
    }

    /** Open deals of active prospects, at most {@code perStage} per stage; null filter: whoever's move. */
    public List<PipelineRow> pipeline(WhoseMove filter, int perStage) {
        return deals.pipeline(today.get(), filter, perStage);
    }

    public List<StageTotal> stageTotals(WhoseMove filter) {
        return deals.stageTotals(today.get(), filter);
    }

    /** Moves an open deal to another open stage; the move is recorded for the reports. */
    public Deal moveStage(long dealId, Stage to) {
        return db.inTransaction(() -> {
            Deal deal = open(dealId);
            if (!to.isOpen()) {
                throw new Refused("A deal is won or lost by closing it, with the reason in their"
                        + " words, not by moving it.");
            }
            Deal moved = deal.withStage(to);
            deals.update(moved);
            return moved;
        });
    }

    /**
     * Agrees a check-in: a day from today on when both sides will get back to each other, closure either way.
     * Until that day it is their move, so Candor stays quiet about the deal. Moving the day later counts as a slip.
     */
    public Deal agreeCheckIn(long dealId, LocalDate day) {
        return db.inTransaction(() -> {
            checkInDay(day);
            open(dealId);
            return deals.agreeCheckIn(dealId, day, clock.instant(), WhoseMove.THEIRS);
        });
    }

    /** What is wrong with {@code day} as a check-in day (none, or already past), for a screen to say at once. */
    public Optional<String> problemWithCheckIn(LocalDate day) {
        if (day == null) {
            return Optional.of("Choose the day you agreed to get back to each other.");
        }
        if (day.isBefore(today.get())) {
            return Optional.of("A check-in is a day still to come: choose today or a later day.");
        }
        return Optional.empty();
    }

    private void checkInDay(LocalDate day) {
        problemWithCheckIn(day).ifPresent(problem -> {
            throw new Refused(problem);
        });
    }

    /** What is wrong with a snooze until {@code until} for {@code reason}, for a screen to say at once. */
    public Optional<String> problemWithSnooze(LocalDate until, String reason) {
        if (until == null || !until.isAfter(today.get())) {
            return Optional.of("Choose a date after today.");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of("Say why you are snoozing it: a reason is required.");
        }
        return Optional.empty();
    }

    /** Hides the deal's (or a deal-less prospect's) alerts until the snooze's day, for the reason given. */
    public void snooze(Snooze snooze) {
        problemWithSnooze(snooze.until(), snooze.reason()).ifPresent(problem -> {
            throw new Refused(problem);
        });
        deals.snooze(snooze);
    }

    /** Closes the deal as won or lost today, with the reason in the prospect's own words. */
    public Deal close(long dealId, boolean won, String reasonInTheirWords) {
        return db.inTransaction(() -> {
            open(dealId);
            return deals.close(dealId, won, today.get(), reasonInTheirWords == null ? "" : reasonInTheirWords.strip());
        });
    }

    private Deal open(long dealId) {
        Deal deal = deals.find(dealId).orElseThrow(() -> new Refused("There is no deal " + dealId
                + " any more; it may have been deleted in another window."));
        if (!deal.isOpen()) {
            throw new Refused("\"" + deal.title() + "\" is already " + deal.stage().code()
                    + ": a closed deal is not moved, snoozed or given a check-in.");
        }
        return deal;
    }
}
