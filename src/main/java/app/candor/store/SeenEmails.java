package app.candor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The emails an import has met so far, with the line each was first seen on, in a temporary table of the
 * database's connection: SQLite keeps it in a temporary file, so an import's memory does not grow with the file.
 * Made and used inside the import's own write transaction (its statements belong to that connection); dropped by
 * {@link #close()}.
 */
public final class SeenEmails implements AutoCloseable {

    private final Database db;
    private final PreparedStatement insert;
    private final PreparedStatement find;
    /** The temporary table, in the store's own words. */
    private final String table;

    public SeenEmails(Database db) {
        this.db = db;
        this.table = db.onServer() ? "pg_temp.import_seen" : "temp.import_seen";
        PreparedStatement[] statements = db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DROP TABLE IF EXISTS " + table);
                s.executeUpdate("CREATE TEMP TABLE import_seen (email TEXT PRIMARY KEY, line INTEGER NOT NULL)"
                        + (db.onServer() ? "" : " WITHOUT ROWID"));
            }
            return new PreparedStatement[] {prepare(c, "INSERT INTO " + table + " (email, line) VALUES (?, ?)"
                    + " ON CONFLICT (email) DO NOTHING"), prepare(c, "SELECT line FROM " + table + " WHERE email = ?")};
        });
        this.insert = statements[0];
        this.find = statements[1];
    }

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    /** Records {@code email} at {@code line}; returns the line it was seen on before, or null the first time. */
    public Long firstSeen(String email, long line) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return db.write(c -> {
            insert.setString(1, key);
            insert.setLong(2, line);
            if (insert.executeUpdate() == 1) {
                return null;
            }
            find.setString(1, key);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
    }

    @Override
    public void close() {
        db.write(c -> {
            insert.close();
            find.close();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DROP TABLE IF EXISTS " + table);
            }
            return null;
        });
    }
}
