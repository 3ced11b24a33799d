package app.candor.followup;

import app.candor.store.backup.Backups;
import app.candor.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Backing the open database up, and putting a backup in place of a database that is closed. A team's server is
 * backed up where it lives, by its administrator: there backing up is refused in those words, and nothing is due or
 * restorable.
 */
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

    /** Whether the database is a team's server, backed up by its administrator rather than by Candor. */
    public boolean onServer() {
        return db.onServer();
    }

    /** Where the data is: the file's path or the team server's address. */
    public String where() {
        return db.where();
    }

    /** The folder beside the database where its backups live. */
    public Path folder() {
        return Backups.folderFor(db.file());
    }

    public Path databaseFile() {
        return db.file();
    }

    /** Backs up into {@code folder} (the user's choice), rotating only this database's backups there. */
    public Path backupTo(Path folder) {
        if (db.onServer()) {
            throw app.candor.domain.Refused.because("store.server.noCopy", db.where());
        }
        return backups(folder).backup(db);
    }

    /** Backs up into the folder beside the database now, and rotates this database's old backups. */
    public Path backupNow() {
        if (db.onServer()) {
            throw app.candor.domain.Refused.because("store.server.noCopy", db.where());
        }
        return backupTo(folder());
    }

    /** The daily backup: made when this database's newest is more than a day old (never for a team's server). */
    public Optional<Path> backupIfDue() {
        return db.onServer() ? Optional.empty() : backups(folder()).backupIfDue(db);
    }

    /** What can be restored from the folder beside the database, newest first (nothing for a team's server). */
    public List<Path> restorable() {
        return db.onServer() ? List.of() : backups(folder()).restorable();
    }

    /**
     * Puts {@code backup} in place of {@code databaseFile}, which no window or program may have open: checked,
     * locked, the current content kept aside (returned), copied in through SQLite.
     */
    public static Optional<Path> restore(Path backup, Path databaseFile, Clock clock) {
        return Backups.restore(backup, databaseFile, clock);
    }
}
