package app.candor.followup;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.rules.FollowUpQueue;
import app.candor.rules.RuleEngine;
import app.candor.store.Database;
import app.candor.store.FollowUpRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.QueueRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one path from facts to the daily queue, shared by the GUI and the CLI: the store's maintained columns go
 * through the rules engine into a queue. Logging an interaction returns that prospect's fresh alerts.
 */
public final class FollowUpService {

    private final FollowUpRepository followUps;
    private final InteractionRepository interactions;
    private final RuleEngine engine;
    private final Database db;
    private final DealService deals;

    public FollowUpService(FollowUpRepository followUps, InteractionRepository interactions, RuleEngine engine,
                           Database db, DealService deals) {
        this.followUps = followUps;
        this.interactions = interactions;
        this.engine = engine;
        this.db = db;
        this.deals = deals;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** On a team's server, the login owning each alert's prospect; in a file, nobody (an empty map). */
    public java.util.Map<Long, String> owners(List<app.candor.domain.Alert> alerts) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        alerts.forEach(a -> ids.add(a.subject().prospectId()));
        return followUps.owners(ids);
    }

    public LocalDate today() {
        return engine.today();
    }

    /**
     * The capped daily queue for {@code today}: the stored alert schedules (kept by the rules engine on every
     * change) rank every open deal in the database; the first {@code queueCap} are judged in full. The revive list
     * is counted, not read.
     */
    public FollowUpQueue queue(LocalDate today) {
        return queue(today, null, java.util.Set.of());
    }

    /**
     * The capped queue after a change to the {@code changed} prospects: the store's ranking is read again (it was
     * kept on write), and only the entries of changed prospects, or entries {@code previous} (read for the same
     * day) did not hold, are judged again; the others are {@code previous}'s entries as they were.
     */
    public FollowUpQueue queue(LocalDate today, FollowUpQueue previous, java.util.Set<Long> changed) {
        return queue(today, previous, changed, null, false);
    }

    /**
     * The capped queue, or with {@code revive} the capped revive list, of the deals at {@code stage} (null: every
     * stage), judging again only what {@code changed} names or {@code previous} did not hold.
     */
    public FollowUpQueue queue(LocalDate today, FollowUpQueue previous, java.util.Set<Long> changed, Stage stage,
                               boolean revive) {
        int cap = engine.rules().queueCap();
        java.util.Map<String, FollowUpQueue.Entry> known = new java.util.HashMap<>();
        if (previous != null) {
            for (FollowUpQueue.Entry e : revive ? previous.revive() : previous.entries()) {
                known.put(key(e.subject().prospectId(), e.subject().dealId()), e);
            }
        }
        FollowUpRepository.Shelf queueShelf = shelf(today, false, stage);
        FollowUpRepository.Shelf reviveShelf = shelf(today, true, stage);
        List<Alert> alerts = new ArrayList<>();
        for (QueueRow row : followUps.alerting(today, cap, revive ? reviveShelf : queueShelf)) {
            FollowUpQueue.Entry kept = changed.contains(row.prospectId()) ? null
                    : known.get(key(row.prospectId(), row.dealId()));
            if (kept != null) {
                alerts.addAll(kept.alerts());
                continue;
            }
            for (FollowUpFacts f : followUps.followUpFacts(row.prospectId())) {
                if (Objects.equals(f.dealId(), row.dealId())) {
                    alerts.addAll(engine.evaluate(f, today));
                }
            }
        }
        List<FollowUpQueue.Entry> entries = FollowUpQueue.entries(alerts);
        FollowUpRepository.Counts counts = followUps.counts(today, queueShelf.reviveBefore(), stage);
        if (revive) {
            return new FollowUpQueue(List.of(), cap, counts.queue(), entries, counts.revive(), counts.arriving());
        }
        return new FollowUpQueue(entries, cap, counts.queue(), List.of(), counts.revive(), counts.arriving());
    }

    private FollowUpRepository.Shelf shelf(LocalDate today, boolean revive, Stage stage) {
        return new FollowUpRepository.Shelf(revive, today.minusDays(engine.rules().reviveAfterDays()), stage);
    }

    private static String key(long prospectId, Long dealId) {
        return prospectId + "/" + dealId;
    }

    /** The whole queue and the whole revive list for {@code today}, every open and recently lost deal judged in full. */
    public FollowUpQueue fullQueue(LocalDate today) {
        java.util.Set<Long> arriving = followUps.arriving(today);
        List<FollowUpFacts> facts = followUps.followUpFacts(engine.lostSince(today)).stream()
                .filter(f -> !arriving.contains(f.prospectId())).toList();
        return FollowUpQueue.of(engine.evaluateAll(facts, today), engine.rules().queueCap(),
                engine.rules().reviveAfterDays()).withArriving(arriving.size());
    }

