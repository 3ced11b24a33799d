package app.candor.store;

import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** How Candor reaches a SQLite file: always by its exact name, never trusting what the file's schema asks for. */
public final class Sqlite {

    private Sqlite() {
    }

    /**
     * The JDBC address of a file as a {@code file:} URI: the driver reads anything after a {@code ?} in a plain
     * name as settings, so a name holding {@code ?} or {@code #} would otherwise open another file.
     */
    public static String url(Path file) {
        String path = file.toAbsolutePath().toUri().getRawPath().replace("?", "%3F").replace("#", "%23");
        return "jdbc:sqlite:file:" + path;
    }

    public static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config;
    }

    /** Opens a file Candor did not write itself, read-only, with functions in its schema refused. */
    public static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = config();
        config.setReadOnly(true);
        Connection c = DriverManager.getConnection(url(file), config.toProperties());
        distrustSchema(c);
        return c;
    }

    /**
     * {@code trusted_schema=OFF}: views and triggers in a file may not call functions with side effects. (The
     * driver offers no way to set SQLite's defensive flag; the schema allow-list in {@link SchemaCheck} refuses
     * the triggers and views it would guard against.)
     */
    public static void distrustSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        }
    }

    /**
     * {@code PRAGMA quick_check} on a file Candor just wrote: "ok" or a {@link StoreException} naming the file. Not
     * read-only, so that closing removes the {@code -wal} and {@code -shm} files a check of a WAL file makes.
     */
    public static void quickCheck(Path file) {
        String result;
        try (Connection c = DriverManager.getConnection(url(file), config().toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            result = rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            result = e.getMessage();
        }
        if (!"ok".equals(result)) {
            throw new StoreException(Reason.CORRUPT, file, Database.words("store.check", file, result));
        }
    }

    /** Deletes a database file Candor was writing and its rollback journal, if there are any; never fails. */
    public static void deleteWithJournal(Path file) {
        if (file == null) {
            return;
        }
        try {
            java.nio.file.Files.deleteIfExists(file);
            java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Sqlite.class).warn("Cannot delete {}", file, e);
        }
    }

    static IOException io(SQLException e) {
        return new IOException(e.getMessage(), e);
    }
}
