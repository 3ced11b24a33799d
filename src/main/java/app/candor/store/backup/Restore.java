package app.candor.store.backup;

import app.candor.text.Catalogue;
import app.candor.store.Sqlite;
import app.candor.store.StoreException;
import app.candor.store.Database;
import app.candor.store.SchemaCheck;

import app.candor.platform.SafeFiles;
import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Puts a backup's content in place of a database. The backup is checked as a file from outside (header,
 * application id, version, integrity, and a schema allow-list); the database is locked exclusively, so a restore
 * never happens under another window or program; its current content is copied aside; then the backup is copied
 * in through SQLite's backup API, in one transaction of the database's own journal. A kill at any moment leaves a
 * complete database at the path: the one before, or the restored one.
 */
final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final int ALL_PAGES = -1;

    private Restore() {
    }

    static Optional<Path> run(Path source, Path target, Path aside) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException(Reason.IO, source, Catalogue.personal().text("restore.none", source));
        }
        checkSource(source);
        if (!Files.exists(target)) {
            replaceFile(source, target, null);
            LOG.info("Restored {} from {}", target, source);
            return Optional.empty();
        }
        if (!Files.isRegularFile(target)) {
            throw new StoreException(Reason.NOT_A_DATABASE, target, Catalogue.personal().text("restore.notRegular", target));
        }
        Connection c;
        try {
            c = lockExclusively(target);
        } catch (SQLException e) {
            if (Database.translate(target, Database.DEFAULT_BUSY_TIMEOUT, e).reason() == Reason.BUSY) {
                throw inUse(target, e);
            }
            // The current file is not a readable database (the usual reason to restore): replace the file itself.
            LOG.info("{} cannot be opened ({}); replacing the file", target, e.getMessage());
            replaceFile(source, target, aside);
            LOG.info("Restored {} from {}", target, source);
            return Optional.of(aside);
        }
        try (c) {
            SQLiteConnection sqlite = (SQLiteConnection) c;
            Path part = copyOf(c, target.getParent(), "." + aside.getFileName() + "-");
            try {
                SafeFiles.moveIntoPlace(part, aside);
            } finally {
                Sqlite.deleteWithJournal(part);
            }
            int rc = sqlite.getDatabase().restore("main", source.toString(), null, 100, 20, ALL_PAGES);
            if (rc != 0) {
                throw new SQLException("SQLite's restore ended with code " + rc);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new SQLException("the restored file did not pass SQLite's check: " + result);
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException(SafeFiles.diskFull(e) ? Reason.DISK_FULL : Reason.IO, target, Files.exists(aside)
                    ? Catalogue.personal().text("restore.failed.aside", source, SafeFiles.plain(e), aside)
                    : Catalogue.personal().text("restore.failed.asBefore", source, SafeFiles.plain(e)), e);
        }
        LOG.info("Restored {} from {}", target, source);
        return Optional.of(aside);
    }

    /** The checks opening a database makes, then integrity and the schema allow-list; nothing is written. */
    static void checkSource(Path source) {
        Database.inspectExisting(source, Database.Refusal.RESTORING);
        try (Connection c = Sqlite.readOnly(source); Statement s = c.createStatement()) {
            int applicationId;
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                applicationId = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (applicationId != Database.APPLICATION_ID || version < 1) {
                throw new StoreException(Reason.NOT_A_DATABASE, source, Catalogue.personal().text("restore.notBackup", source));
            }
            String result;
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                result = rs.next() ? rs.getString(1) : "no answer";
            }
            if (!"ok".equals(result)) {
                throw notSound(source, result);
            }
            SchemaCheck.check(c, source, version);
        } catch (SQLException e) {
            throw notSound(source, e.getMessage());
        }
    }

    private static StoreException notSound(Path source, String result) {
        return new StoreException(Reason.CORRUPT, source, Catalogue.personal().text("restore.unsound", source, result));
    }

    private static StoreException inUse(Path target, Exception e) {
        return new StoreException(Reason.IN_USE, target, Catalogue.personal().text("restore.inUse", target), e);
    }

    /** A connection holding the only lock on {@code target}: it fails at once when anything else has it open. */
    private static Connection lockExclusively(Path target) throws SQLException {
        SQLiteConfig config = Sqlite.config();
        config.setBusyTimeout(250);
        Connection c = DriverManager.getConnection(Sqlite.url(target), config.toProperties());
        try (Statement s = c.createStatement()) {
            Sqlite.distrustSchema(c);
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                rs.next();
            }
            // In exclusive locking mode the lock outlives the transaction; the backup API needs none open.
            s.execute("COMMIT");
            return c;
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    /**
     * A new file at {@code target}, a checked copy of the backup written whole and then renamed into place. For a
     * current file SQLite cannot open ({@code aside} given), the damaged file first keeps a second name and its
     * journal moves with it: there is a file at the path at every moment.
     */
    private static void replaceFile(Path source, Path target, Path aside) {
        Path part = null;
        try {
            try (Connection c = Sqlite.readOnly(source)) {
                part = copyOf(c, target.getParent(), "." + target.getFileName() + "-restore-");
            }
            Sqlite.quickCheck(part);
            if (aside != null) {
                keepAside(target, aside);
            }
            SafeFiles.moveIntoPlace(part, target);
        } catch (SQLException | IOException e) {
            throw new StoreException(SafeFiles.diskFull(e) ? Reason.DISK_FULL : Reason.IO, target, Catalogue.personal().text("restore.failed",
                    source, SafeFiles.plain(e)), e);
        } finally {
            Sqlite.deleteWithJournal(part);
        }
    }

    /** The whole database behind {@code c}, copied through SQLite's backup API into an owner-only file, flushed. */
    private static Path copyOf(Connection c, Path folder, String prefix) throws SQLException, IOException {
        Path part = SafeFiles.temporary(folder, prefix, ".part");
        try {
            int rc = ((SQLiteConnection) c).getDatabase().backup("main", part.toString(), null, 100, 20, ALL_PAGES);
            if (rc != 0) {
                throw new SQLException("SQLite's copy ended with code " + rc);
            }
            SafeFiles.sync(part);
            return part;
        } catch (SQLException | IOException | RuntimeException e) {
            Sqlite.deleteWithJournal(part);
            throw e;
        }
    }

    private static void keepAside(Path target, Path aside) throws IOException {
        try {
            Files.createLink(aside, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, aside, StandardCopyOption.COPY_ATTRIBUTES);
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = target.resolveSibling(target.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
