package app.candor.app;

import app.candor.cli.CandorCommand;
import app.candor.cli.Cli;
import app.candor.followup.ServicesOpener;
import app.candor.platform.DataFolder;
import app.candor.platform.PasswordStore;
import app.candor.ui.DesktopApp;
import app.candor.ui.EarlyStart;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point: wires the objects, then runs a headless subcommand or opens the desktop app. One JVM and one
 * argument parser for both; the packaged launcher (src/dist, docs/INSTALL.md) gives that JVM its start-up options.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Candor draws with JavaFX; AWT only encodes PNG images. On Linux it runs headless, so it never opens the
        // display (its X11 toolkit is not in the packaged runtime, src/dist/package.sh; mail links go through
        // xdg-open, ui.common.MailService).
        if (awtHeadless(System.getProperty("os.name", ""), System.getProperty("java.awt.headless"))) {
            System.setProperty("java.awt.headless", "true");
        }
        Map<String, String> env = System.getenv();
        Path dataFolder = DataFolder.defaultFolder(System.getProperty("os.name"), env,
                Path.of(System.getProperty("user.home")));
        // Before the first logger exists: logback.xml reads this to place the rolling logs.
        System.setProperty("candor.logDir", dataFolder.resolve("logs").toString());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, env, dataFolder, Clock.systemDefaultZone(), Locale.getDefault(Locale.Category.FORMAT),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err));
    }

    /** Whether AWT is to run headless: on Linux, unless {@code java.awt.headless} was given ({@code given}). */
    static boolean awtHeadless(String osName, String given) {
        return given == null && osName.startsWith("Linux");
    }

    /** Runs one command line; without a subcommand it opens the desktop app and returns when the window closes. */
    public static int run(String[] args, Map<String, String> env, Path dataFolder, Clock clock, Locale locale,
                          BufferedReader in, PrintWriter out, PrintWriter err) {
        ServicesOpener opener = opener(dataFolder, locale, env);
        CandorCommand root = new CandorCommand(opener, db -> openWindow(db, dataFolder, opener, clock), env, dataFolder,
                clock, in);
        try {
            return Cli.build(root, out, err, args).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("candor: Candor ran out of memory (Java's limit is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB). Nothing half-done was saved: work that fails rolls back. Close other programs, or give"
                    + " Java more with JAVA_TOOL_OPTIONS=-Xmx1g, and try again.");
            err.flush();
            return Cli.FAILED;
        }
    }

    /** Opens the window on {@code database} until it is closed: the toolkit and the database start at once. */
    private static void openWindow(app.candor.followup.Place database, Path dataFolder, ServicesOpener opener,
                                   Clock clock) {
        EarlyStart early = EarlyStart.begin(database, opener, clock);
        // The database thread sets logging up; a logger made here meanwhile (DesktopApp has one) would hold its
        // calls and replay them with a warning on the terminal.
        early.logging().join();
        DesktopApp.run(database, dataFolder, opener, clock, early);
    }

    /** Opens the services; a mailbox password may be kept in the system's password store reached through {@code env}. */
    private static ServicesOpener opener(Path dataFolder, Locale locale, Map<String, String> env) {
        return new ServicesOpener() {
            @Override
            public app.candor.followup.Services open(Path db, Clock withClock) {
                return Wiring.openServices(db, dataFolder, withClock, locale,
                        PasswordStore.forThisSystem(System.getProperty("os.name"), env));
            }

            /** Passwords typed in the window, for this session (the window reopens a server when rules change). */
            private final Map<String, char[]> typed = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public app.candor.followup.Services openServer(String address, Clock withClock) {
                return Wiring.openServerServices(address, typed.get(address), false, env, home(env), dataFolder,
                        withClock, locale, PasswordStore.forThisSystem(System.getProperty("os.name"), env));
            }

            @Override
            public app.candor.followup.Services openServer(String address, char[] password, boolean remember,
                                                           Clock withClock) {
                app.candor.followup.Services services = Wiring.openServerServices(address, password, remember, env,
                        home(env), dataFolder, withClock, locale,
                        PasswordStore.forThisSystem(System.getProperty("os.name"), env));
                if (password != null) {
                    typed.put(address, password.clone());
                }
                return services;
            }

            @Override
            public java.util.Optional<String> passwordStoreName() {
                return PasswordStore.forThisSystem(System.getProperty("os.name"), env).map(PasswordStore::name);
            }
        };
    }

    /** The user's home folder, where ~/.pgpass is. */
    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }
}
