package app.candor.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The macOS Keychain, through the system's {@code security} tool: generic passwords with service {@code Candor} and
 * account {@code KEY}. Saving goes through {@code security -i}, which reads its command from standard input, so the
 * password is never an argument other processes could list. Not run on the Linux machines Candor is tested on
 * (docs/MAIL.md says so).
 */
final class MacKeychain implements PasswordStore {

    private static final Logger LOG = LoggerFactory.getLogger(MacKeychain.class);
    private final Path tool;
    private final Map<String, String> env;

    MacKeychain(Path tool, Map<String, String> env) {
        this.tool = tool;
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return app.candor.text.Catalogue.personal().text("passwords.keychain");
    }

    @Override
    public Optional<char[]> find(String key) {
        try {
            Tools.Result r = Tools.run(List.of(tool.toString(), "find-generic-password", "-s", SERVICE, "-a", key, "-w"),
                    env, null);
            int length = r.out().length;
            while (length > 0 && (r.out()[length - 1] == '\n' || r.out()[length - 1] == '\r')) {
                length--;
            }
            return r.ok() && length > 0 ? Optional.of(Tools.chars(r.out(), length)) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("The Keychain could not be read", e);
            return Optional.empty();
        }
    }

    @Override
    public void save(String key, String label, char[] password) throws PasswordStoreException {
        byte[] secret = Tools.utf8(password);
        byte[] line = null;
        try {
            String head = "add-generic-password -U -s " + quoted(SERVICE) + " -a " + quoted(key) + " -l " + quoted(label)
                    + " -w ";
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            line = new byte[start.length + secret.length * 2 + 3];
            int n = 0;
            for (byte b : start) {
                line[n++] = b;
            }
            line[n++] = '"';
            for (byte b : secret) {
                if (b == '"' || b == '\\') {
                    line[n++] = '\\';
                }
                line[n++] = b;
            }
            line[n++] = '"';
            line[n++] = '\n';
            Tools.Result r = Tools.run(List.of(tool.toString(), "-i"), env, java.util.Arrays.copyOf(line, n));
            if (!r.ok() || !r.err().isEmpty()) {
                throw new PasswordStoreException(r.err().isEmpty() ? "security ended with " + r.exit() : r.err());
            }
        } catch (IOException e) {
            throw new PasswordStoreException(e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
            if (line != null) {
                java.util.Arrays.fill(line, (byte) 0);
            }
        }
    }

    /** A word for {@code security -i}'s reader: in double quotes, with quotes and backslashes escaped. */
    static String quoted(String word) {
        return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public void forget(String key) {
        try {
            Tools.run(List.of(tool.toString(), "delete-generic-password", "-s", SERVICE, "-a", key), env, null);
        } catch (IOException e) {
            LOG.warn("The Keychain could not forget a password", e);
        }
    }
}
