package app.candor.store;

import app.candor.platform.SafeFiles;
import app.candor.store.StoreException.Reason;
import app.candor.text.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Where a pipeline is kept, as the repositories use it. Usually the one SQLite file holding a user's pipeline: opened
 * with WAL, {@code synchronous=FULL}, foreign keys and a busy timeout, checked before anything is written so that a
 * foreign, damaged or newer file is left untouched. Or a team's PostgreSQL server, opened by {@code store.server}
 * ({@link #onServer}): the same work on the same SQL, the differences in {@link #dialect()}.
 */
public final class Database implements AutoCloseable {

    /** Written into the SQLite header so Candor can tell its own files from other programs' databases. */
    public static final int APPLICATION_ID = 0x43414E44;
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final int BACKUP_RETRY_MS = 100;
    private static final int BACKUP_RETRIES = 20;
    /** The whole file in one backup step: a step holds one read transaction, so writers elsewhere cannot restart it. */
    private static final int ALL_PAGES = -1;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The SQL a store speaks where the two differ (search, upserts, dates from epoch milliseconds). */
    public enum Dialect { SQLITE, POSTGRESQL }

    /** Opens one more connection to a server (for reads beside a writer). */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Path file;
    private final Dialect dialect;
    /** Where the data is, as people read it: the file's path, or the server's address without a password. */
    private final String where;
    private final Connector serverConnector;
    private final Watcher watcher;
    /** The server's process ids of this store's own connections: their changes are not news to this window. */
    private final java.util.Set<Integer> ownBackends = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Hears the changes others make on a team's server (store.server implements it). */
    @FunctionalInterface
    public interface Watcher {
        AutoCloseable watch(java.util.function.Supplier<java.util.Set<Integer>> own,
                            java.util.function.Consumer<java.util.Set<Long>> changed);
    }
    private final java.util.function.Function<SQLException, RuntimeException> serverFailure;
    /** Replaced only on a team's server, when the server went away and came back (see {@link #reconnectIfLost}). */
    private Connection connection;
    /** {@link #connection} as the repositories see it: with the statements it prepared kept ({@link StatementCache}). */
    private Connection kept;
    /** On a team's server: the connections were lost (server restarting, network down); the next use opens anew. */
    private volatile boolean lost;
    private final Duration busyTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guards the connection reads use outside a transaction, opened on the first such read. */
    private final ReentrantLock readLock = new ReentrantLock();
    private Connection reader;
    private Connection keptReader;
    private int transactionDepth;
    private final java.util.List<String> notices;

    private Database(Path file, Connection connection, Duration busyTimeout, java.util.List<String> notices) {
        this.notices = notices;
        this.file = file;
        this.dialect = Dialect.SQLITE;
        this.where = file.toString();
        this.serverConnector = null;
        this.watcher = null;
        this.serverFailure = null;
        this.connection = connection;
        this.kept = StatementCache.over(connection);
        this.busyTimeout = busyTimeout;
    }

    private Database(String where, java.util.List<String> notices, Connection connection, Connector connector,
                     Watcher watcher, java.util.function.Function<SQLException, RuntimeException> failure)
            throws SQLException {
        this.watcher = watcher;
        this.ownBackends.add(backendId(connection));
        this.notices = java.util.List.copyOf(notices);
        this.file = null;
        this.dialect = Dialect.POSTGRESQL;
        this.where = where;
        this.serverConnector = connector;
        this.serverFailure = failure;
        this.connection = connection;
        this.kept = PortableStatements.over(connection);
        this.busyTimeout = DEFAULT_BUSY_TIMEOUT;
    }

    /**
     * A team's pipeline on a PostgreSQL server (store.server opens it, set up and checked): {@code connection}
     * writes, {@code connector} opens the reader; {@code failure} words the server's errors. The store's SQL runs on
     * it as on a file; where the two differ, repositories ask {@link #dialect()}.
     */
    public static Database onServer(String where, java.util.List<String> notices, Connection connection,
                                    Connector connector, Watcher watcher,
                                    java.util.function.Function<SQLException, RuntimeException> failure) {
        LOG.info("Opened team database {}", where);
        try {
            return new Database(where, notices, connection, connector, watcher, failure);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /**
     * Hears the changes others make to what this seller sees (a teammate's call, a manager's reassignment):
     * {@code changed} gets the prospects concerned, a batch at a time, on a thread of its own; close to stop.
     * A file has nobody else's changes to hear of: nothing happens.
     */
    public AutoCloseable watchOthers(java.util.function.Consumer<java.util.Set<Long>> changed) {
        if (!onServer()) {
            return () -> { };
        }
        return watcher.watch(() -> java.util.Set.copyOf(ownBackends), changed);
    }

    private static int backendId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The dialect of a connection this store handed to its work (for code given only the connection). */
    static Dialect dialectOf(Connection c) throws SQLException {
        return c.isWrapperFor(org.sqlite.SQLiteConnection.class) ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** Whether this is a team's server rather than a file: no file copies, no file backups. */
    public boolean onServer() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * The conflict target of an upsert on a seller's own table: its key in the file; on a team server, where every
     * seller has their own rows, the owner and the key ({@code server} when the server's index differs).
     */
    public String ownKey(String columns) {
        return ownKey(columns, columns);
    }

    public String ownKey(String columns, String server) {
        return onServer() ? "(owner, " + server + ")" : "(" + columns + ")";
    }

    /** {@code column} compared and sorted without regard to case: SQLite's NOCASE, PostgreSQL's lower(). */
    public String nocase(String column) {
        return onServer() ? "lower(" + column + ")" : column + " COLLATE NOCASE";
    }

    /** Where the data is, for messages: the file's path or the server's address (never a password). */
    public String where() {
        return where;
    }

    public static Database open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /** Opens (creating if absent) and migrates the database, or fails with a plain message; see {@link Reason}. */
    public static Database open(Path file, Duration busyTimeout) {
        Path path = file.toAbsolutePath().normalize();
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(Reason.MISSING_FOLDER, path, words("store.noFolder", folder));
        }
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.notRegular", path));
        }
        if (Files.exists(path)) {
            inspectExisting(path, Refusal.OPENING);
            if (!writable(path) || !writable(folder)) {
                throw new StoreException(Reason.READ_ONLY, path, words("store.readOnly", path));
            }
        } else {
            if (!writable(folder)) {
                throw new StoreException(Reason.READ_ONLY, path, words("store.folderReadOnly", path, folder));
            }
            createOwnerOnly(path, folder);
        }
        Connection connection = null;
        try {
            connection = connect(path, busyTimeout);
            Migrator migrator = new Migrator(path);
            migrator.migrate(connection);
            probeReadable(connection);
            migrator.checkUniqueEmails(connection);
            LOG.info("Opened database {}", path);
            for (String notice : migrator.notices()) {
                LOG.warn(notice);
            }
            return new Database(path, connection, busyTimeout, migrator.notices());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(path, busyTimeout, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** What opening found that the person should hear about (not errors): for example emails used twice. */
    public java.util.List<String> notices() {
        return notices;
    }

    /**
     * Runs read-only work. Inside a transaction of this thread it reads through that transaction (and so sees its
     * changes); otherwise through a second connection of its own: in WAL mode a reader neither waits for nor blocks
     * a writer, so a search as the user types never waits behind an import.
     */
    public <T> T read(SqlWork<T> work) {
        if (lock.isHeldByCurrentThread()) {
            try {
                return work.run(kept);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        if (lost && onServer()) {
            lock.lock();
            try {
                reconnectIfLost();
            } catch (SQLException e) {
                throw failure(e);
            } finally {
                lock.unlock();
            }
        }
        readLock.lock();
        try {
            if (reader == null) {
                if (onServer()) {
                    reader = serverConnector.connect();
                    ownBackends.add(backendId(reader));
                    keptReader = PortableStatements.over(reader);
                } else {
                    reader = connect(file, busyTimeout);
                    keptReader = StatementCache.over(reader);
                }
            }
            return work.run(keptReader);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            readLock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it when anything fails. Nests. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(kept);
                } finally {
                    transactionDepth--;
                }
            }
            reconnectIfLost();
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result;
            try {
                result = work.run(kept);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly();
                backToAutoCommit(e);
                throw e;
            } finally {
                transactionDepth = 0;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private RuntimeException failure(SQLException e) {
        if (onServer()) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08") || state.startsWith("57P")) {
                // The connection is gone (08: connection failure; 57P: the server shut down): nothing was saved,
                // and the next use connects again.
                lost = true;
            }
            return serverFailure.apply(e);
        }
        return translate(file, busyTimeout, e);
    }

    /**
     * After the server went away, connects again before the next work (under the write lock): what failed was
     * refused whole, and the person's next try (the quick log keeps what was typed) goes through once the server is
     * back. The reader is opened anew on its next use.
     */
    private void reconnectIfLost() throws SQLException {
        if (!lost || !onServer()) {
            return;
        }
        Connection fresh = serverConnector.connect();
        Connection old = connection;
        connection = fresh;
        kept = PortableStatements.over(fresh);
        ownBackends.add(backendId(fresh));
        closeQuietly(old);
        readLock.lock();
        try {
            closeQuietly(reader);
            reader = null;
            keptReader = null;
        } finally {
            readLock.unlock();
        }
        lost = false;
        LOG.info("Connected to {} again", where);
    }

    /**
     * Runs a use case's work, which calls several repositories, in one transaction: all of it is committed or
     * none. The store opens it; no connection is handed out.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    /**
     * Whether any prospect is stored (on a team's server: any of this seller's own): commands that fill an empty
     * database refuse one that holds data.
     */
    public boolean holdsData() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(onServer()
                         ? "SELECT EXISTS (SELECT 1 FROM prospects WHERE owner = current_user::text)"
                         : "SELECT EXISTS (SELECT 1 FROM prospects)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /**
     * Copies the database into {@code target} (an existing empty file) as one consistent snapshot while the app
     * and other programs keep working: SQLite's online backup in a single step, retried a few times when the file
     * is busy, then {@code VACUUM INTO}, which reads in one read transaction and so always finishes.
     */
    public void copyTo(Path target) throws java.io.IOException {
        if (onServer()) {
            throw new app.candor.domain.Refused(words("store.server.noCopy", where));
        }
        String name = target.toAbsolutePath().toString();
        lock.lock();
        try {
            int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase().backup("main", name, null,
                    BACKUP_RETRY_MS, BACKUP_RETRIES, ALL_PAGES);
            if (rc == 0) {
                return;
            }
            LOG.info("Online backup of {} ended with code {}; copying in one read transaction instead", file, rc);
        } catch (SQLException e) {
            if (SafeFiles.diskFull(e)) {
                throw Sqlite.io(e);
            }
            LOG.info("Online backup of {} failed ({}); copying in one read transaction instead", file, e.getMessage());
        } finally {
            lock.unlock();
        }
        java.nio.file.Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-journal"));
        java.nio.file.Files.write(target, new byte[0]);
        lock.lock();
        try (java.sql.PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, name);
            s.execute();
        } catch (SQLException e) {
            throw Sqlite.io(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        readLock.lock();
        try {
            if (reader != null) {
                keptReader.close();
                reader.close();
                reader = null;
                keptReader = null;
            }
        } catch (SQLException e) {
            LOG.warn("Closing the reading connection to {} failed", file, e);
        } finally {
            readLock.unlock();
        }
        lock.lock();
        try {
            kept.close();
            connection.close();
            LOG.info("Closed database {}", where);
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", where, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fails now, with a clear message, when another program holds the file exclusively (a restore) past the busy
     * timeout. Only reads: in WAL mode a reader neither waits for a writer nor blocks one.
     */
    private static void probeReadable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_schema LIMIT 1")) {
            rs.next();
        }
    }

    /**
     * Writable for this process and, on POSIX, meant to be written by its owner: root ignores permission bits,
     * but a folder the user made read-only should still be treated as read-only.
     */
    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.getPosixFilePermissions(path).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Files.isWritable(path);
        }
        return true;
    }

    private static Connection connect(Path path, Duration busyTimeout) throws SQLException {
        SQLiteConfig config = Sqlite.config();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = DriverManager.getConnection(Sqlite.url(path), config.toProperties());
        try {
            Sqlite.distrustSchema(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** What a refusal tells the person to do, by what the file was opened for. */
    public enum Refusal {
        /** Opening the person's database: a damaged one may be restored from a backup. */
        OPENING("store.opening.ifDamaged", "store.opening.ifForeign", null),
        /** Checking a backup before restoring it. */
        RESTORING("store.restoring.then", "store.restoring.then", "store.restoring.then");

        final String ifDamaged;
        final String ifForeign;
        final String ifNewer;

        /** The catalogue's words for each case; none for {@code ifNewer} means the standard advice. */
        Refusal(String ifDamaged, String ifForeign, String ifNewer) {
            this.ifDamaged = Catalogue.personal().text(ifDamaged);
            this.ifForeign = Catalogue.personal().text(ifForeign);
            this.ifNewer = ifNewer == null ? null : Catalogue.personal().text(ifNewer);
        }
    }

    /** Reads the 100-byte SQLite header: refuses empty, foreign, truncated and newer files before SQLite writes. */
    public static void inspectExisting(Path path, Refusal refusal) {
        if (Files.isDirectory(path)) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.isFolder", path) + refusal.ifForeign);
        }
        long size;
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, path, words("store.cannotRead", path, e.getMessage()), e);
        }
        String restoreHint = refusal.ifDamaged;
        if (size == 0) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.empty", path) + restoreHint);
        }
        if (read < SQLITE_MAGIC.length || !java.util.Arrays.equals(header, 0, SQLITE_MAGIC.length,
                SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.notSqlite", path) + restoreHint);
        }
        if (read < header.length) {
            throw new StoreException(Reason.CORRUPT, path, words("store.cutHeader", path) + restoreHint);
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(h.getShort(16));
        long pageBytes = pageSize == 1 ? 65536 : pageSize;
        long changeCounter = Integer.toUnsignedLong(h.getInt(24));
        long pageCount = Integer.toUnsignedLong(h.getInt(28));
        long validFor = Integer.toUnsignedLong(h.getInt(92));
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        boolean walPresent = Files.exists(wal);
        // With a WAL beside it, a shorter file is normal after an interrupted checkpoint: SQLite replays the WAL.
        if (!walPresent && changeCounter == validFor && pageCount > 0 && size < pageCount * pageBytes) {
            throw new StoreException(Reason.CORRUPT, path, words("store.short", path, size, pageCount * pageBytes)
                    + restoreHint);
        }
        int userVersion = h.getInt(60);
        int applicationId = h.getInt(68);
        if (walPresent) {
            // Committed but not yet checkpointed changes (say, after a crash) live in the WAL: ask SQLite, read-only.
            int[] fromSqlite = readOnlyIds(path);
            applicationId = fromSqlite[0];
            userVersion = fromSqlite[1];
        }
        if (applicationId != APPLICATION_ID && applicationId != 0) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.foreign", path) + refusal.ifForeign);
        }
        if (applicationId == APPLICATION_ID && userVersion > Migrator.latestVersion()) {
            throw refusal.ifNewer == null ? Migrator.newerVersion(path, userVersion)
                    : Migrator.newerVersion(path, userVersion, refusal.ifNewer);
        }
        if (applicationId == 0 && !hasNoTables(path)) {
            throw new StoreException(Reason.NOT_A_DATABASE, path, words("store.foreignTables", path) + refusal.ifForeign);
        }
    }

    /** {@code application_id} and {@code user_version} as SQLite sees them, WAL included, without writing. */
    private static int[] readOnlyIds(Path path) {
        try (Connection c = Sqlite.readOnly(path); Statement s = c.createStatement()) {
            int[] ids = new int[2];
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                ids[0] = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                ids[1] = rs.next() ? rs.getInt(1) : 0;
            }
            return ids;
        } catch (SQLException e) {
            throw translate(path, DEFAULT_BUSY_TIMEOUT, e);
        }
    }

    private static boolean hasNoTables(Path path) {
        try (Connection c = Sqlite.readOnly(path); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw translate(path, DEFAULT_BUSY_TIMEOUT, e);
        }
    }

    private static void createOwnerOnly(Path path, Path folder) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
            }
        } catch (IOException e) {
            Reason reason = Files.isWritable(folder) ? Reason.IO : Reason.READ_ONLY;
            throw new StoreException(reason, path, words("store.cannotCreate", path, e.getMessage(), folder), e);
        }
    }

    public static StoreException translate(Path path, Duration busyTimeout, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        String base = code == null ? "" : code.name();
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new StoreException(Reason.BUSY, path, words("store.busy", path, busyTimeout.toSeconds()), e);
        }
        if (base.startsWith("SQLITE_NOTADB")) {
            return new StoreException(Reason.NOT_A_DATABASE, path, words("store.notCandor", path), e);
        }
        if (base.startsWith("SQLITE_CORRUPT")) {
            return new StoreException(Reason.CORRUPT, path, words("store.damaged", path, e.getMessage()), e);
        }
        if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN") || base.startsWith("SQLITE_PERM")) {
            return new StoreException(Reason.READ_ONLY, path, words("store.cannotOpen", path, e.getMessage()), e);
        }
        if (base.startsWith("SQLITE_FULL") || base.startsWith("SQLITE_IOERR_WRITE") || SafeFiles.diskFull(e)) {
            return new StoreException(Reason.DISK_FULL, path, words("store.full", path), e);
        }
        if (String.valueOf(e.getMessage()).contains("integer overflow")) {
            return new StoreException(Reason.CORRUPT, path, words("store.overflow", path, Long.MAX_VALUE), e);
        }
        if (base.startsWith("SQLITE_CONSTRAINT") && String.valueOf(e.getMessage()).contains("prospects_email_unique")) {
            return new StoreException(Reason.CONSTRAINT, path, words("store.sameEmail"), e);
        }
        if (base.startsWith("SQLITE_CONSTRAINT")) {
            return new StoreException(Reason.CONSTRAINT, path, words("store.constraint", path, e.getMessage()), e);
        }
        return new StoreException(Reason.IO, path, words("store.failed", path, e.getMessage()), e);
    }

    /**
     * After a failure SQLite may already have rolled the transaction back (a full disk does): ending it again
     * fails with "no transaction is active", which must not hide the failure that matters.
     */
    private void backToAutoCommit(Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback on {} failed", file, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
        }
    }

    /** The catalogue's words for {@code key}, in the person's locale. */
    static String words(String key, Object... args) {
        return Catalogue.personal().text(key, args);
    }
}
