package app.candor.store.backup;

import app.candor.store.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Prospect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {

    @TempDir
    Path dir;
    final Instant now = Instant.parse("2026-11-23T09:00:00Z");
    final Clock clock = Clock.fixed(now, ZoneId.of("UTC"));

    Path database(String name, String... people) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            for (String who : people) {
                prospects.add(Prospect.create(who, "", "", "", "", "", now));
            }
        }
        return file;
    }

    static long count(Path file) {
        try (Database db = Database.open(file)) {
            return new SqliteProspectRepository(db, TestStore.derived()).count();
        }
    }

    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aRestoreIsRefusedWhileAnotherConnectionHasTheDatabaseOpen() throws Exception {
        Path backup = database("backup.db", "From the backup");
        Path file = database("candor.db", "Current", "Also current");
        try (Database open = Database.open(file)) {
            var prospects = new SqliteProspectRepository(open, TestStore.derived());
            assertThatThrownBy(() -> Backups.restore(backup, file, clock)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("open in another Candor window or program")
                    .hasMessageContaining("Nothing was restored")
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.IN_USE);
            prospects.add(Prospect.create("Written after the refusal", "", "", "", "", "", now));
            assertThat(prospects.count()).isEqualTo(3);
        }
        assertThat(count(file)).isEqualTo(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void commitsStillInTheBackupsWriteAheadLogAreRestored() throws Exception {
        Path file = database("candor.db", "Current");
        Path backup = database("backup.db", "One");
        try (Database source = Database.open(backup)) {
            new SqliteProspectRepository(source, TestStore.derived())
                    .add(Prospect.create("Committed, only in the WAL", "", "", "", "", "", now));
            assertThat(Files.size(backup.resolveSibling("backup.db-wal"))).isPositive();
            Optional<Path> aside = Backups.restore(backup, file, clock);
            assertThat(aside).isPresent();
        }
        assertThat(count(file)).isEqualTo(2);
    }

    @Test
    void undoingARestoreBringsBackEveryCommittedRow() throws Exception {
        Path backup = database("backup.db", "From the backup");
        Path file = database("candor.db", "Current");
        try (Database db = Database.open(file)) {
            // Left in the WAL: the connection stays open while the row is written, as in a running app.
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Just logged", "", "", "", "",
                    "", now));
        }
        Path aside = Backups.restore(backup, file, clock).orElseThrow();
        assertThat(count(file)).isEqualTo(1);
        Backups.restore(aside, file, Clock.offset(clock, java.time.Duration.ofMinutes(1)));
        assertThat(count(file)).isEqualTo(2);
    }

    @Test
    void aDamagedCurrentFileIsReplacedAndKeptAside() throws Exception {
        Path backup = database("backup.db", "From the backup");
        Path file = Files.writeString(dir.resolve("candor.db"), "SQLite format 3\0 but then garbage ".repeat(200));
        Path aside = Backups.restore(backup, file, clock).orElseThrow();
        assertThat(count(file)).isEqualTo(1);
        assertThat(Files.readString(aside)).startsWith("SQLite format 3");
    }

    @Test
    void anotherProgramsDatabaseANewerOneAndOneWithAddedTriggersAreRefused() throws Exception {
        Path file = database("candor.db", "Current");
        String before = sha(file);
        Path foreign = dir.resolve("foreign.db");
        sql(foreign, "PRAGMA application_id = 1234", "CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
        Path newer = Files.copy(database("newer.db", "Ada"), dir.resolve("newer-copy.db"));
        sql(newer, "PRAGMA user_version = 99");
        Path trigger = database("trigger.db", "Ada");
        sql(trigger, "CREATE TRIGGER rewrite AFTER INSERT ON prospects BEGIN UPDATE prospects SET email ="
                + " 'attacker@example.com' WHERE id = new.id; END");
        Path view = database("view.db", "Ada");
        sql(view, "CREATE VIEW everything AS SELECT * FROM prospects");
        Path table = database("table.db", "Ada");
        sql(table, "CREATE TABLE stolen (what TEXT)");
        Path empty = dir.resolve("empty.db");
        sql(empty, "PRAGMA user_version = 0");
        for (Path hostile : new Path[] {foreign, newer, trigger, view, table, empty}) {
            assertThatThrownBy(() -> Backups.restore(hostile, file, clock)).as(hostile.toString())
                    .isInstanceOf(StoreException.class).hasMessageContaining("Nothing was restored");
            assertThat(sha(file)).as(hostile.toString()).isEqualTo(before);
        }
        assertThatThrownBy(() -> Backups.restore(trigger, file, clock)).hasMessageContaining("trigger named 'rewrite'");
    }

    @Test
    void everyReleasedSchemaVersionIsAcceptedAsABackup() throws Exception {
        for (int version = 1; version <= TestSchemas.latestVersion(); version++) {
            Path old = dir.resolve("v" + version + ".db");
            TestSchemas.writeVersion(old, version);
            Path target = dir.resolve("target-" + version + ".db");
            Backups.restore(old, target, clock);
            assertThat(count(target)).isZero();
        }
    }

    static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
