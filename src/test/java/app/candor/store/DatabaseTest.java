package app.candor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Prospect;
import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newDatabaseUsesWalFullSyncForeignKeysAndIsOwnerOnly() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "user_version")).isEqualTo(String.valueOf(Migrator.latestVersion()));
            assertThat(pragma(db, "application_id")).isEqualTo(String.valueOf(Database.APPLICATION_ID));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void reopeningKeepsTheData() {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "", Instant.EPOCH));
        }
        try (Database db = Database.open(file)) {
            assertThat(new SqliteProspectRepository(db, TestStore.derived()).count()).isEqualTo(1);
        }
    }

    @Test
    void zeroLengthFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertRefusedUntouched(file, Reason.NOT_A_DATABASE, "empty (0 bytes)");
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("random.db"), bytes);
        assertRefusedUntouched(file, Reason.NOT_A_DATABASE, "not a SQLite file");
    }

    @Test
    void textFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "name,email\nAda,ada@example.com\n");
        assertRefusedUntouched(file, Reason.NOT_A_DATABASE, "not a Candor database");
    }

    @Test
    void truncatedDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path full = dir.resolve("full.db");
        try (Database db = Database.open(full)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            for (int i = 0; i < 300; i++) {
                prospects.add(Prospect.create("Person " + i, "Company " + i, "", "p" + i + "@example.com", "",
                        "x".repeat(200), Instant.EPOCH));
            }
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUntouched(cut, Reason.CORRUPT, "shorter than its own header");
    }

    @Test
    void databaseFromNewerCandorIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = " + (Migrator.latestVersion() + 5));
        }
        assertRefusedUntouched(file, Reason.NEWER_VERSION, "newer Candor");
    }

    @Test
    void otherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)");
            s.execute("INSERT INTO recipes (title) VALUES ('bread')");
        }
        assertRefusedUntouched(file, Reason.NOT_A_DATABASE, "another program");
    }

    @Test
    void readOnlyFolderIsRefusedWithAPlainMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path existing = folder.resolve("candor.db");
        Database.open(existing).close();
        String before = digest(existing);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> Database.open(existing))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.READ_ONLY))
                    .hasMessageContaining(existing.toString()).hasMessageContaining("read-only");
            assertThatThrownBy(() -> Database.open(folder.resolve("new.db")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.READ_ONLY))
                    .hasMessageContaining("read-only");
            assertThat(digest(existing)).isEqualTo(before);
            assertThat(folder.resolve("new.db")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void missingFolderIsRefusedWithAPlainMessage() {
        Path file = dir.resolve("no-such-folder").resolve("candor.db");
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FOLDER))
                .hasMessageContaining("does not exist");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void databaseLockedByAnotherConnectionPastTheTimeoutIsReportedAsBusy() throws Exception {
        Path file = dir.resolve("busy.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            // As a restore holds it: exclusive locking mode keeps even readers out.
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("CREATE TABLE scratch (x)");
            assertThatThrownBy(() -> Database.open(file, Duration.ofMillis(200)))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY))
                    .hasMessageContaining(file.toString()).hasMessageContaining("Close the other program");
            s.execute("ROLLBACK");
        }
        try (Database db = Database.open(file)) {
            assertThat(pragma(db, "user_version")).isEqualTo(String.valueOf(Migrator.latestVersion()));
        }
    }

    @Test
    void aReadOnAnotherThreadNeverWaitsForAWriteInProgressAndSeesOnlyWhatIsCommitted() throws Exception {
        Path file = dir.resolve("lanes.db");
        try (Database db = Database.open(file, Duration.ofSeconds(30))) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
            Thread importer = new Thread(() -> db.write(c -> {
                prospects.add(Prospect.create("Uncommitted", "", "", "", "", "", Instant.EPOCH));
                writing.countDown();
                try {
                    read.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            importer.start();
            assertThat(writing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            int seen = prospects.count();
            read.countDown();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(seen).isZero();
            importer.join(20_000);
            assertThat(prospects.count()).isEqualTo(1);
        }
    }

    @Test
    void aPathIsAlwaysAFileNameEvenWithAQuestionMark() throws Exception {
        Path odd = dir.resolve("pipeline.db?journal_mode=off&mode=ro");
        try (Database db = Database.open(odd)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "",
                    Instant.EPOCH));
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
        }
        assertThat(odd).exists();
        assertThat(dir.resolve("pipeline.db")).doesNotExist();
        try (Database db = Database.open(odd)) {
            assertThat(new SqliteProspectRepository(db, TestStore.derived()).count()).isEqualTo(1);
        }
    }

    @Test
    void aPipeOrDeviceIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> Database.open(fifo)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("is not a regular file"));
        assertThatThrownBy(() -> Database.open(Path.of("/dev/null"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void openingNeitherWaitsForNorBlocksAWriterInAnotherConnection() throws Exception {
        Path file = dir.resolve("writer.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO settings (key, value) VALUES ('long', 'import')");
            long start = System.nanoTime();
            try (Database db = Database.open(file, Duration.ofSeconds(3))) {
                assertThat(pragma(db, "user_version")).isEqualTo(String.valueOf(Migrator.latestVersion()));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                s.execute("COMMIT");
            }
        }
    }

    @Test
    void aDatabaseWhoseFirstMigrationIsStillOnlyInTheWalOpens() throws Exception {
        // As after a crash right after the first open: the schema is committed in the WAL, not yet in the file.
        Path live = dir.resolve("live.db");
        Path copy = dir.resolve("copy.db");
        try (Database db = Database.open(live);
             Connection holder = DriverManager.getConnection("jdbc:sqlite:" + live)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "", Instant.EPOCH));
            holder.createStatement().execute("PRAGMA wal_autocheckpoint = 0");
            Files.copy(live, copy);
            Files.copy(live.resolveSibling("live.db-wal"), copy.resolveSibling("copy.db-wal"));
        }
        try (Database reopened = Database.open(copy)) {
            assertThat(new SqliteProspectRepository(reopened, TestStore.derived()).count()).isEqualTo(1);
        }
    }

    @Test
    void failedWriteRollsBackEverything() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            assertThatThrownBy(() -> db.write(c -> {
                prospects.add(Prospect.create("Kept?", "", "", "", "", "", Instant.EPOCH));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(prospects.count()).isZero();
        }
    }

    private void assertRefusedUntouched(Path file, Reason reason, String messagePart) throws Exception {
        String before = digest(file);
        long size = Files.size(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(file.toString())
                .hasMessageContaining(messagePart);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(digest(file)).isEqualTo(before);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
