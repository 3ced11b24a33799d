package app.candor.followup;

import app.candor.insights.Insights;
import app.candor.rules.RulesLoad;
import java.nio.file.Path;
import app.candor.store.Database;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The one door to a database for the screens and the commands: the use-case services, each owning its
 * transactions. Neither the database nor a repository is handed out; closing closes the database.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final FollowUpService followUps;
    private final ProspectService prospects;
    private final DealService deals;
    private final ScriptService scripts;
    private final Insights insights;
    private final SettingsService settings;
    private final BackupService backups;
    private final DataService data;
    private final RulesLoad rulesLoad;
    private final MailboxService mail;

    /** The services over one opened database, which closing them closes; built where objects are wired. */
    public Services(Database database, Clock clock, FollowUpService followUps, ProspectService prospects,
                    DealService deals, ScriptService scripts, Insights insights, SettingsService settings,
                    BackupService backups, DataService data, RulesLoad rulesLoad, MailboxService mail) {
        this.mail = mail;
        this.database = database;
        this.clock = clock;
        this.followUps = followUps;
        this.prospects = prospects;
        this.deals = deals;
        this.scripts = scripts;
        this.insights = insights;
        this.settings = settings;
        this.backups = backups;
        this.data = data;
        this.rulesLoad = rulesLoad;
    }

    /** Mail read from files (and, when set up, a mailbox): who answered, from the mail itself. */
    public MailboxService mail() {
        return mail;
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
        return scripts;
    }

    public Insights insights() {
        return insights;
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
        return rulesLoad;
    }

    /** What opening found that the person should hear about (not errors), such as emails used twice. */
    public List<String> notices() {
        return database.notices();
    }

    public Path databaseFile() {
        return database.file();
    }

    /**
     * Hears what others change in what this seller sees, on a team's server (a teammate's call on a shared prospect,
     * a manager's reassignment): {@code changed} gets the prospects concerned, on a thread of its own. Nothing
     * happens for a file. Close the result to stop.
     */
    public AutoCloseable watchOthers(java.util.function.Consumer<java.util.Set<Long>> changed) {
        return database.watchOthers(changed);
    }

    /** Where the data is, as people read it: the file's path, or the team server's address (no password). */
    public String where() {
        return database.where();
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    @Override
    public void close() {
        database.close();
    }
}
