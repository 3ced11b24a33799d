package app.candor.app;

import app.candor.cli.CandorCommand;
import app.candor.cli.Cli;
import app.candor.store.DataFolder;
import app.candor.ui.DesktopApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Entry point: wires the objects, then runs a headless subcommand or opens the desktop app. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Path dataFolder = DataFolder.defaultFolder(System.getProperty("os.name"), env,
                Path.of(System.getProperty("user.home")));
        // Before the first logger exists: logback.xml reads this to place the rolling logs.
        System.setProperty("candor.logDir", dataFolder.resolve("logs").toString());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, env, dataFolder, Clock.systemDefaultZone(), out, err));
    }

    /** Runs one command line; the desktop app is only loaded when no subcommand is given. */
    public static int run(String[] args, Map<String, String> env, Path dataFolder, Clock clock, PrintWriter out,
                          PrintWriter err) {
        CandorCommand root = new CandorCommand(
                (db, withClock) -> Wiring.openCore(db, dataFolder, withClock),
                db -> DesktopApp.run(db, dataFolder, (file, withClock) -> Wiring.openCore(file, dataFolder, withClock), clock),
                env, dataFolder, clock);
        return Cli.build(root, out, err).execute(args);
    }
}
