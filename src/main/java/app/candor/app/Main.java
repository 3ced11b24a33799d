package app.candor.app;

import app.candor.cli.CandorCommand;
import app.candor.cli.Cli;
import app.candor.followup.ServicesOpener;
import app.candor.platform.PasswordStore;
import app.candor.platform.DataFolder;
import app.candor.ui.DesktopApp;
import app.candor.ui.EarlyStart;
import app.candor.ui.QuickCompiler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
        Optional<Optional<String>> window = GuiArguments.databaseOption(args);
        if (window.isPresent()) {
            Path database = DataFolder.database(window.get().orElse(null), env, dataFolder);
            System.exit(openWindow(args, database, dataFolder, env, clock, locale, err));
        }
        System.exit(run(args, env, dataFolder, clock, locale,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err));
    }

    /**
     * Opens the window on {@code database} until it is closed; the command line holds nothing else, so it is not
     * parsed again (docs/PERFORMANCE.md).
     */
    private static int openWindow(String[] args, Path database, Path dataFolder, Map<String, String> env, Clock clock,
                                  Locale locale, PrintWriter err) {
        boolean windowJvm = Boolean.getBoolean(WindowJvm.MARK);
        if (!windowJvm && !Boolean.getBoolean(WindowJvm.SAME_JVM)) {
            // The window gets a JVM of its own, started with options chosen for it; this one waits for it.
            OptionalInt status = openInWindowJvm(args, dataFolder, err);
            if (status.isPresent()) {
                return status.getAsInt();
            }
        }
        if (!windowJvm) {
            // In the window's own JVM its options chose the compiler.
            QuickCompiler.useForTheWindow();
        }
        // The toolkit and the database start before anything else, each on its own thread.
        ServicesOpener opener = opener(dataFolder, locale, env);
        EarlyStart early = EarlyStart.begin(database, opener, clock);
        try {
            // The database thread sets logging up; a logger made here meanwhile (DesktopApp has one) would hold its
            // calls and replay them with a warning on the terminal.
            early.logging().join();
            DesktopApp.run(database, dataFolder, opener, clock, early);
            return 0;
        } catch (RuntimeException e) {
            err.println("candor: " + Cli.message(e));
            err.flush();
            return Cli.FAILED;
        }
    }

    /** Runs one command line; the desktop app is only loaded when no subcommand is given. */
    public static int run(String[] args, Map<String, String> env, Path dataFolder, Clock clock, Locale locale,
                          BufferedReader in, PrintWriter out, PrintWriter err) {
        ServicesOpener opener = opener(dataFolder, locale, env);
        CandorCommand root = new CandorCommand(opener, db -> DesktopApp.run(db, dataFolder, opener, clock, null),
                env, dataFolder, clock, in);
        try {
            return Cli.build(root, out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("candor: Candor ran out of memory (Java's limit is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB). Nothing half-done was saved: work that fails rolls back. Close other programs, or give"
                    + " Java more with JAVA_TOOL_OPTIONS=-Xmx1g, and try again.");
            err.flush();
            return Cli.FAILED;
        }
    }

    /** The window's JVM's exit status, or empty when the window is to open in this JVM. */
    private static OptionalInt openInWindowJvm(String[] args, Path dataFolder, PrintWriter err) {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        String javaHome = System.getProperty("java.home");
        Optional<WindowJvm.Plan> plan = WindowJvm.plan(Path.of(javaHome), runtime.getInputArguments(),
                System.getProperty("java.class.path"), List.of(args), dataFolder.resolve(WindowJvm.CACHE_FOLDER),
                System.getProperty("java.vm.version") + "|" + javaHome, runtime.getStartTime());
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(WindowJvm.run(plan.get()));
        } catch (IOException e) {
            err.println("candor: opening the window in this JVM: " + e.getMessage());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Cli.FAILED);
        }
    }

    /** Opens the services; a mailbox password may be kept in the system's password store reached through {@code env}. */
    private static ServicesOpener opener(Path dataFolder, Locale locale, Map<String, String> env) {
        return (db, withClock) -> Wiring.openServices(db, dataFolder, withClock, locale,
                PasswordStore.forThisSystem(System.getProperty("os.name"), env));
    }
}
