package app.candor.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Secret Service of a Linux desktop (GNOME Keyring, KWallet, KeePassXC), through libsecret's {@code secret-tool}:
 * entries carry the attributes {@code service=Candor} and {@code account=KEY}; the password goes in on standard
 * input and comes back on standard output.
 */
final class SecretService implements PasswordStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecretService.class);
    private final Path tool;
    private final Map<String, String> env;

    SecretService(Path tool, Map<String, String> env) {
        this.tool = tool;
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return app.candor.text.Catalogue.personal().text("passwords.keyring");
    }

    private List<String> command(String verb, String key, String... before) {
        List<String> out = new java.util.ArrayList<>(List.of(tool.toString(), verb));
        out.addAll(List.of(before));
        out.addAll(List.of("service", SERVICE, "account", key));
        return out;
    }

    @Override
    public Optional<char[]> find(String key) {
        try {
            Tools.Result r = Tools.run(command("lookup", key), env, null);
            if (!r.ok() || r.out().length == 0) {
                if (!r.err().isEmpty()) {
                    LOG.warn("The system keyring could not be read: {}", r.err());
                }
                return Optional.empty();
            }
            return Optional.of(Tools.chars(r.out(), r.out().length));
        } catch (IOException e) {
            LOG.warn("The system keyring could not be read", e);
            return Optional.empty();
        }
    }

    @Override
    public void save(String key, String label, char[] password) throws PasswordStoreException {
        Tools.save("secret-tool", password, secret -> Tools.run(command("store", key, "--label=" + label), env, secret));
    }

    @Override
    public void forget(String key) {
        try {
            Tools.Result r = Tools.run(command("clear", key), env, null);
            if (!r.ok() && !r.err().isEmpty()) {
                LOG.warn("The system keyring could not forget a password: {}", r.err());
            }
        } catch (IOException e) {
            LOG.warn("The system keyring could not forget a password", e);
        }
    }
}
