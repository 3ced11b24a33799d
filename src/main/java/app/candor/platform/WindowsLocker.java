package app.candor.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Windows Credential Locker (what Credential Manager shows under "Web credentials"), through Windows PowerShell
 * and the system's PasswordVault: resource {@code Candor}, user name {@code KEY}. The key travels in an environment
 * variable and the password on standard input/output, so neither is parsed as script text. Not run on the Linux
 * machines Candor is tested on (docs/MAIL.md says so).
 */
final class WindowsLocker implements PasswordStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowsLocker.class);
    private static final String VAULT = "[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,"
            + "ContentType=WindowsRuntime]; $v = New-Object Windows.Security.Credentials.PasswordVault; ";
    private final Path tool;
    private final Map<String, String> env;

    WindowsLocker(Path tool, Map<String, String> env) {
        this.tool = tool;
        this.env = Map.copyOf(env);
    }

    @Override
    public String name() {
        return app.candor.text.Catalogue.personal().text("passwords.locker");
    }

    private Tools.Result run(String script, String key, byte[] input) throws IOException {
        Map<String, String> withKey = new HashMap<>(env);
        withKey.put("CANDOR_KEY", key);
        return Tools.run(List.of(tool.toString(), "-NoProfile", "-NonInteractive", "-Command",
                "$ErrorActionPreference = 'Stop'; [Console]::OutputEncoding = [Text.Encoding]::UTF8; "
                        + "[Console]::InputEncoding = [Text.Encoding]::UTF8; " + VAULT + script), withKey, input);
    }

    @Override
    public Optional<char[]> find(String key) {
        try {
            Tools.Result r = run("try { $c = $v.Retrieve('" + SERVICE + "', $env:CANDOR_KEY) } catch { exit 3 }; "
                    + "$c.RetrievePassword(); [Console]::Out.Write($c.Password)", key, null);
            return r.ok() && r.out().length > 0 ? Optional.of(Tools.chars(r.out(), r.out().length)) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Windows Credential Manager could not be read", e);
            return Optional.empty();
        }
    }

    @Override
    public void save(String key, String label, char[] password) throws PasswordStoreException {
        Tools.save("PowerShell", password, secret -> run("$p = [Console]::In.ReadToEnd(); $v.Add((New-Object "
                + "Windows.Security.Credentials.PasswordCredential('" + SERVICE + "', $env:CANDOR_KEY, $p))", key, secret));
    }

    @Override
    public void forget(String key) {
        try {
            run("try { $v.Remove($v.Retrieve('" + SERVICE + "', $env:CANDOR_KEY)) } catch { }", key, null);
        } catch (IOException e) {
            LOG.warn("Windows Credential Manager could not forget a password", e);
        }
    }
}
