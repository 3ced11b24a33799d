package app.candor.store;

import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the database in a folder ({@code backups/} beside it): made through SQLite's online backup, owner-only,
 * rotated to keep the newest of each of the last 7 days and of the last 4 weeks. Restoring checks the backup's
 * integrity first and keeps the current file aside.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final Duration DUE_AFTER = Duration.ofHours(24);

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The backups folder beside a database file. */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Backs up now and rotates; returns the new backup. */
    public Path backup(Database db) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, folder, "Cannot create the backup folder " + folder + ": "
                    + e.getMessage(), e);
        }
        Path target = folder.resolve("candor-" + STAMP.format(LocalDateTime.now(clock)) + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("candor-" + STAMP.format(LocalDateTime.now(clock)) + "-" + n + ".db");
        }
        db.backupTo(target);
        ownerOnly(target);
        LOG.info("Backed up {} to {}", db.file(), target);
        rotate();
        return target;
    }

    /** Backs up when the newest backup is older than 24 hours (or there is none). */
    public Optional<Path> backupIfDue(Database db) {
        Optional<Path> newest = list().stream().findFirst();
        if (newest.isPresent() && Duration.between(modified(newest.get()), clock.instant()).compareTo(DUE_AFTER) < 0) {
            return Optional.empty();
        }
        return Optional.of(backup(db));
    }

    /** Backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("candor-.*\\.db"))
                    .sorted(Comparator.comparing(Backups::modified).reversed()
                            .thenComparing(Comparator.<Path>naturalOrder().reversed()))
                    .toList();
        } catch (IOException e) {
            throw new StoreException(Reason.IO, folder, "Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Keeps the newest backup of each of the last 7 days and of each of the last 4 weeks; deletes the rest. */
    void rotate() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        List<Path> drop = new ArrayList<>();
        for (Path backup : list()) {
            LocalDate day = LocalDate.ofInstant(modified(backup), zone);
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keepDay = day.isAfter(today.minusDays(7)) && days.add(day);
            boolean keepWeek = day.isAfter(today.minusWeeks(4)) && weeks.add(week);
            if (!keepDay && !keepWeek) {
                drop.add(backup);
            }
        }
        for (Path backup : drop) {
            try {
                Files.deleteIfExists(backup);
                LOG.info("Rotated out backup {}", backup);
            } catch (IOException e) {
                LOG.warn("Cannot delete old backup {}", backup, e);
            }
        }
    }

    /**
     * Replaces {@code databaseFile} (which must not be open) by {@code backup}, after checking the backup with
     * {@code PRAGMA integrity_check}. The current file is kept aside as {@code <name>.before-restore-<time>}.
     * Returns where the current file was kept, if there was one.
     */
    public static Optional<Path> restore(Path backup, Path databaseFile, Clock clock) {
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException(Reason.IO, source, "There is no backup file " + source + ".");
        }
        checkIntegrity(source);
        Path target = databaseFile.toAbsolutePath();
        Path aside = null;
        try {
            Path temp = Files.createTempFile(target.getParent(), ".restore-", ".db");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(temp);
            if (Files.exists(target)) {
                aside = target.resolveSibling(target.getFileName() + ".before-restore-"
                        + STAMP.format(LocalDateTime.now(clock)));
                Files.move(target, aside);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = target.resolveSibling(target.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, target, "Restoring " + source + " failed: " + e.getMessage()
                    + (aside == null ? "" : ". Your previous file is kept as " + aside + "."), e);
        }
        LOG.info("Restored {} from {}", target, source);
        return Optional.ofNullable(aside);
    }

    private static void checkIntegrity(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String result;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            result = rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            result = e.getMessage();
        }
        if (!"ok".equals(result)) {
            throw new StoreException(Reason.CORRUPT, file, file + " is not a sound backup (integrity check: " + result
                    + "). Nothing was restored; choose another backup.");
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void ownerOnly(Path file) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                LOG.warn("Cannot make {} owner-only", file, e);
            }
        }
    }
}
