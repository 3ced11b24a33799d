package app.candor.store.backup;

import app.candor.store.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Prospect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;
    final Instant now = Instant.parse("2026-11-23T09:00:00Z");
    final Clock clock = Clock.fixed(now, ZoneId.of("UTC"));

    @Test
    void backupIsAConsistentOwnerOnlyCopyMadeWhileTheDatabaseIsOpen() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "", now));
            Path backup = new Backups(Backups.folderFor(file), file, clock).backup(db);
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            try (Database copy = Database.open(backup)) {
                assertThat(new SqliteProspectRepository(copy, TestStore.derived()).count()).isEqualTo(1);
            }
        }
    }

    @Test
    void automaticBackupRunsOnlyWhenTheLastIsOlderThanADay() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            Backups backups = new Backups(Backups.folderFor(file), file, clock);
            Path first = backups.backupIfDue(db).orElseThrow();
            Files.setLastModifiedTime(first, FileTime.from(now.minus(Duration.ofHours(23))));
            assertThat(backups.backupIfDue(db)).isEmpty();
            Files.setLastModifiedTime(first, FileTime.from(now.minus(Duration.ofHours(25))));
            assertThat(backups.backupIfDue(db)).isPresent();
            assertThat(backups.list()).hasSize(2);
        }
    }

    @Test
    void rotationKeepsSevenDailyAndFourWeeklyBackups() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Backups backups = new Backups(folder, dir.resolve("candor.db"), clock);
        for (int day = 0; day < 60; day++) {
            for (int copy = 0; copy < 2; copy++) {
                Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(copy));
                Path f = Files.writeString(folder.resolve(backups.name(LocalDateTime.ofInstant(at, ZoneId.of("UTC")), 1)),
                        "x");
                Files.setLastModifiedTime(f, FileTime.from(at));
            }
        }
        backups.rotate();
        var kept = backups.list().stream().map(BackupsTest::modified).toList();
        // Newest of each of the last 7 days (d0..d6), plus the newest of each older ISO week within 4 weeks.
        assertThat(kept).contains(now, now.minus(Duration.ofDays(6)))
                .doesNotContain(now.minus(Duration.ofHours(1)), now.minus(Duration.ofDays(40)));
        assertThat(kept).allMatch(t -> Duration.between(t, now).toHours() % 24 == 0);
        assertThat(kept.size()).isBetween(9, 11);
    }

    @Test
    void rotationTouchesOnlyTheBackupsThisDatabaseMade() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path userFile = Files.writeString(shared.resolve("candor-2024-archive.db"), "the user's own archive");
        Path oldStyle = Files.writeString(shared.resolve("candor-2026-01-01T00-00-00.db"), "an older Candor's backup");
        Path sample = dir.resolve("sample").resolve("candor.db");
        Path own = dir.resolve("own").resolve("candor.db");
        Files.createDirectories(sample.getParent());
        Files.createDirectories(own.getParent());
        Path sampleBackup;
        try (Database db = Database.open(sample)) {
            sampleBackup = new Backups(shared, sample, clock).backup(db);
        }
        for (Path f : List.of(userFile, oldStyle, sampleBackup)) {
            Files.setLastModifiedTime(f, FileTime.from(now.minus(Duration.ofDays(90))));
        }
        try (Database db = Database.open(own)) {
            for (int day = 40; day >= 0; day -= 5) {
                Clock then = Clock.fixed(now.minus(Duration.ofDays(day)), ZoneId.of("UTC"));
                Path made = new Backups(shared, own, then).backup(db);
                Files.setLastModifiedTime(made, FileTime.from(then.instant()));
            }
            assertThat(new Backups(shared, own, clock).list()).hasSizeBetween(4, 7);
        }
        assertThat(userFile).exists().hasContent("the user's own archive");
        assertThat(oldStyle).exists();
        assertThat(sampleBackup).as("another database's only backup").exists();
        assertThat(new Backups(shared, sample, clock).list()).containsExactly(sampleBackup);
        assertThat(new Backups(shared, own, clock).restorable()).as("an older Candor's backup can still be restored")
                .contains(oldStyle).doesNotContain(userFile, sampleBackup);
    }

    @Test
    void aBackupIsNamedOnlyOnceWholeCheckedAndOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            Backups backups = new Backups(Backups.folderFor(file), file, clock);
            Path made = backups.backup(db);
            try (var files = Files.list(backups.folder())) {
                assertThat(files.toList()).containsExactly(made);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())))
                    .isEqualTo("rwx------");
            Sqlite.quickCheck(made);
        }
    }

    @Test
    void aBackupIntoAFullOrVanishedFolderLeavesNothingNamedLikeABackup() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "", now));
            Path folder = Files.createDirectories(dir.resolve("readonly"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            Backups backups = new Backups(folder, file, clock);
            try {
                // As root the permission bits do not stop writes; a folder replaced by a file does.
                if (Files.isWritable(folder) && "root".equals(System.getProperty("user.name"))) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                    Files.delete(folder);
                    Files.writeString(folder, "a file where the folder was");
                }
                assertThatThrownBy(() -> backups.backup(db)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("Nothing was changed").hasMessageNotContaining("Exception");
            } finally {
                if (Files.isDirectory(folder)) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
    }

    @Test
    void leftoversOfAKilledBackupAreRemovedByTheNextBackup() throws Exception {
        Path file = dir.resolve("candor.db");
        try (Database db = Database.open(file)) {
            Backups backups = new Backups(Backups.folderFor(file), file, clock);
            backups.backup(db);
            Path leftover = Files.writeString(backups.folder().resolve(".candor-backup-" + Backups.key(file) + "-1.part"),
                    "torn");
            Path othersLeftover = Files.writeString(backups.folder().resolve(".other-backup-00000000-1.part"), "torn");
            Files.setLastModifiedTime(leftover, FileTime.from(now.minus(Duration.ofHours(3))));
            Files.setLastModifiedTime(othersLeftover, FileTime.from(now.minus(Duration.ofHours(3))));
            backups.backup(db);
            assertThat(leftover).doesNotExist();
            assertThat(othersLeftover).exists();
        }
    }

    @Test
    void restoreKeepsTheCurrentFileAsideAndPutsTheBackupInPlace() throws Exception {
        Path file = dir.resolve("candor.db");
        Path backup;
        try (Database db = Database.open(file)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            prospects.add(Prospect.create("Kept in the backup", "", "", "", "", "", now));
            backup = new Backups(Backups.folderFor(file), file, clock).backup(db);
            prospects.add(Prospect.create("Added later", "", "", "", "", "", now));
        }
        Optional<Path> aside = Backups.restore(backup, file, clock);
        assertThat(aside).isPresent();
        try (Database restored = Database.open(file)) {
            assertThat(new SqliteProspectRepository(restored, TestStore.derived()).count()).isEqualTo(1);
        }
        try (Database previous = Database.open(aside.get())) {
            assertThat(new SqliteProspectRepository(previous, TestStore.derived()).count()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheCurrentFileIsUntouched() throws Exception {
        Path file = dir.resolve("candor.db");
        Path backup;
        try (Database db = Database.open(file)) {
            new SqliteProspectRepository(db, TestStore.derived()).add(Prospect.create("Ada", "", "", "", "", "", now));
            backup = new Backups(Backups.folderFor(file), file, clock).backup(db);
        }
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, 4096 + 100));
        byte[] current = Files.readAllBytes(file);
        assertThatThrownBy(() -> Backups.restore(backup, file, clock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("Nothing was restored");
        assertThat(Files.readAllBytes(file)).isEqualTo(current);
    }

    static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
