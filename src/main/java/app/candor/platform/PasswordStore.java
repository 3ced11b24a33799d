package app.candor.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the operating system keeps a user's passwords: the Secret Service (GNOME Keyring, KWallet) on Linux, the
 * Keychain on macOS, the Credential Locker on Windows. Candor keeps the password of a mailbox there, never in its
 * database, its settings or its logs. Each is reached through the tool the system ships for it, with the password on
 * the tool's standard input or output, never on a command line.
 */
public interface PasswordStore {

    /** The service name every entry is filed under. */
    String SERVICE = "Candor";

    /** The store's name as the person knows it, for "Remember in …". */
    String name();

    /** The password kept under {@code key}, or empty when none is (or the store cannot be reached now). */
    Optional<char[]> find(String key);

    /** Keeps {@code password} under {@code key} (replacing one kept before); {@code label} is what the store shows. */
    void save(String key, String label, char[] password) throws PasswordStoreException;

    /** Forgets what is kept under {@code key}; nothing when nothing is. */
    void forget(String key);

    /**
     * The store of this system, reached with the environment {@code env}; empty when it has none Candor can use
     * (a Linux session without a Secret Service bus or without {@code secret-tool}).
     */
    static Optional<PasswordStore> forThisSystem(String osName, Map<String, String> env) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Tools.find("powershell.exe", env).map(tool -> new WindowsLocker(tool, env));
        }
        if (os.startsWith("mac")) {
            return Tools.find("security", env).map(tool -> new MacKeychain(tool, env));
        }
        if (!hasSessionBus(env)) {
            return Optional.empty();
        }
        return Tools.find("secret-tool", env).map(tool -> new SecretService(tool, env));
    }

    /** A D-Bus session bus to reach the Secret Service on: named in the environment or at its usual place. */
    private static boolean hasSessionBus(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return true;
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }

    /** The store could not keep a password; the message says why in words. */
    final class PasswordStoreException extends Exception {
        private static final long serialVersionUID = 1L;

        public PasswordStoreException(String message) {
            super(message);
        }

        public PasswordStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
