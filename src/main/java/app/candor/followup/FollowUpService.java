package app.candor.followup;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
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

    public LocalDate today() {
        return engine.today();
    }

    /**
     * The capped daily queue for {@code today}: the stored alert schedules (kept by the rules engine on every
     * change) rank every open deal in the database; the first {@code queueCap} are judged in full.
     */
    public FollowUpQueue queue(LocalDate today) {
        int cap = engine.rules().queueCap();
        List<Alert> alerts = new ArrayList<>();
        for (QueueRow row : followUps.alerting(today, cap)) {
            for (FollowUpFacts f : followUps.followUpFacts(row.prospectId())) {
                if (Objects.equals(f.dealId(), row.dealId())) {
                    alerts.addAll(engine.evaluate(f, today));
                }
            }
        }
        return new FollowUpQueue(FollowUpQueue.entries(alerts), cap, followUps.countAlerting(today));
    }

    /** The whole queue for {@code today}, every open and recently lost deal judged in full. */
    public FollowUpQueue fullQueue(LocalDate today) {
        List<FollowUpFacts> facts = followUps.followUpFacts(engine.lostSince(today));
        return FollowUpQueue.of(engine.evaluateAll(facts, today), engine.rules().queueCap());
    }

    /** The current facts of one prospect's deals (or of the prospect when it has none). */
    public List<FollowUpFacts> factsOf(long prospectId) {
        return followUps.followUpFacts(prospectId);
    }

    /** The alerts of one prospect's deals on {@code today}. */
    public List<Alert> alertsFor(long prospectId, LocalDate today) {
        return engine.evaluateAll(followUps.followUpFacts(prospectId), today);
    }

    /** Logs the interaction (columns refreshed in its transaction) and returns the prospect's alerts after it. */
    public LoggedInteraction log(Interaction interaction, LocalDate today) {
        return log(interaction, null, today);
    }

    /**
     * Logs the interaction and, when {@code agreedCheckIn} is given, the check-in agreed in it on its deal, in one
     * transaction: both are saved or neither, so a retry after a failure never logs the touch twice.
     */
    public LoggedInteraction log(Interaction interaction, LocalDate agreedCheckIn, LocalDate today) {
        if (agreedCheckIn != null && interaction.dealId() == null) {
            throw new IllegalArgumentException("A check-in belongs to a deal: choose the deal, or clear the date.");
        }
        Interaction stored = db.inTransaction(() -> {
            Interaction logged = interactions.log(interaction);
            if (agreedCheckIn != null) {
                deals.agreeCheckIn(interaction.dealId(), agreedCheckIn);
            }
            return logged;
        });
        return new LoggedInteraction(stored, alertsFor(stored.prospectId(), today));
    }

    /** The open deals' facts with {@code lostSince} for recently lost ones: what the calendar and reports read. */
    public List<FollowUpFacts> facts(LocalDate lostSince) {
        return followUps.followUpFacts(lostSince);
    }

    /** An interaction as stored, with the alerts its prospect has right after it. */
    public record LoggedInteraction(Interaction interaction, List<Alert> alerts) {
        public LoggedInteraction {
            alerts = List.copyOf(alerts);
        }
    }
}
