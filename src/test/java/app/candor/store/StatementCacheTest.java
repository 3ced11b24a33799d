package app.candor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

/** The kept statements behave like fresh ones: same results, no parameters or open reads carried over. */
class StatementCacheTest {

    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        Connection raw = DriverManager.getConnection(Sqlite.url(dir.resolve("c.db")));
        try (Statement s = raw.createStatement()) {
            s.executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            s.executeUpdate("INSERT INTO t (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
        return StatementCache.over(raw);
    }

    private static String name(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM t WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The raw statement behind a handed-out one: the same object when the cache reused it. */
    private static Object behind(PreparedStatement ps) throws SQLException {
        return ps.unwrap(org.sqlite.core.CoreStatement.class);
    }

    @Test
    void aClosedStatementIsHandedOutAgainForTheSameSqlWithItsParametersCleared() throws Exception {
        try (Connection c = open()) {
            Object first;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM t WHERE name = ?")) {
                first = behind(ps);
                ps.setString(1, "two");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM t WHERE name = ?")) {
                assertThat(behind(ps)).isSameAs(first);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("no parameter left from the last caller").isZero();
                }
            }
            assertThat(name(c, 1)).isEqualTo("one");
            assertThat(name(c, 3)).isEqualTo("three");
        }
    }

    @Test
    void aStatementInUseIsNeverHandedOutTwice() throws Exception {
        try (Connection c = open();
             PreparedStatement outer = c.prepareStatement("SELECT id FROM t ORDER BY id");
             ResultSet rows = outer.executeQuery()) {
            StringBuilder seen = new StringBuilder();
            while (rows.next()) {
                try (PreparedStatement inner = c.prepareStatement("SELECT id FROM t ORDER BY id")) {
                    assertThat(behind(inner)).isNotSameAs(behind(outer));
                    try (ResultSet again = inner.executeQuery()) {
                        again.next();
                    }
                }
                seen.append(rows.getLong(1));
            }
            assertThat(seen).hasToString("123");
        }
    }

    @Test
    void closingAStatementEndsItsReadSoAnotherConnectionCanCheckpoint() throws Exception {
        Path file = dir.resolve("wal.db");
        try (Connection raw = DriverManager.getConnection(Sqlite.url(file))) {
            try (Statement s = raw.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY)");
                s.executeUpdate("INSERT INTO t (id) VALUES (1), (2), (3)");
            }
            Connection kept = StatementCache.over(raw);
            PreparedStatement ps = kept.prepareStatement("SELECT id FROM t");
            ResultSet rs = ps.executeQuery();
            rs.next();
            ps.close(); // the result is left open by its caller: the cache must end the read
            assertThat(rs.isClosed()).isTrue();
            try (Connection other = DriverManager.getConnection(Sqlite.url(file));
                 Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO t (id) VALUES (4)");
                try (ResultSet cp = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    cp.next();
                    assertThat(cp.getInt(1)).as("checkpoint not blocked by a reader").isZero();
                }
            }
        }
    }

    @Test
    void aClosedStatementRefusesWorkAndTheConnectionStillUnwrapsToTheDriver() throws Exception {
        try (Connection c = open()) {
            PreparedStatement ps = c.prepareStatement("SELECT 1");
            ps.close();
            assertThat(ps.isClosed()).isTrue();
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class);
            assertThat(c.unwrap(SQLiteConnection.class)).isNotNull();
            assertThat(ps.getConnection()).isSameAs(c);
        }
    }

    @Test
    void beyondTheLimitTheLeastRecentlyUsedStatementsAreClosed() throws Exception {
        try (Connection c = open()) {
            PreparedStatement firstHandedOut = c.prepareStatement("SELECT 0");
            Object first = behind(firstHandedOut);
            firstHandedOut.close();
            for (int i = 1; i <= StatementCache.LIMIT; i++) {
                c.prepareStatement("SELECT " + i).close();
            }
            try (PreparedStatement again = c.prepareStatement("SELECT 0")) {
                assertThat(behind(again)).as("the oldest was let go").isNotSameAs(first);
            }
            assertThat(((Statement) first).isClosed()).isTrue();
        }
    }
}
