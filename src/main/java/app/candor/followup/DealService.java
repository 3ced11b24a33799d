package app.candor.followup;

import app.candor.domain.Bounds;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.PipelineRow;
import app.candor.domain.Refused;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.StageTotal;
import app.candor.domain.WhoseMove;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.text.Catalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
                throw Refused.because("refused.deal.closeByMove");
            }
            Deal moved = deal.withStage(to);
            deals.update(moved);
            return moved;
        });
    }

    /** Takes back a stage move just made (the pipeline's Undo): the deal is back, and the reports never saw it. */
    public Deal undoStageMove(long dealId, Stage from, Stage to) {
        return db.inTransaction(() -> deals.undoStageMove(dealId, from, to));
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
            return Optional.of(Catalogue.personal().text("refused.checkIn.day"));
        }
        if (day.isBefore(today.get())) {
            return Optional.of(Catalogue.personal().text("refused.checkIn.past"));
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
            return Optional.of(Catalogue.personal().text("refused.snooze.day"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(Catalogue.personal().text("refused.snooze.why"));
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
        String reason = reasonInTheirWords == null ? "" : reasonInTheirWords.strip();
        return db.inTransaction(() -> {
            Deal deal = deals.find(dealId).orElseThrow(() -> Refused.because("refused.deal.deleted", dealId));
            if (deal.stage() == (won ? Stage.WON : Stage.LOST) && deal.outcomeReason().equals(reason)) {
                // Closed this very way already: a save tried again after its answer was lost changes nothing.
                return deal;
            }
            open(dealId);
            return deals.close(dealId, won, today.get(), reason);
        });
    }

    /** What an edit changed: the deal before and after, and a line in words per field that changed. */
    public record Edited(Deal before, Deal after, List<String> changes) {
    }

    /**
     * Changes any of a deal's fields in one transaction, each checked as everywhere else: an open stage (a deal is
     * closed as won or lost with their reason), an amount in the currency, a check-in still to come (agreeing one
     * makes it their move, unless the same edit says whose move it is; an empty value clears it). The alerts are
     * judged again in the same transaction; a stage move is recorded for the reports.
     */
    public Edited edit(long dealId, DealChanges changes) {
        if (changes.isEmpty()) {
            throw Refused.because("refused.dealChanges.none", DealChanges.Field.names());
        }
        return db.inTransaction(() -> {
            Deal before = deals.find(dealId).orElseThrow(() -> Refused.because("refused.deal.none", dealId));
            checkNoConflict(before, changes);
            Map<DealChanges.Field, String> v = changes.values();
            String title = before.title();
            Stage stage = before.stage();
            WhoseMove move = before.whoseMove();
            String nextStep = before.nextStep();
            boolean knowsDecisionMaker = before.decisionMakerKnown();
            LocalDate checkIn = before.agreedCheckIn();
            String currency = before.value().currency();
            if (v.containsKey(DealChanges.Field.CURRENCY)) {
                currency = v.get(DealChanges.Field.CURRENCY).strip().toUpperCase(java.util.Locale.ROOT);
                Money.zero(currency);
            }
            Money value = v.containsKey(DealChanges.Field.VALUE)
                    ? Money.parse(v.get(DealChanges.Field.VALUE).isBlank() ? "0" : v.get(DealChanges.Field.VALUE),
                    currency)
                    : currency.equals(before.value().currency()) ? before.value()
                    : Money.parse(before.value().amount().toPlainString(), currency);
            Bounds.money(value, Catalogue.personal().text("bounds.value"));
            if (v.containsKey(DealChanges.Field.TITLE)) {
                title = v.get(DealChanges.Field.TITLE).strip();
                if (title.isEmpty()) {
                    throw Refused.because("refused.deal.title");
                }
            }
            if (v.containsKey(DealChanges.Field.STAGE)) {
                stage = Stage.fromCode(v.get(DealChanges.Field.STAGE).strip().toLowerCase(java.util.Locale.ROOT));
                if (stage != before.stage() && (!stage.isOpen() || !before.isOpen())) {
                    throw before.isOpen() ? Refused.because("refused.deal.closeByStage")
                            : Refused.because("refused.deal.closedStage", before.title(), before.stage().code());
                }
            }
            if (v.containsKey(DealChanges.Field.WHOSE_MOVE)) {
                move = WhoseMove.fromCode(v.get(DealChanges.Field.WHOSE_MOVE).strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (v.containsKey(DealChanges.Field.NEXT_STEP)) {
                nextStep = v.get(DealChanges.Field.NEXT_STEP).strip();
            }
            if (v.containsKey(DealChanges.Field.DECISION_MAKER_KNOWN)) {
                knowsDecisionMaker = yesOrNo(v.get(DealChanges.Field.DECISION_MAKER_KNOWN));
            }
            boolean newCheckIn = false;
            if (v.containsKey(DealChanges.Field.AGREED_CHECKIN)) {
                String text = v.get(DealChanges.Field.AGREED_CHECKIN);
                LocalDate day = text.isBlank() || text.strip().equalsIgnoreCase("none") ? null
                        : When.day(text, today.get(), true);
                if (day != null && !day.equals(before.agreedCheckIn())) {
                    checkInDay(day);
                }
                if (!java.util.Objects.equals(day, before.agreedCheckIn())) {
                    if (!before.isOpen()) {
                        throw Refused.because("refused.deal.closedCheckIn", before.title(), before.stage().code());
                    }
                    newCheckIn = day != null;
                    checkIn = day;
                }
                if (newCheckIn && !v.containsKey(DealChanges.Field.WHOSE_MOVE)) {
                    // Agreeing a check-in hands the move to them until that day: one meaning everywhere.
                    move = WhoseMove.THEIRS;
                }
            }
            Deal edited = new Deal(before.id(), before.prospectId(), title, value, stage, before.openedOn(),
                    before.closedOn(), move, before.agreedCheckIn(), before.checkInSlips(), nextStep,
                    knowsDecisionMaker, before.outcomeReason());
            deals.update(edited);
            Deal after = java.util.Objects.equals(checkIn, before.agreedCheckIn()) ? edited
                    : deals.agreeCheckIn(dealId, checkIn, clock.instant(), move);
            return new Edited(before, after, describe(before, after));
        });
    }

    /**
     * Optimistic concurrency, field by field: a field these changes set that someone else changed since the person
     * saw the deal, to another value than theirs, is a conflict. Fields only one side changed are merged. On a
     * conflict nothing is saved and the person's basis becomes the deal as it is now (see DealChanges.basedOn).
     */
    private static void checkNoConflict(Deal now, DealChanges changes) {
        var basis = changes.basis();
        Deal seen = basis == null ? null : basis.get();
        if (seen == null || seen.id() != now.id()) {
            return;
        }
        List<String> clashes = new java.util.ArrayList<>();
        for (Map.Entry<DealChanges.Field, String> change : changes.values().entrySet()) {
            DealChanges.Field field = change.getKey();
            String theirs = valueOf(now, field);
            if (!theirs.equals(valueOf(seen, field)) && !same(field, change.getValue(), now)) {
                clashes.add(Catalogue.personal().text("refused.deal.conflict.field", field.words(),
                        shown(field, now), change.getValue().strip().isEmpty() ? "(none)" : change.getValue().strip()));
            }
        }
        if (!clashes.isEmpty()) {
            basis.set(now);
            throw Refused.because("refused.deal.conflict", now.title(), String.join("; ", clashes));
        }
    }

    /** A field's value as the form and the command line write it. */
    private static String valueOf(Deal d, DealChanges.Field field) {
        return switch (field) {
            case TITLE -> d.title();
            case STAGE -> d.stage().code();
            case VALUE -> d.value().amount().stripTrailingZeros().toPlainString();
            case CURRENCY -> d.value().currency();
            case WHOSE_MOVE -> d.whoseMove().code();
            case NEXT_STEP -> d.nextStep();
            case AGREED_CHECKIN -> d.agreedCheckIn() == null ? "" : d.agreedCheckIn().toString();
            case DECISION_MAKER_KNOWN -> d.decisionMakerKnown() ? "yes" : "no";
        };
    }

    /** As a person reads it in the refusal. */
    private static String shown(DealChanges.Field field, Deal d) {
        String v = field == DealChanges.Field.VALUE ? d.value().toString()
                : field == DealChanges.Field.WHOSE_MOVE ? d.whoseMove().inWords() : valueOf(d, field);
        return v.isEmpty() ? "(none)" : v;
    }

    /** Whether the typed {@code mine} says what {@code now} already holds (then both agree: no conflict). */
    private static boolean same(DealChanges.Field field, String mine, Deal now) {
        String typed = mine.strip();
        if (field == DealChanges.Field.VALUE) {
            try {
                return Money.parse(typed.isEmpty() ? "0" : typed, now.value().currency()).equals(now.value());
            } catch (RuntimeException e) {
                return false;
            }
        }
        return typed.equalsIgnoreCase(valueOf(now, field).strip());
    }

    private static boolean yesOrNo(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (List.of("yes", "y", "true", "1").contains(t)) {
            return true;
        }
        if (List.of("no", "n", "false", "0").contains(t)) {
            return false;
        }
        throw Refused.because("refused.deal.yesOrNo", text.strip());
    }

    /** A line per field that differs, in words: "stage: proposal -> negotiation". */
    static List<String> describe(Deal before, Deal after) {
        List<String> lines = new java.util.ArrayList<>();
        line(lines, "title", before.title(), after.title());
        line(lines, "stage", before.stage().code(), after.stage().code());
        line(lines, "value", before.value().toString(), after.value().toString());
        line(lines, "whose move", before.whoseMove().inWords(), after.whoseMove().inWords());
        line(lines, "next step", before.nextStep(), after.nextStep());
        line(lines, "agreed check-in", before.agreedCheckIn() == null ? "" : before.agreedCheckIn().toString(),
                after.agreedCheckIn() == null ? "" : after.agreedCheckIn().toString());
        line(lines, "decision maker known", before.decisionMakerKnown() ? "yes" : "no",
                after.decisionMakerKnown() ? "yes" : "no");
        return lines;
    }

    private static void line(List<String> lines, String field, String before, String after) {
        if (!before.equals(after)) {
            lines.add(field + ": " + (before.isEmpty() ? "(none)" : before) + " -> " + (after.isEmpty() ? "(none)" : after));
        }
    }

    private Deal open(long dealId) {
        Deal deal = deals.find(dealId).orElseThrow(() -> Refused.because("refused.deal.deleted", dealId));
        if (!deal.isOpen()) {
            throw Refused.because("refused.deal.closed", deal.title(), deal.stage().code());
        }
        return deal;
    }
}
