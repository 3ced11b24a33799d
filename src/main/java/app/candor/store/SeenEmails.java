package app.candor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The emails an import has met so far, with the line each was first seen on, in a temporary table of the
 * database's connection: SQLite keeps it in a temporary file, so an import's memory does not grow with the file.
 * Used inside the import's own write transaction; dropped by {@link #close()}.
 */
public final class SeenEmails implements AutoCloseable {

    private final Database db;

    public SeenEmails(Database db) {
        this.db = db;
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DROP TABLE IF EXISTS temp.import_seen");
                s.executeUpdate("CREATE TEMP TABLE import_seen (email TEXT PRIMARY KEY, line INTEGER NOT NULL)"
                        + " WITHOUT ROWID");
            }
            return null;
        });
    }

    /** Records {@code email} at {@code line}; returns the line it was seen on before, or null the first time. */
    public Long firstSeen(String email, long line) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT line FROM temp.import_seen WHERE email = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.import_seen (email, line) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setLong(2, line);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DROP TABLE IF EXISTS temp.import_seen");
            }
            return null;
        });
    }
}
