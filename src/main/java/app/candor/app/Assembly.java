package app.candor.app;

import app.candor.followup.DealService;
import app.candor.followup.FollowUpService;
import app.candor.followup.ScriptService;
import app.candor.followup.Services;
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
 * What one open database is built of, as {@link Wiring} assembled it: the store's parts and the services on them.
 * It lives where objects are wired, above the screens and the commands (which cannot reach this package: the
 * package graph has no cycles); they get the {@link Services} made of it. Tests reach in here to check the store.
 */
public record Assembly(Database database, ProspectRepository prospects, DealRepository deals,
                       InteractionRepository interactions, FollowUpRepository followUpFacts, SettingsRepository settings,
                       FollowUpService followUps, DealService dealService, ScriptService scripts, BulkWriter bulk,
                       FullData fullData, RulesLoad rulesLoad, Insights insights, Clock clock, ZoneId zone)
        implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
