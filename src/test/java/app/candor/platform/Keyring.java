package app.candor.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Secret Service for tests: a private D-Bus session bus and GNOME Keyring's daemon on it, unlocked, in a
 * scratch home, so tests never touch the developer's own keyring. Needs {@code dbus-daemon},
 * {@code gnome-keyring-daemon} and {@code secret-tool} (Debian: dbus-daemon, gnome-keyring, libsecret-tools), which
 * {@code .ci/run} installs; where they are missing the tests that need it are skipped, except under
 * {@code CANDOR_CI=1}, where a missing tool fails them.
 */
public final class Keyring implements AutoCloseable {

    private final Process bus;
    private final Process daemon;
    private final Map<String, String> env;

    private Keyring(Process bus, Process daemon, Map<String, String> env) {
        this.bus = bus;
        this.daemon = daemon;
        this.env = env;
    }

    /** The environment a process needs to reach this keyring (PATH, HOME and the bus). */
    public Map<String, String> env() {
        return env;
    }

    /** Starts a keyring in {@code dir}, or skips the calling test when this machine lacks the tools. */
    public static Keyring start(Path dir) throws IOException, InterruptedException {
        Map<String, String> base = new HashMap<>();
        base.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        for (String tool : List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool")) {
            boolean present = Tools.find(tool, base).isPresent();
            if (!present && "1".equals(System.getenv("CANDOR_CI"))) {
                throw new IllegalStateException(tool + " is missing: .ci/run installs it (apt-get install dbus-daemon"
                        + " gnome-keyring libsecret-tools)");
            }
            Assumptions.assumeTrue(present, tool + " is not installed here");
        }
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path socket = run.resolve("bus");
        Path config = Files.writeString(dir.resolve("bus.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
                  <allow own="*"/></policy>
                </busconfig>
                """.formatted(socket));
        Map<String, String> env = new HashMap<>(base);
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", run.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket);
        ProcessBuilder busBuilder = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork")
                .redirectErrorStream(true).redirectOutput(dir.resolve("bus.log").toFile());
        busBuilder.environment().clear();
        busBuilder.environment().putAll(env);
        Process bus = busBuilder.start();
        waitFor(() -> Files.exists(socket), "the D-Bus socket");
        ProcessBuilder daemonBuilder = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock",
                "--components=secrets").redirectErrorStream(true).redirectOutput(dir.resolve("keyring.log").toFile());
        daemonBuilder.environment().clear();
        daemonBuilder.environment().putAll(env);
        Process daemon;
        try {
            daemon = daemonBuilder.start();
            try (OutputStream in = daemon.getOutputStream()) {
                in.write("test keyring".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            bus.destroyForcibly();
            throw e;
        }
        Keyring keyring = new Keyring(bus, daemon, Map.copyOf(env));
        // Ready when the Secret Service answers a lookup (not found: exit 1 with nothing said).
        waitFor(() -> {
            try {
                Tools.Result r = Tools.run(List.of("secret-tool", "lookup", "service", "candor-probe"), env, null);
                return r.exit() == 1 && r.err().isEmpty() || r.ok();
            } catch (IOException e) {
                return false;
            }
        }, "the Secret Service");
        return keyring;
    }

    private static void waitFor(java.util.function.BooleanSupplier ready, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException(what + " did not start within 20 s");
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        bus.destroy();
        if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
            daemon.destroyForcibly();
        }
        if (!bus.waitFor(5, TimeUnit.SECONDS)) {
            bus.destroyForcibly();
        }
    }
}