    /** The current facts of one prospect's deals (or of the prospect when it has none). */
    public List<FollowUpFacts> factsOf(long prospectId) {
        return followUps.followUpFacts(prospectId);
    }

    /** The alerts of one prospect's deals on {@code today}. */
    public List<Alert> alertsFor(long prospectId, LocalDate today) {
        return engine.evaluateAll(followUps.followUpFacts(prospectId), today);
    }

    /** Logs the interaction; the derived columns and the alert schedule are refreshed in its transaction. */
    public Interaction log(Interaction interaction, LocalDate today) {
        return log(interaction, null, today);
    }

    /**
     * Logs the interaction and, when {@code agreedCheckIn} is given, the check-in agreed in it on its deal, in one
     * transaction: both are saved or neither, so a retry after a failure never logs the touch twice.
     */
    public Interaction log(Interaction interaction, LocalDate agreedCheckIn, LocalDate today) {
        return log(interaction, agreedCheckIn, null, today).interaction();
    }

    /** A logged touch with what it settled on its deal (nothing, when it changed no field of the deal). */
    public record Logged(Interaction interaction, DealService.Edited deal) {
    }

    /**
     * Logs the interaction and what it settled on its deal, in one transaction: the check-in agreed in it (which
     * makes it their move until then) and whose move it is afterwards, when given.
     */
    public Logged log(Interaction interaction, LocalDate agreedCheckIn, WhoseMove moveAfter, LocalDate today) {
        if ((agreedCheckIn != null || moveAfter != null) && interaction.dealId() == null) {
            throw Refused.because(agreedCheckIn != null ? "refused.log.checkInNeedsDeal" : "refused.log.moveNeedsDeal");
        }
        // The rules judge the prospect once, when the store keeps its schedule; the screens read that.
        return db.inTransaction(() -> {
            Interaction logged = interactions.log(interaction);
            DealService.Edited edited = null;
            if (agreedCheckIn != null || moveAfter != null) {
                DealChanges changes = new DealChanges();
                if (agreedCheckIn != null) {
                    changes.set(DealChanges.Field.AGREED_CHECKIN, agreedCheckIn.toString());
                }
                if (moveAfter != null) {
                    changes.set(DealChanges.Field.WHOSE_MOVE, moveAfter.code());
                }
                edited = deals.edit(interaction.dealId(), changes);
            }
            return new Logged(logged, edited);
        });
    }

    /**
     * As {@link #log(Interaction, LocalDate, WhoseMove, LocalDate)}, unless this very touch is already stored: what a
     * save tried again after the store went away calls, since the first try may have gone through with its answer
     * lost on the way back. Then the stored touch is returned and nothing is logged twice.
     */
    public Logged logOnce(Interaction interaction, LocalDate agreedCheckIn, WhoseMove moveAfter, LocalDate today) {
        return db.inTransaction(() -> interactions.findSame(interaction).map(stored -> new Logged(stored, null))
                .orElseGet(() -> log(interaction, agreedCheckIn, moveAfter, today)));
    }

    /**
     * Changes a logged interaction (its kind, direction, moment, outcome, summary or deal); the prospect's derived
     * columns and alerts are judged again in the same transaction.
     */
    public Interaction editInteraction(Interaction edited) {
        return db.inTransaction(() -> {
            Interaction before = interactions.find(edited.id()).orElseThrow(() -> Refused.because("refused.interaction.gone"));
            if (before.prospectId() != edited.prospectId()) {
                throw Refused.because("refused.interaction.prospect");
            }
            interactions.update(edited);
            return edited;
        });
    }

    /** Deletes a logged interaction and returns it, so that it can be put back ({@link #restoreInteraction}). */
    public Interaction deleteInteraction(long id) {
        return db.inTransaction(() -> {
            Interaction before = interactions.find(id).orElseThrow(() -> Refused.because("refused.interaction.gone"));
            interactions.delete(id);
            return before;
        });
    }

    /** Puts a deleted interaction back as it was (under a new id); the alerts are judged again. */
    public Interaction restoreInteraction(Interaction deleted) {
        return interactions.log(new Interaction(0, deleted.prospectId(), deleted.dealId(), deleted.kind(),
                deleted.direction(), deleted.occurredAt(), deleted.summary(), deleted.outcome(), deleted.scriptId()));
    }

    /** The open deals' facts with {@code lostSince} for recently lost ones: what the calendar and reports read. */
    public List<FollowUpFacts> facts(LocalDate lostSince) {
        return followUps.followUpFacts(lostSince);
    }

}
