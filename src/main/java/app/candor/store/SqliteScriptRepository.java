package app.candor.store;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import app.candor.store.StoreException.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** User scripts in the {@code user_scripts} table. */
public final class SqliteScriptRepository implements ScriptRepository {

    private static final String COLUMNS = "id, title, principle, source, channel, subject, email_body, phone_body";

    private final Database db;
    private final Clock clock;

    public SqliteScriptRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Script> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM user_scripts ORDER BY "
                    + db.nocase("title"));
                 ResultSet rs = ps.executeQuery()) {
                List<Script> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Script> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM user_scripts WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(Script s) {
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_scripts (" + COLUMNS + ", created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT " + db.ownKey("id") + " DO UPDATE SET title = excluded.title,"
                    + " principle = excluded.principle, source = excluded.source, channel = excluded.channel,"
                    + " subject = excluded.subject, email_body = excluded.email_body, phone_body = excluded.phone_body,"
                    + " updated_at = excluded.updated_at")) {
                bind(ps, s);
                ps.setLong(9, now);
                ps.setLong(10, now);
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public void delete(String id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_scripts WHERE id = ?")) {
                ps.setString(1, id);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.noScript", id));
                }
                return null;
            }
        });
    }

    /** Binds the eight columns of {@code COLUMNS}, in order. */
    static void bind(PreparedStatement ps, Script s) throws SQLException {
        ps.setString(1, s.id());
        ps.setString(2, s.title());
        ps.setString(3, s.principle());
        ps.setString(4, s.source());
        ps.setString(5, s.channel().code());
        ps.setString(6, s.emailSubject());
        ps.setString(7, s.emailBody());
        ps.setString(8, s.phoneBody());
    }

    private static Script map(ResultSet rs) throws SQLException {
        return new Script(rs.getString("id"), rs.getString("title"), rs.getString("principle"), rs.getString("source"),
                Channel.fromCode(rs.getString("channel")), rs.getString("subject"), rs.getString("email_body"),
                rs.getString("phone_body"), false);
    }
}
