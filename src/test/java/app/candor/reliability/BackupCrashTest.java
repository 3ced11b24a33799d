package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.candor.app.Main;
import app.candor.domain.Prospect;
import app.candor.store.backup.Backups;
import app.candor.store.Database;
import app.candor.store.SqliteProspectRepository;
import app.candor.store.TestStore;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups under a kill, a full disk and a steady writer in another process: no file named like a backup is ever
 * torn, every file written is owner-only, earlier backups survive, and a backup always finishes.
 */
class BackupCrashTest {

    static final int KILLS = 6;

    @TempDir
    Path dir;

    /** A database of about 4 MB: a backup of it takes many of SQLite's steps. */
    Path bigDatabase() {
        Path file = dir.resolve("big.db");
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        try (Database db = Database.open(file)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            db.write(c -> {
                for (int i = 0; i < 2000; i++) {
                    prospects.add(Prospect.create("Person " + i, "Company " + i, "", "p" + i + "@example.com", "",
                            "note ".repeat(400), now));
                }
                return null;
            });
        }
        return file;
    }

    @Test
    void aBackupKilledAtAnyMomentNeverLeavesATornFileNamedLikeABackup() throws Exception {
        Path db = bigDatabase();
        Path folder = dir.resolve("backups");
        Random random = new Random(Long.getLong("candor.seed", 20261201L));
        for (int round = 0; round < KILLS; round++) {
            Process loop = Processes.java(dir, true, BackupLoop.class.getName(), db.toString(), folder.toString());
            BufferedReader out = Processes.lines(loop);
            assertThat(out.readLine()).isEqualTo("ready");
            // The first backup warms the JVM; the kill then lands at a random moment of a later one.
            assertThat(out.readLine()).endsWith(".db");
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (java.io.IOException ignored) {
                    // killed
                }
            });
            drain.setDaemon(true);
            drain.start();
            Thread.sleep(random.nextInt(500));
            loop.destroyForcibly();
            assertThat(loop.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Backups backups = new Backups(folder, db, Clock.systemUTC());
        List<Path> made = backups.list();
        assertThat(made).isNotEmpty();
        for (Path backup : made) {
            try (Database copy = Database.open(backup)) {
                assertThat(integrity(copy)).as(backup.toString()).isEqualTo("ok");
                assertThat(new SqliteProspectRepository(copy, TestStore.derived()).count()).isEqualTo(2000);
            }
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aBackupThatRunsOutOfSpaceLeavesNoFileAndKeepsTheEarlierBackup() throws Exception {
        Path db = bigDatabase();
        Path folder = dir.resolve("backups");
        Path earlier;
        try (Database open = Database.open(db)) {
            earlier = new Backups(folder, db, Clock.systemUTC()).backup(open);
        }
        Files.setLastModifiedTime(earlier, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        // A file-size limit of 2 MB (the database is about 4 MB): the JVM ignores SIGXFSZ, so writes past it fail
        // as they do on a full disk.
        Process backup = limited(2048, BackupLoop.class.getName(), db.toString(), folder.toString(), "once");
        String output = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(backup.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(backup.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("disk is full").contains("Nothing was changed").doesNotContain("Exception");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(earlier);
        }
    }

    @Test
    void aWriteOnAFullDiskSaysSoAndKeepsTheDatabase() throws Exception {
        Path db = dir.resolve("full.db");
        Process generate = limited(2048, Main.class.getName(), "--db", db.toString(), "generate", "--prospects",
                "20000", "--interactions", "60000");
        String output = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(generate.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("is full").contains("Free some space").doesNotContain("no transaction is active")
                .doesNotContain("Exception");
        try (Database reopened = Database.open(db)) {
            assertThat(integrity(reopened)).isEqualTo("ok");
        }
    }

    /** A Java main in a JVM whose files may not grow past {@code kilobytes}, as on a nearly full disk. */
    Process limited(int kilobytes, String mainClass, String... args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c",
                "ulimit -f " + kilobytes + "; exec \"$@\"", "limited", java, "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("CANDOR_DB");
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void aBackupFinishesWhileAnotherProcessCommitsSteadily() throws Exception {
        Path db = bigDatabase();
        Process writer = Processes.java(dir, true, InteractionWriter.class.getName(), db.toString());
        try {
            BufferedReader out = Processes.lines(writer);
            assertThat(out.readLine()).isEqualTo("ready");
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the writer's output flowing
                    }
                } catch (java.io.IOException ignored) {
                    // the writer was stopped
                }
            });
            drain.setDaemon(true);
            drain.start();
            Path made = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (Database open = Database.open(db)) {
                    return new Backups(dir.resolve("backups"), db, Clock.systemUTC()).backup(open);
                }
            });
            assertThat(writer.isAlive()).as("the writer kept committing throughout").isTrue();
            try (Database copy = Database.open(made)) {
                assertThat(integrity(copy)).isEqualTo("ok");
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static String integrity(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
