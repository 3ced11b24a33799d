package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.TeamRole;
import app.candor.store.TestClock;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's server goes away in the middle of a session and comes back: the seller loses nothing. */
class ServerAwayTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    @Test
    void aCallLoggedWhileTheServerIsAwayIsRefusedWholeAndGoesThroughOnceItIsBack() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgres server = TestServer.startOwn(data, 0);
        int port = server.getPort();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE team");
        }
        ServerAddress admin = new ServerAddress("localhost", port, "team", "postgres", "disable");
        try (TeamServer team = TeamServer.connect(admin, null)) {
            team.init();
            team.addUser("away_rep", TeamRole.REP, "pw".toCharArray());
        }
        Services seller = Wiring.openServerServices(admin.as("away_rep").toString(), Map.of("PGPASSWORD", "pw"),
                dir, dir, clock, Locale.UK, Optional.empty());
        try {
            Prospect dana = seller.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com",
                    "", "", clock.instant()));
            Interaction call = Interaction.log(dana.id(), null, InteractionKind.CALL, Direction.TWO_WAY,
                    clock.instant(), "Talked about the pilot", null);

            server.close();
            assertThatThrownBy(() -> seller.followUps().log(call, seller.followUps().today()))
                    .isInstanceOf(Refused.class).hasMessageContaining("cannot be reached")
                    .hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> seller.prospects().count()).isInstanceOf(Refused.class)
                    .hasMessageContaining("cannot be reached");

            server = TestServer.startOwn(data, port);
            seller.followUps().log(call, seller.followUps().today());
            assertThat(seller.prospects().timeline(dana.id(), 0, 10)).extracting(Interaction::summary)
                    .containsExactly("Talked about the pilot");
            assertThat(seller.followUps().queue(seller.followUps().today()).entries()).isNotNull();
        } finally {
            seller.close();
            server.close();
        }
    }
}
