package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Wiring;
import app.candor.domain.Refused;
import app.candor.domain.TeamRole;
import app.candor.platform.Keyring;
import app.candor.platform.PasswordStore;
import app.candor.store.TestClock;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team server's password typed once in the window, kept in the system's password store (a real GNOME Keyring). */
class TeamPasswordTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    @Test
    void aRememberedPasswordOpensTheServerNextTimeAndIsForgottenWhenTheServerNoLongerTakesIt() throws Exception {
        ServerAddress admin = TestServer.newDatabase();
        String ana = TestServer.login("ana");
        try (TeamServer team = TeamServer.connect(admin, null)) {
            team.init();
            team.addUser(ana, TeamRole.REP, "first-pass".toCharArray());
        }
        String address = admin.as(ana).toString();
        try (Keyring keyring = Keyring.start(Files.createDirectories(dir.resolve("keyring")))) {
            Optional<PasswordStore> store = PasswordStore.forThisSystem("Linux", keyring.env());
            assertThat(store).isPresent();
            Path home = Files.createDirectories(dir.resolve("home"));
            // Typed once, remembered.
            Wiring.openServerServices(address, "first-pass".toCharArray(), true, keyring.env(), home, dir, clock,
                    Locale.UK, store).close();
            assertThat(store.get().find("team " + admin.as(ana))).map(String::new).contains("first-pass");
            // Next time, nothing typed and no PGPASSWORD: the kept password opens it.
            try (Services again = Wiring.openServerServices(address, null, false, keyring.env(), home, dir, clock,
                    Locale.UK, store)) {
                assertThat(again.where()).isEqualTo(address);
            }
            // The administrator changes the password: the kept one is refused, and forgotten.
            try (TeamServer team = TeamServer.connect(admin, null)) {
                team.addUser(ana, TeamRole.REP, "second-pass".toCharArray());
            }
            assertThatThrownBy(() -> Wiring.openServerServices(address, null, false, keyring.env(), home, dir, clock,
                    Locale.UK, store)).isInstanceOf(Refused.class).hasMessageContaining("refused the login");
            assertThat(store.get().find("team " + admin.as(ana))).isEmpty();
        }
    }
}
