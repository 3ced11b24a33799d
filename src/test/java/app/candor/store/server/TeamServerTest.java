package app.candor.store.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Refused;
import app.candor.domain.TeamMember;
import app.candor.domain.TeamRemoval;
import app.candor.domain.TeamRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A team set up on a real PostgreSQL server, and who sees what, proved with the sellers' own logins. */
class TeamServerTest {

    private ServerAddress db;
    private String ana;
    private String ben;
    private String mia;

    @BeforeEach
    void team() {
        db = TestServer.newDatabase();
        ana = TestServer.login("ana");
        ben = TestServer.login("ben");
        mia = TestServer.login("mia");
        try (TeamServer admin = TeamServer.connect(db, null)) {
            assertThat(admin.init()).isEqualTo("1");
            admin.addUser(ana, TeamRole.REP, "ana-secret".toCharArray());
            admin.addUser(ben, TeamRole.REP, "ben-secret".toCharArray());
            admin.addUser(mia, TeamRole.MANAGER, "mia-secret".toCharArray());
        }
    }

    @Test
    void aRepSeesAndChangesOnlyTheirOwnRowsWhateverClientTheyUse() throws SQLException {
        long anasProspect;
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            anasProspect = prospect(a, "Dana Ortiz");
            deal(a, anasProspect, "Pilot");
            call(a, anasProspect, "Walked through the pilot plan");
        }
        try (Connection b = TestServer.as(db, ben, "ben-secret")) {
            long bensProspect = prospect(b, "Eli Park");
            assertThat(names(b, "SELECT name FROM prospects")).containsExactly("Eli Park");
            assertThat(names(b, "SELECT title FROM deals")).isEmpty();
            assertThat(names(b, "SELECT summary FROM interactions")).isEmpty();
            try (Statement s = b.createStatement()) {
                assertThat(s.executeUpdate("UPDATE prospects SET notes = 'mine now' WHERE id = " + anasProspect))
                        .isZero();
                assertThat(s.executeUpdate("DELETE FROM prospects WHERE id = " + anasProspect)).isZero();
            }
            // Writing a row in a colleague's name, or about a colleague's prospect, is refused by the server.
            assertThatThrownBy(() -> {
                try (Statement s = b.createStatement()) {
                    s.executeUpdate("INSERT INTO prospects (owner, name, created_at) VALUES ('" + ana + "', 'X', 0)");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> call(b, anasProspect, "a note on someone else's prospect"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("not in your pipeline");
            assertThatThrownBy(() -> {
                try (Statement s = b.createStatement()) {
                    s.executeUpdate("UPDATE prospects SET owner = '" + ana + "' WHERE id = " + bensProspect);
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            assertThat(names(a, "SELECT name || ' ' || notes FROM prospects")).containsExactly("Dana Ortiz ");
            assertThat(names(a, "SELECT summary FROM interactions")).containsExactly("Walked through the pilot plan");
        }
        // And with PostgreSQL's own client, as a seller who knows SQL would try it.
        assertThat(psql(ben, "ben-secret", "SELECT name FROM prospects ORDER BY name")).isEqualTo("Eli Park\n");
        assertThat(psql(ana, "ana-secret", "SELECT count(*) FROM prospects")).isEqualTo("1\n");
        assertThat(psql(mia, "mia-secret", "SELECT count(*) FROM prospects")).isEqualTo("2\n");
    }

    /** What psql prints for {@code sql} run as {@code login}; psql comes with PostgreSQL (.ci/run installs it). */
    private String psql(String login, String password, String sql) {
        try {
            ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-At", "-h", "localhost", "-p",
                    String.valueOf(db.port()), "-U", login, "-d", db.database(), "-c", sql).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", password);
            Process p;
            try {
                p = pb.start();
            } catch (java.io.IOException e) {
                if ("1".equals(System.getenv("CANDOR_CI"))) {
                    throw new IllegalStateException("psql is missing: .ci/run installs it (postgresql-client)", e);
                }
                org.junit.jupiter.api.Assumptions.abort("psql is not installed here");
                throw e;
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aManagerSeesEveryonesPipelineAndReassignsAProspectWithEverythingAboutIt() throws SQLException {
        long dana;
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            dana = prospect(a, "Dana Ortiz");
            deal(a, dana, "Pilot");
            call(a, dana, "Agreed to talk again on the 12th");
        }
        try (Connection b = TestServer.as(db, ben, "ben-secret")) {
            prospect(b, "Eli Park");
        }
        try (Connection m = TestServer.as(db, mia, "mia-secret")) {
            assertThat(names(m, "SELECT name FROM prospects ORDER BY name")).containsExactly("Dana Ortiz", "Eli Park");
            // A call the manager logs on Ana's prospect is Ana's row.
            call(m, dana, "Manager's note: check the budget");
            assertThat(names(m, "SELECT DISTINCT owner FROM interactions")).containsExactly(ana);
            try (Statement s = m.createStatement()) {
                assertThat(s.executeUpdate("UPDATE prospects SET owner = '" + ben + "' WHERE id = " + dana)).isOne();
            }
            // Her own settings are hers alone, even for a manager.
            try (Statement s = m.createStatement()) {
                s.executeUpdate("INSERT INTO settings (key, value) VALUES ('theme', 'dark')");
            }
        }
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            assertThat(names(a, "SELECT name FROM prospects")).isEmpty();
            assertThat(names(a, "SELECT title FROM deals")).isEmpty();
            assertThat(names(a, "SELECT value FROM settings")).isEmpty();
        }
        try (Connection b = TestServer.as(db, ben, "ben-secret")) {
            assertThat(names(b, "SELECT name FROM prospects ORDER BY name")).containsExactly("Dana Ortiz", "Eli Park");
            assertThat(names(b, "SELECT title FROM deals")).containsExactly("Pilot");
            assertThat(names(b, "SELECT summary FROM interactions ORDER BY id"))
                    .containsExactly("Agreed to talk again on the 12th", "Manager's note: check the budget");
        }
    }

    @Test
    void everyUpdateOfAProspectOrDealIsANewVersion() throws SQLException {
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            long p = prospect(a, "Dana Ortiz");
            long d = deal(a, p, "Pilot");
            try (Statement s = a.createStatement()) {
                s.executeUpdate("UPDATE prospects SET notes = 'one' WHERE id = " + p);
                s.executeUpdate("UPDATE prospects SET notes = 'two' WHERE id = " + p);
                s.executeUpdate("UPDATE deals SET next_step = 'send the plan' WHERE id = " + d);
            }
            assertThat(names(a, "SELECT version::text FROM prospects")).containsExactly("2");
            assertThat(names(a, "SELECT version::text FROM deals")).containsExactly("1");
        }
    }

    @Test
    void theTeamIsListedWithRolesAndWhatEachOwns() throws SQLException {
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            prospect(a, "Dana Ortiz");
            prospect(a, "Fay Lin");
        }
        try (TeamServer admin = TeamServer.connect(db, null)) {
            assertThat(admin.members()).containsExactlyInAnyOrder(new TeamMember(ana, TeamRole.REP, 2),
                    new TeamMember(ben, TeamRole.REP, 0), new TeamMember(mia, TeamRole.MANAGER, 0));
            // Promoting a rep keeps their login and password.
            admin.addUser(ben, TeamRole.MANAGER, null);
            assertThat(admin.members()).contains(new TeamMember(ben, TeamRole.MANAGER, 0));
        }
        try (Connection b = TestServer.as(db, ben, "ben-secret")) {
            assertThat(names(b, "SELECT name FROM prospects ORDER BY name")).containsExactly("Dana Ortiz", "Fay Lin");
        }
    }

    @Test
    void aSellerWhoLeavesHandsTheirProspectsOverAndCanNoLongerConnect() throws SQLException {
        try (Connection a = TestServer.as(db, ana, "ana-secret")) {
            long p = prospect(a, "Dana Ortiz");
            call(a, p, "First call");
        }
        try (TeamServer admin = TeamServer.connect(db, null)) {
            assertThatThrownBy(() -> admin.remove(ana, null)).isInstanceOf(Refused.class)
                    .hasMessageContaining("still owns 1 prospects").hasMessageContaining("--to");
            assertThatThrownBy(() -> admin.remove(ana, "nobody_here")).isInstanceOf(Refused.class)
                    .hasMessageContaining("nobody_here");
            TeamRemoval removal = admin.remove(ana, ben);
            assertThat(removal.prospectsHandedOver()).isOne();
            assertThat(removal.loginDropped()).isTrue();
            assertThat(admin.members()).extracting(TeamMember::login).containsExactlyInAnyOrder(ben, mia);
        }
        assertThatThrownBy(() -> TestServer.as(db, ana, "ana-secret").close()).isInstanceOf(SQLException.class);
        try (Connection b = TestServer.as(db, ben, "ben-secret")) {
            assertThat(names(b, "SELECT summary FROM interactions")).containsExactly("First call");
        }
    }

    @Test
    void onlyTheAdministratorSetsTheTeamUpAndTheRefusalsAreInPlainWords() {
        ServerAddress asAna = db.as(ana);
        try (TeamServer rep = TeamServer.connect(asAna, "ana-secret")) {
            assertThatThrownBy(rep::init).isInstanceOf(Refused.class).hasMessageContaining("team init needs");
            assertThatThrownBy(() -> rep.addUser(TestServer.login("eve"), TeamRole.MANAGER, "x".toCharArray()))
                    .isInstanceOf(Refused.class).hasMessageContaining(ana + " may not do that");
        }
        assertThatThrownBy(() -> TeamServer.connect(asAna, "Tr0ub4dor&3"))
                .isInstanceOf(Refused.class).hasMessageContaining("refused the login " + ana)
                .hasMessageNotContaining("Tr0ub4dor");
        assertThatThrownBy(() -> TeamServer.connect(asAna, null))
                .isInstanceOf(Refused.class).hasMessageContaining("asks for " + ana + "'s password");
        assertThatThrownBy(() -> TeamServer.connect(new ServerAddress("localhost", 1, "x", ana, "disable"), "p"))
                .isInstanceOf(Refused.class).hasMessageContaining("cannot be reached");
        assertThatThrownBy(() -> TeamServer.connect(db.as("postgres").withDatabase("no_such_team"), null))
                .isInstanceOf(Refused.class).hasMessageContaining("There is no database no_such_team");
        try (TeamServer admin = TeamServer.connect(db, null)) {
            assertThatThrownBy(() -> admin.addUser("pg_admin", TeamRole.REP, null)).isInstanceOf(Refused.class)
                    .hasMessageContaining("cannot be a login");
            assertThatThrownBy(() -> admin.addUser("x\"; DROP TABLE prospects; --", TeamRole.REP, null))
                    .isInstanceOf(Refused.class);
            assertThat(admin.init()).as("init again changes nothing").isEqualTo("1");
        }
    }

    @Test
    void aSchemaWhoseMigrationChangedSinceItWasAppliedIsRefusedInPlainWordsAndLeftAsItIs() throws SQLException {
        try (Connection c = TestServer.superuser(db.database()); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE candor_schema_history SET checksum = 12345 WHERE version = '1'");
        }
        try (TeamServer admin = TeamServer.connect(db, null)) {
            assertThatThrownBy(admin::init).isInstanceOf(Refused.class)
                    .hasMessageContaining("migrations that differ from this Candor's")
                    .hasMessageContaining("version 1")
                    .hasMessageContaining("Nothing was changed")
                    .hasMessageNotContaining("http").hasMessageNotContaining("repair");
        }
        try (Connection c = TestServer.superuser(db.database()); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT checksum FROM candor_schema_history WHERE version = '1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(12345);
        }
    }

    @Test
    void aDatabaseNotYetSetUpSaysSo() {
        ServerAddress bare = TestServer.newDatabase();
        try (TeamServer admin = TeamServer.connect(bare, null)) {
            assertThatThrownBy(admin::members).isInstanceOf(Refused.class)
                    .hasMessageContaining("not set up as a team yet");
        }
    }

    private static long prospect(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO prospects (name, created_at) VALUES (?, 0) RETURNING id")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long deal(Connection c, long prospect, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO deals (prospect_id, title, currency, stage,"
                + " opened_on, whose_move) VALUES (?, ?, 'EUR', 'proposal', '2026-11-02', 'ours') RETURNING id")) {
            ps.setLong(1, prospect);
            ps.setString(2, title);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void call(Connection c, long prospect, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions (prospect_id, kind, direction,"
                + " occurred_at, summary) VALUES (?, 'call', 'two-way', 0, ?)")) {
            ps.setLong(1, prospect);
            ps.setString(2, summary);
            ps.executeUpdate();
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
