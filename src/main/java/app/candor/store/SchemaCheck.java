package app.candor.store;

import app.candor.store.StoreException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that a file brought in from outside (a backup to restore) holds Candor's schema and nothing else: every
 * table, index, view and trigger must be one that Candor's own migrations make at the file's version, with the
 * same SQL. A trigger or view added by another program (which could rewrite data as Candor writes it) is refused.
 */
public final class SchemaCheck {

    /** One entry of {@code sqlite_schema}. */
    record Entry(String type, String name, String table, String sql) {
    }

    private static final Map<Integer, Set<Entry>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** Refuses {@code file} (read through {@code c}) unless its schema is Candor's at {@code version}. */
    public static void check(Connection c, Path file, int version) throws SQLException {
        Set<Entry> expected = expected(version);
        Set<Entry> actual = entries(c);
        for (Entry e : actual) {
            if (!expected.contains(e) && !e.name().startsWith("sqlite_stat")) {
                throw new StoreException(Reason.NOT_A_DATABASE, file, Database.words("store.schema.extra", file, e.type(), e.name()));
            }
        }
        for (Entry e : expected) {
            if (e.type().equals("table") && !actual.contains(e)) {
                throw new StoreException(Reason.CORRUPT, file, Database.words("store.schema.missing", file, e.name()));
            }
        }
    }

    static Set<Entry> expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Migrator.upTo(Path.of(":memory:"), v).migrate(c);
                return entries(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Candor's own migrations failed in memory", e);
            }
        });
    }

    private static Set<Entry> entries(Connection c) throws SQLException {
        Set<Entry> out = new LinkedHashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema")) {
            while (rs.next()) {
                String sql = rs.getString(4);
                out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        sql == null ? null : sql.strip()));
            }
        }
        return out;
    }
}
