package app.candor.app;

import app.candor.domain.Script;
import app.candor.followup.BackupService;
import app.candor.followup.DataService;
import app.candor.followup.DealService;
import app.candor.followup.FollowUpService;
import app.candor.followup.MailboxService;
import app.candor.followup.ProspectService;
import app.candor.followup.RulesFile;
import app.candor.followup.ScriptService;
import app.candor.followup.Services;
import app.candor.followup.SettingsService;
import app.candor.insights.Insights;
import app.candor.platform.PasswordStore;
import app.candor.platform.NativeSqlite;
import app.candor.rules.RuleEngine;
import app.candor.rules.RuleSetLoader;
import app.candor.rules.RulesLoad;
import app.candor.scripts.PressureCheck;
import app.candor.scripts.BuiltInScripts;
import app.candor.store.BulkWriter;
import app.candor.store.Database;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.ServerPassword;
import app.candor.store.server.TeamServer;
import java.util.Map;
import app.candor.store.Derived;
import app.candor.store.FullData;
import app.candor.store.SqliteDealRepository;
import app.candor.store.SqliteFollowUpRepository;
import app.candor.store.SqliteInsightsRepository;
import app.candor.store.SqliteInteractionRepository;
import app.candor.store.SqliteMailRepository;
import app.candor.store.SqliteProspectRepository;
import app.candor.store.SqliteScriptRepository;
import app.candor.store.SqliteSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the core objects on one database: the only place they are constructed. */
public final class Wiring {

    public static final String RULES_FILE = RuleSetLoader.FILE_NAME;
    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private Wiring() {
    }

    /**
     * Opens the database and the user's rules ({@code rules.json} in the data folder), all on the given clock
     * and its zone. The data folder is created when the database lives in it.
     */
    public static Services openServices(Path databaseFile, Path dataFolder, Clock clock, Locale locale) {
        return services(assemble(databaseFile, dataFolder, clock, locale), dataFolder);
    }

    /** As above, with the system's password store (for a mailbox's password) when there is one. */
    public static Services openServices(Path databaseFile, Path dataFolder, Clock clock, Locale locale,
                                        Optional<PasswordStore> passwords) {
        return services(assemble(databaseFile, dataFolder, clock, locale), dataFolder, passwords);
    }

    /**
     * The services on a team's server: the address's login, with the password from PGPASSWORD or the password file
     * (a file others may read is left unused, and the services' notices say so); the rules file stays the user's own,
     * in {@code dataFolder}.
     */
    public static Services openServerServices(String address, Map<String, String> env, Path home, Path dataFolder,
                                              Clock clock, Locale locale, Optional<PasswordStore> passwords) {
        return openServerServices(address, null, false, env, home, dataFolder, clock, locale, passwords);
    }

    /**
     * As above, with the password the person typed ({@code typed}, null when none), kept in the system's password
     * store when {@code remember} and the server took it. Without one: PGPASSWORD, the password file, then the one
     * the password store keeps for this address; a kept one the server refuses is forgotten.
     */
    public static Services openServerServices(String address, char[] typed, boolean remember, Map<String, String> env,
                                              Path home, Path dataFolder, Clock clock, Locale locale,
                                              Optional<PasswordStore> passwords) {
        ServerAddress server = ServerAddress.parse(address, env);
        ServerPassword.Found found = ServerPassword.find(server, env, home);
        String key = "team " + server;
        String password = typed != null ? new String(typed) : found.password().orElse(null);
        boolean fromStore = false;
        if (password == null && passwords.isPresent()) {
            Optional<char[]> kept = passwords.get().find(key);
            if (kept.isPresent()) {
                password = new String(kept.get());
                fromStore = true;
            }
        }
        Database db;
        try {
            db = TeamServer.openStore(server, password, found.notice().stream().toList());
        } catch (app.candor.domain.Refused e) {
            if (fromStore && TeamServer.loginRefused(e)) {
                passwords.get().forget(key);
            }
            throw e;
        }
        if (typed != null && remember && passwords.isPresent()) {
            try {
                passwords.get().save(key, "Candor team server " + server, typed);
            } catch (PasswordStore.PasswordStoreException e) {
                LOG.warn("The team server's password was not kept: {}", e.getMessage());
            }
        }
        return services(assembleOn(db, dataFolder, clock, locale), dataFolder, passwords);
    }

