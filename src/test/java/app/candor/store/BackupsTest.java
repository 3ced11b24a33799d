package app.candor.store;

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
            Path backup = new Backups(Backups.folderFor(file), clock).backup(db);
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
            Backups backups = new Backups(Backups.folderFor(file), clock);
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
        for (int day = 0; day < 60; day++) {
            for (int copy = 0; copy < 2; copy++) {
                Path f = Files.writeString(folder.resolve("candor-d" + day + "-" + copy + ".db"), "x");
                Files.setLastModifiedTime(f, FileTime.from(now.minus(Duration.ofDays(day)).minus(Duration.ofHours(copy))));
            }
        }
        Backups backups = new Backups(folder, clock);
        backups.rotate();
        var kept = backups.list().stream().map(p -> p.getFileName().toString()).toList();
        // Newest of each of the last 7 days (d0..d6), plus the newest of each older ISO week within 4 weeks.
        assertThat(kept).contains("candor-d0-0.db", "candor-d6-0.db").doesNotContain("candor-d0-1.db", "candor-d40-0.db");
        assertThat(kept).allMatch(n -> n.endsWith("-0.db"));
        assertThat(kept.size()).isBetween(9, 11);
    }

    @Test
    void restoreKeepsTheCurrentFileAsideAndPutsTheBackupInPlace() throws Exception {
        Path file = dir.resolve("candor.db");
        Path backup;
        try (Database db = Database.open(file)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            prospects.add(Prospect.create("Kept in the backup", "", "", "", "", "", now));
            backup = new Backups(Backups.folderFor(file), clock).backup(db);
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
            backup = new Backups(Backups.folderFor(file), clock).backup(db);
        }
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(backup, Arrays.copyOf(bytes, 4096 + 100));
        byte[] current = Files.readAllBytes(file);
        assertThatThrownBy(() -> Backups.restore(backup, file, clock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a sound backup").hasMessageContaining("Nothing was restored");
        assertThat(Files.readAllBytes(file)).isEqualTo(current);
    }
}
