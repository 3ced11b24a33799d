package app.candor.followup;

import app.candor.insights.Insights;
import app.candor.rules.RulesLoad;
import app.candor.store.BulkWriter;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.FollowUpRepository;
import app.candor.store.FullData;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import app.candor.store.SettingsRepository;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The store of one open database with the services built on it, wired once by {@code app.Wiring}: what the
 * services are made of, and what tests reach into. Screens and commands get {@link Services} instead.
 */
public record Core(Database database, ProspectRepository prospects, DealRepository deals,
                   InteractionRepository interactions, FollowUpRepository followUpFacts, SettingsRepository settings,
                   FollowUpService followUps, DealService dealService, ScriptService scripts, BulkWriter bulk,
                   FullData fullData, RulesLoad rulesLoad, Insights insights, Clock clock, ZoneId zone)
        implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
