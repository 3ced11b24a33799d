package app.candor.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Deal;
import app.candor.domain.Prospect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema version ever released has a fixture database (demo data written by that version) under
 * {@code src/test/resources/fixtures/schema-vN.db}; each must open, migrate to the latest version and keep its data.
 */
class MigrationFixturesTest {

    @TempDir
    Path dir;

    static List<Integer> versions() {
        return IntStream.rangeClosed(1, Migrator.latestVersion()).boxed().toList();
    }

    @Test
    void thereIsAFixtureForEverySchemaVersion() {
        for (int version : versions()) {
            assertThat(MigrationFixturesTest.class.getResource("/fixtures/schema-v" + version + ".db"))
                    .as("fixture for schema version " + version).isNotNull();
        }
    }

    @ParameterizedTest(name = "schema v{0}")
    @MethodSource("versions")
    void fixtureOpensMigratesAndKeepsItsData(int version) throws IOException {
        Path copy = dir.resolve("v" + version + ".db");
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream("/fixtures/schema-v" + version + ".db")) {
            Files.copy(in, copy);
        }
        try (Database db = Database.open(copy)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            var deals = new SqliteDealRepository(db, TestStore.derived());
            var interactions = new SqliteInteractionRepository(db, TestStore.derived());
            assertThat(prospects.count()).isEqualTo(9);
            Prospect priya = prospects.findByEmail("PRIYA.RAMAN@northwind.example").orElseThrow();
            assertThat(priya.company()).isEqualTo("Northwind Analytics");
            List<Deal> priyasDeals = deals.forProspect(priya.id());
            assertThat(priyasDeals).singleElement().satisfies(d -> {
                assertThat(d.title()).isEqualTo("Analytics rollout");
                assertThat(d.value().minorUnits()).isEqualTo(1_850_000);
                assertThat(d.value().currency()).isEqualTo("GBP");
            });
            assertThat(interactions.timeline(priya.id(), 0, 50)).hasSize(3);
            Prospect sofia = prospects.search("Lindqvist", 5).get(0);
            assertThat(deals.checkInHistory(deals.forProspect(sofia.id()).get(0).id())).hasSize(3);
            if (version >= 3) {
                Prospect tom = prospects.search("Alvarez", 5).get(0);
                assertThat(deals.stageHistory(deals.forProspect(tom.id()).get(0).id())).singleElement()
                        .satisfies(c -> assertThat(c.stage()).isEqualTo(app.candor.domain.Stage.LOST));
                assertThat(interactions.timeline(priya.id(), 0, 50).get(0).scriptId()).isEqualTo("who-else-weighs-in");
            }
            if (version >= 8) {
                var mail = new SqliteMailRepository(db);
                assertThat(mail.seen("<v8-fixture@candor.example>")).isTrue();
                assertThat(mail.failing("OLD@gone.example")).isTrue();
            }
            if (version >= 9) {
                assertThat(prospects.findByEmail("Priya@Northwind-Home.example")).get().extracting(Prospect::name)
                        .isEqualTo("Priya Raman");
                assertThat(prospects.otherAddresses(priya.id())).containsExactly("priya@northwind-home.example");
            }
            assertThat(userVersion(db)).isEqualTo(Migrator.latestVersion());
        }
    }

    @Test
    void aMigrationThatFailsHalfwayLeavesTheFileAsItWas() throws Exception {
        Path copy = dir.resolve("v1.db");
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream("/fixtures/schema-v1.db")) {
            Files.copy(in, copy);
        }
        byte[] before = Files.readAllBytes(copy);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            Migrator failing = new Migrator(copy, java.util.List.of("V1__initial.sql", "V2__alert_schedule.sql",
                    "/broken-migration/V3__fails_halfway.sql"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.migrate(c))
                    .hasMessageContaining("no_such_table");
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        try (Database db = Database.open(copy)) {
            assertThat(userVersion(db)).isEqualTo(Migrator.latestVersion());
            assertThat(new SqliteInteractionRepository(db, TestStore.derived()).timeline(
                    new SqliteProspectRepository(db, TestStore.derived()).search("Raman", 1).get(0).id(), 0, 10)).hasSize(3);
        }
    }

    @Test
    void aFileWhoseProspectsShareAnEmailOpensWithANoticeAndGetsTheUniqueIndexOnceTheyAreMerged() throws Exception {
        Path copy = dir.resolve("v3.db");
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream("/fixtures/schema-v3.db")) {
            Files.copy(in, copy);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE prospects SET email = 'Priya.Raman@northwind.example' WHERE name LIKE 'Sofia%'");
        }
        try (Database db = Database.open(copy)) {
            assertThat(userVersion(db)).isEqualTo(Migrator.latestVersion());
            assertThat(db.notices()).singleElement().asString().contains("1 email address is used by more than one");
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE prospects SET email = 'sofia@example.com' WHERE name LIKE 'Sofia%'");
        }
        try (Database db = Database.open(copy)) {
            assertThat(db.notices()).isEmpty();
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> prospects.add(Prospect.create("Twin", "", "",
                    "PRIYA.raman@northwind.example", "", "", java.time.Instant.EPOCH)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Another prospect already has this email");
        }
    }

    private static int userVersion(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

}
