package app.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox password kept in a real Secret Service (GNOME Keyring on a private bus), and the store chosen per system. */
class PasswordStoreTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordIsKeptFoundReplacedAndForgotten() throws Exception {
        try (Keyring keyring = Keyring.start(dir)) {
            PasswordStore store = PasswordStore.forThisSystem("Linux", keyring.env()).orElseThrow();
            String key = "imap://sam@imap.example.com:993";
            assertThat(store.find(key)).isEmpty();

            char[] password = "pässwörd with spaces, \"quotes\" and \\ backslash".toCharArray();
            store.save(key, "Candor: mail for sam at imap.example.com", password);
            assertThat(store.find(key)).hasValueSatisfying(found -> assertThat(found).isEqualTo(password));
            assertThat(store.find("imap://someone-else@imap.example.com:993")).isEmpty();

            store.save(key, "Candor: mail for sam at imap.example.com", "new one".toCharArray());
            assertThat(store.find(key)).hasValueSatisfying(found -> assertThat(new String(found)).isEqualTo("new one"));

            store.forget(key);
            assertThat(store.find(key)).isEmpty();
            store.forget(key); // nothing kept: nothing happens
        }
    }

    @Test
    void linuxNeedsASessionBusAndSecretTool() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = Files.writeString(bin.resolve("secret-tool"), "#!/bin/sh\nexit 1\n");
        tool.toFile().setExecutable(true);
        Map<String, String> env = new HashMap<>(Map.of("PATH", bin.toString()));
        assertThat(PasswordStore.forThisSystem("Linux", env)).as("no bus").isEmpty();

        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("bus"));
        Optional<PasswordStore> store = PasswordStore.forThisSystem("Linux", env);
        assertThat(store).get().isInstanceOf(SecretService.class);
        assertThat(store.get().name()).isEqualTo("the system keyring");

        env.put("PATH", dir.resolve("empty").toString());
        assertThat(PasswordStore.forThisSystem("Linux", env)).as("no secret-tool").isEmpty();

        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("bus"), "");
        assertThat(PasswordStore.forThisSystem("Linux", Map.of("PATH", bin.toString(), "XDG_RUNTIME_DIR", run.toString())))
                .as("the bus at its usual place").get().isInstanceOf(SecretService.class);
    }

    @Test
    void macOsAndWindowsUseTheirOwnTools() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : new String[] {"security", "powershell.exe"}) {
            Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 1\n").toFile().setExecutable(true);
        }
        Map<String, String> env = Map.of("PATH", bin.toString());
        assertThat(PasswordStore.forThisSystem("Mac OS X", env)).get().isInstanceOf(MacKeychain.class);
        assertThat(PasswordStore.forThisSystem("Windows 11", env)).get().isInstanceOf(WindowsLocker.class);
        assertThat(PasswordStore.forThisSystem("Windows 11", Map.of("PATH", dir.toString()))).isEmpty();
    }

    @Test
    void theKeychainReaderGetsEveryWordQuoted() {
        assertThat(MacKeychain.quoted("Candor: mail for \"sam\" at a\\b")).isEqualTo("\"Candor: mail for \\\"sam\\\" at a\\\\b\"");
    }

    @Test
    void aStoreThatCannotBeReachedFindsNothingAndSaysWhyWhenSaving() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("secret-tool"), "#!/bin/sh\necho 'Cannot autolaunch D-Bus without X11' >&2\nexit 1\n")
                .toFile().setExecutable(true);
        PasswordStore store = PasswordStore.forThisSystem("Linux",
                Map.of("PATH", bin.toString(), "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")).orElseThrow();
        assertThat(store.find("imap://sam@h:993")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save("imap://sam@h:993", "x", "pw".toCharArray()))
                .isInstanceOf(PasswordStore.PasswordStoreException.class).hasMessageContaining("Cannot autolaunch D-Bus");
    }
}
