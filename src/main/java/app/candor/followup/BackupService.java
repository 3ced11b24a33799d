package app.candor.followup;

import app.candor.store.backup.Backups;
import app.candor.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Backing the open database up, and putting a backup in place of a database that is closed. */
public final class BackupService {

    private final Database db;
    private final Clock clock;

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private Backups backups(Path folder) {
        return new Backups(folder, db.file(), clock);
    }

    /** The folder beside the database where its backups live. */
    public Path folder() {
        return Backups.folderFor(db.file());
    }

    public Path databaseFile() {
        return db.file();
    }

    /** Backs up into the folder beside the database now, and rotates this database's old backups. */
    public Path backupNow() {
        return backupTo(folder());
    }

    /** Backs up into {@code folder} (the user's choice), rotating only this database's backups there. */
    public Path backupTo(Path folder) {
        return backups(folder).backup(db);
    }

    /** The daily backup: made when this database's newest is more than a day old. */
    public Optional<Path> backupIfDue() {
        return backups(folder()).backupIfDue(db);
    }

    /** What can be restored from the folder beside the database, newest first. */
    public List<Path> restorable() {
        return backups(folder()).restorable();
    }

    /**
     * Puts {@code backup} in place of {@code databaseFile}, which no window or program may have open: checked,
     * locked, the current content kept aside (returned), copied in through SQLite.
     */
    public static Optional<Path> restore(Path backup, Path databaseFile, Clock clock) {
        return Backups.restore(backup, databaseFile, clock);
    }
}
