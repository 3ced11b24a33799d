package app.candor.cli;

import app.candor.followup.Services;
import app.candor.followup.Place;
import app.candor.followup.ServicesOpener;
import app.candor.followup.TeamService;
import app.candor.platform.DataFolder;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code candor} command: no subcommand opens the desktop app; subcommands run headless. */
@Command(name = "candor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Candor: honest follow-ups for trust-based selling.",
            "Without a command, opens the desktop app on the database."},
        footer = {"", "The database is --db, else the environment variable CANDOR_DB, else candor.db in the data folder."})
public final class CandorCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE|URL", description = "The database file to use (created when missing),"
            + " or a team's PostgreSQL server: postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslmode=…].")
    String db;

    @Spec
    CommandSpec spec;

    private final ServicesOpener opener;
    private final Consumer<Place> gui;
    private final Map<String, String> env;
    private final Path dataFolder;
    private final Clock clock;
    private final BufferedReader in;

    public CandorCommand(ServicesOpener opener, Consumer<Place> gui, Map<String, String> env, Path dataFolder, Clock clock,
                         BufferedReader in) {
        this.in = in;
        this.opener = opener;
        this.gui = gui;
        this.env = env;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        String server = serverAddressOrNull();
        gui.accept(server != null ? Place.server(server) : Place.file(databaseFile()));
        return 0;
    }

    /** The database file this run uses; refused for a team server, which has no file (restore needs one). */
    public Path databaseFile() {
        String server = serverAddressOrNull();
        if (server != null) {
            throw app.candor.domain.Refused.because("store.server.noCopy", app.candor.domain.Text.visible(server, false));
        }
        return DataFolder.database(db, env, dataFolder);
    }

    /** The team server named by --db or CANDOR_DB; refused when they name a file. */
    String serverAddress() {
        String server = serverAddressOrNull();
        if (server == null) {
            throw app.candor.domain.Refused.because("team.address.needed");
        }
        return server;
    }

    private String serverAddressOrNull() {
        String named = db != null && !db.isBlank() ? db : env.get("CANDOR_DB");
        return TeamService.isServer(named) ? named.strip() : null;
    }

    Map<String, String> env() {
        return env;
    }

    /** The user's home folder, where ~/.pgpass is. */
    Path home() {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Clock clock() {
        return clock;
    }

    /** Opens the services on the chosen database with {@code clock}, reporting notices and a refused rules file. */
    Services open(Clock withClock) {
        String server = serverAddressOrNull();
        Services services = server != null ? opener.openServer(server, withClock)
                : opener.open(databaseFile(), withClock);
        for (String notice : services.notices()) {
            err().println("candor: " + notice);
        }
        if (services.rulesLoad().usingDefaultsBecauseOfProblems()) {
            err().println(services.rulesLoad().summary(services.settings().rulesFile().toString()));
        }
        err().flush();
        return services;
    }

    Services open() {
        return open(clock);
    }

    /** The services on a database file named on the command line (beside the one --db names). */
    Services openFile(Path file) {
        Services services = opener.open(file, clock);
        for (String notice : services.notices()) {
            err().println("candor: " + notice);
        }
        err().flush();
        return services;
    }

    BufferedReader in() {
        return in;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
