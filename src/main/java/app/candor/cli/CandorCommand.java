package app.candor.cli;

import app.candor.followup.Services;
import app.candor.followup.ServicesOpener;
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

    @Option(names = "--db", paramLabel = "FILE", description = "The database file to use (created when missing).")
    String db;

    @Spec
    CommandSpec spec;

    private final ServicesOpener opener;
    private final Consumer<Path> gui;
    private final Map<String, String> env;
    private final Path dataFolder;
    private final Clock clock;
    private final BufferedReader in;

    public CandorCommand(ServicesOpener opener, Consumer<Path> gui, Map<String, String> env, Path dataFolder, Clock clock,
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
        gui.accept(databaseFile());
        return 0;
    }

    /** The database this run uses. */
    public Path databaseFile() {
        return DataFolder.database(db, env, dataFolder);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Clock clock() {
        return clock;
    }

    /** Opens the services on the chosen database with {@code clock}, reporting notices and a refused rules file. */
    Services open(Clock withClock) {
        Services services = opener.open(databaseFile(), withClock);
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
