package app.candor.app;

import app.candor.cli.CandorCommand;
import app.candor.cli.Cli;
import app.candor.followup.CoreOpener;
import app.candor.store.DataFolder;
import app.candor.ui.DesktopApp;
import app.candor.ui.EarlyStart;
import app.candor.ui.QuickCompiler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
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
        Clock clock = Clock.systemDefaultZone();
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        // Opening the window: choose the compiler, start the toolkit and the database before anything else
        // (docs/PERFORMANCE.md).
        if (GuiArguments.databaseOption(args).isPresent()) {
            QuickCompiler.useForTheWindow();
        }
        EarlyStart early = GuiArguments.databaseOption(args)
                .map(db -> EarlyStart.begin(DataFolder.database(db.orElse(null), env, dataFolder),
                        opener(dataFolder, locale), clock))
                .orElse(null);
        System.exit(run(args, env, dataFolder, clock, locale,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err, early));
    }

    /** Runs one command line; the desktop app is only loaded when no subcommand is given. */
    public static int run(String[] args, Map<String, String> env, Path dataFolder, Clock clock, Locale locale,
                          BufferedReader in, PrintWriter out, PrintWriter err) {
        return run(args, env, dataFolder, clock, locale, in, out, err, null);
    }

    private static int run(String[] args, Map<String, String> env, Path dataFolder, Clock clock, Locale locale,
                           BufferedReader in, PrintWriter out, PrintWriter err, EarlyStart early) {
        CoreOpener opener = opener(dataFolder, locale);
        CandorCommand root = new CandorCommand(opener, db -> DesktopApp.run(db, dataFolder, opener, clock, early),
                env, dataFolder, clock, in);
        return Cli.build(root, out, err).execute(args);
    }

    private static CoreOpener opener(Path dataFolder, Locale locale) {
        return (db, withClock) -> Wiring.openCore(db, dataFolder, withClock, locale);
    }
}
