package app.candor.followup;

import app.candor.insights.Insights;
import app.candor.rules.RuleSetLoader;
import app.candor.rules.RulesLoad;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The one door to a database for the screens and the commands: the use-case services, each owning its
 * transactions. Neither the database nor a repository is handed out; closing closes the database.
 */
public final class Services implements AutoCloseable {

    private final Core core;
    private final FollowUpService followUps;
    private final ProspectService prospects;
    private final DealService deals;
    private final SettingsService settings;
    private final BackupService backups;
    private final DataService data;

    private Services(Core core, Path dataFolder) {
        this.core = core;
        this.followUps = core.followUps();
        this.deals = core.dealService();
        this.prospects = new ProspectService(core.prospects(), core.deals(), core.interactions());
        this.settings = new SettingsService(core.settings(), followUps.engine().rules(),
                dataFolder.resolve(RuleSetLoader.FILE_NAME));
        this.backups = new BackupService(core.database(), core.clock());
        this.data = new DataService(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(),
                core.bulk(), core.fullData(), followUps, core.clock());
    }

    /** The services over an opened store; the rules file lives in {@code dataFolder}. */
    public static Services of(Core core, Path dataFolder) {
        return new Services(core, dataFolder);
    }

    public FollowUpService followUps() {
        return followUps;
    }

    public ProspectService prospects() {
        return prospects;
    }

    public DealService deals() {
        return deals;
    }

    public ScriptService scripts() {
        return core.scripts();
    }

    public Insights insights() {
        return core.insights();
    }

    public SettingsService settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    public DataService data() {
        return data;
    }

    /** The rules file as read, with its problems when the defaults had to be used. */
    public RulesLoad rulesLoad() {
        return core.rulesLoad();
    }

    /** What opening found that the person should hear about (not errors), such as emails used twice. */
    public List<String> notices() {
        return core.database().notices();
    }

    public Path databaseFile() {
        return core.database().file();
    }

    public Clock clock() {
        return core.clock();
    }

    public ZoneId zone() {
        return core.zone();
    }

    @Override
    public void close() {
        core.close();
    }
}