    /** The door screens and commands use to what {@code parts} holds; the rules file lives in {@code dataFolder}. */
    public static Services services(Assembly parts, Path dataFolder) {
        return services(parts, dataFolder, Optional.empty());
    }

    /** As above; a mailbox password is kept in {@code passwords} when asked to, else only for the session. */
    public static Services services(Assembly parts, Path dataFolder, Optional<PasswordStore> passwords) {
        return new Services(parts.database(), parts.clock(), parts.followUps(),
                new ProspectService(parts.prospects(), parts.deals(), parts.interactions()), parts.dealService(),
                parts.scripts(), parts.insights(), new SettingsService(parts.settings(),
                        parts.followUps().engine().rules(), dataFolder.resolve(RULES_FILE)),
                new BackupService(parts.database(), parts.clock()),
                new DataService(parts.database(), parts.prospects(), parts.deals(), parts.interactions(),
                        parts.settings(), parts.bulk(), parts.fullData(), parts.followUps(), parts.clock()),
                parts.rulesLoad(), new MailboxService(parts.database(), parts.prospects(), parts.deals(),
                        parts.interactions(), new SqliteMailRepository(parts.database()), parts.settings(), parts.clock(),
                        passwords));
    }

    /** Opens the database and builds its parts, for {@link #services} and for tests that check the store. */
    public static Assembly assemble(Path databaseFile, Path dataFolder, Clock clock, Locale locale) {
        if (databaseFile.toAbsolutePath().getParent().equals(dataFolder.toAbsolutePath())) {
            try {
                app.candor.platform.SafeFiles.privateFolder(dataFolder);
            } catch (java.io.IOException e) {
                LOG.warn("Cannot create the data folder {}", dataFolder, e);
            }
        }
        NativeSqlite.useCopyIn(dataFolder.resolve("native"));
        return assembleOn(Database.open(databaseFile), dataFolder, clock, locale);
    }

    /** Builds the parts on a database already open (a file, or a team's server): closes it if that fails. */
    public static Assembly assembleOn(Database db, Path dataFolder, Clock clock, Locale locale) {
        try {
            Path rulesFile = dataFolder.resolve(RULES_FILE);
            RulesLoad rules = RulesFile.load(rulesFile);
            if (rules.usingDefaultsBecauseOfProblems()) {
                LOG.warn(rules.summary(rulesFile.toString()));
            }
            var engine = new RuleEngine(rules.rules(), clock, clock.getZone(), locale);
            var derived = new Derived(engine, clock);
            derived.ensureCurrent(db);
            var interactions = new SqliteInteractionRepository(db, derived);
            var followUpFacts = new SqliteFollowUpRepository(db, clock.getZone());
            var deals = new SqliteDealRepository(db, derived);
            var settings = new SqliteSettingsRepository(db);
            var scripts = new ScriptService(BuiltInScripts::load, new SqliteScriptRepository(db, clock), deals,
                    followUpFacts, settings, locale, clock.getZone(),
                    () -> PressureCheck.loadingOn(java.util.concurrent.ForkJoinPool.commonPool()));
            var dealService = new DealService(db, deals, engine::today, clock);
            return new Assembly(db, new SqliteProspectRepository(db, derived), deals, interactions, followUpFacts, settings,
                    new FollowUpService(followUpFacts, interactions, engine, db, dealService), dealService, scripts,
                    new BulkWriter(db, derived), new FullData(db, derived),
                    rules, new Insights(new SqliteInsightsRepository(db, clock.getZone()), deals,
                            id -> scripts.find(id).map(Script::title).orElse(id), clock), clock, clock.getZone());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
