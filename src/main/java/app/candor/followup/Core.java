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

/** Everything headless Candor works with on one open database, wired once by {@code Main}. */
public record Core(Database database, ProspectRepository prospects, DealRepository deals,
                   InteractionRepository interactions, FollowUpRepository followUpFacts, SettingsRepository settings,
                   FollowUpService followUps, ScriptService scripts, BulkWriter bulk, FullData fullData, RulesLoad rulesLoad,
                   Insights insights, Clock clock, ZoneId zone)
        implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
