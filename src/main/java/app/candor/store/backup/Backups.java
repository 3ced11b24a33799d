package app.candor.store.backup;

import app.candor.text.Catalogue;
import app.candor.store.Sqlite;
import app.candor.store.StoreException;
import app.candor.store.Database;

import app.candor.platform.SafeFiles;
import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of one database in a folder ({@code backups/} beside it, or one the user chose). Each backup's name says
 * which database made it ({@code <name>-backup-<time>-<key>.db}, the key taken from the database's path), so
 * rotation only ever touches this database's own backups: never a user's file, never another database's backups.
 * A backup is written under a temporary owner-only name, checked, flushed to disk and only then renamed into place.
 * Rotation keeps the newest of each of the last 7 days and of the last 4 weeks.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");
    private static final Duration DUE_AFTER = Duration.ofHours(24);
    /** A temporary file older than this is a leftover of a backup that was killed. */
    private static final Duration STALE = Duration.ofHours(1);

    /** Backups made before names said which database they belong to. */
    private static final Pattern LEGACY = Pattern.compile("candor-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(-\\d+)?\\.db");

    private final Path folder;
    private final String stem;
    private final String key;
    private final Pattern own;
    private final Clock clock;

    /** The backups of {@code databaseFile} in {@code folder}. */
    public Backups(Path folder, Path databaseFile, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
        Path db = databaseFile.toAbsolutePath().normalize();
        this.stem = stem(db);
        this.key = key(db);
        this.own = Pattern.compile(Pattern.quote(stem) + "-backup-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}(-\\d+)?-"
                + key + "\\.db");
    }

    /** The backups folder beside a database file. */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Backs up now and rotates; returns the new backup. Nothing is left behind when it fails. */
    public Path backup(Database db) {
        try {
            if (folder.equals(folderFor(db.file()))) {
                SafeFiles.privateFolder(folder);
            } else {
                SafeFiles.folder(folder);
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, folder, Catalogue.personal().text("backup.folder", folder, SafeFiles.plain(e)), e);
        }
        removeLeftovers();
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve(name(now, 1));
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name(now, n));
        }
        Path temp = null;
        try {
            temp = SafeFiles.temporary(folder, tempPrefix(), ".part");
            db.copyTo(temp);
            Sqlite.quickCheck(temp);
            SafeFiles.sync(temp);
            SafeFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            Sqlite.deleteWithJournal(temp);
            throw new StoreException(SafeFiles.diskFull(e) ? Reason.DISK_FULL : Reason.IO, target,
                    Catalogue.personal().text("backup.write", folder, SafeFiles.plain(e)), e);
        } catch (RuntimeException e) {
            Sqlite.deleteWithJournal(temp);
            throw e;
        }
        LOG.info("Backed up {} to {}", db.file(), target);
        rotate();
        return target;
    }

    /** The file name of this database's {@code n}-th backup made at {@code when}. */
    String name(LocalDateTime when, int n) {
        return stem + "-backup-" + STAMP.format(when) + (n > 1 ? "-" + n : "") + "-" + key + ".db";
    }

    /** Backs up when this database's newest backup is older than 24 hours (or there is none). */
    public Optional<Path> backupIfDue(Database db) {
        Optional<Path> newest = list().stream().findFirst();
        if (newest.isPresent() && Duration.between(modified(newest.get()), clock.instant()).compareTo(DUE_AFTER) < 0) {
            return Optional.empty();
        }
        return Optional.of(backup(db));
    }

    /** This database's backups in the folder, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(this::isOwn)
                    .sorted(Comparator.comparing(Backups::modified).reversed()
                            .thenComparing(Comparator.<Path>naturalOrder().reversed()))
                    .toList();
        } catch (IOException e) {
            throw new StoreException(Reason.IO, folder, Catalogue.personal().text("backup.list", folder, e.getMessage()), e);
        }
    }

    /**
     * What Settings offers to restore, newest first: this database's backups, and those an older Candor made
     * ({@code candor-<time>.db}), which rotation never deletes because their names do not say whose they are.
     */
    public List<Path> restorable() {
        List<Path> all = new ArrayList<>(list());
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> LEGACY.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                        .forEach(all::add);
            } catch (IOException e) {
                throw new StoreException(Reason.IO, folder, Catalogue.personal().text("backup.list", folder,
                        e.getMessage()), e);
            }
        }
        all.sort(Comparator.comparing(Backups::modified).reversed());
        return all;
    }

    /** Whether a file is one of this database's backups, by its name alone. */
    boolean isOwn(Path file) {
        return own.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file);
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
     * Replaces the content of {@code databaseFile} by {@code backup} through SQLite (see {@link Restore}); the
     * current content is kept aside first. Returns where it was kept, if there was a file.
     */
    public static Optional<Path> restore(Path backup, Path databaseFile, Clock clock) {
        Path aside = databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".before-restore-"
                + STAMP.format(LocalDateTime.now(clock)));
        return Restore.run(backup.toAbsolutePath(), databaseFile.toAbsolutePath(), aside);
    }

    private String tempPrefix() {
        return "." + stem + "-backup-" + key + "-";
    }

    /** Deletes this database's temporary files left by a backup that was killed (an hour old or more). */
    private void removeLeftovers() {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(tempPrefix()) && (name.endsWith(".part") || name.endsWith(".part-journal"))
                        && Duration.between(modified(f), clock.instant()).compareTo(STALE) > 0;
            }).forEach(Sqlite::deleteWithJournal);
        } catch (IOException e) {
            LOG.warn("Cannot look for leftover temporary backups in {}", folder, e);
        }
    }

    /** A short, file-name-safe form of the database's name. */
    private static String stem(Path db) {
        String name = db.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".db")) {
            name = name.substring(0, name.length() - 3);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        return name.isEmpty() ? "candor" : name.substring(0, Math.min(40, name.length()));
    }

    /** Eight hex digits from the database's absolute path: which database a backup belongs to. */
    static String key(Path db) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(db.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
