package app.candor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;

/** {@link MailRepository} over the {@code mail_seen} and {@code failing_addresses} tables (schema V8). */
public final class SqliteMailRepository implements MailRepository {

    private final Database db;

    public SqliteMailRepository(Database db) {
        this.db = db;
    }

    @Override
    public boolean seen(String messageKey) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mail_seen WHERE message_key = ?")) {
                ps.setString(1, messageKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void remember(String messageKey, String threadKey, Long interactionId, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mail_seen (message_key, thread_key,"
                    + " interaction_id, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT " + db.ownKey("message_key") + " DO NOTHING")) {
                ps.setString(1, messageKey);
                ps.setString(2, threadKey == null ? "" : threadKey);
                if (interactionId == null) {
                    ps.setNull(3, Types.INTEGER);
                } else {
                    ps.setLong(3, interactionId);
                }
                ps.setLong(4, at.toEpochMilli());
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public void markFailing(String address, Instant at, String reason) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO failing_addresses (address, failed_at, reason)"
                    + " VALUES (?, ?, ?) ON CONFLICT " + db.ownKey("address", "lower(address)") + " DO UPDATE SET failed_at = excluded.failed_at,"
                    + " reason = excluded.reason")) {
                ps.setString(1, address);
                ps.setLong(2, at.toEpochMilli());
                ps.setString(3, reason == null ? "" : reason);
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public java.util.Optional<Long> dealOfThread(String threadKey, long prospectId) {
        if (threadKey == null || threadKey.isEmpty()) {
            return java.util.Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.deal_id FROM mail_seen s JOIN interactions i"
                    + " ON i.id = s.interaction_id WHERE s.thread_key = ? AND i.prospect_id = ? AND i.deal_id IS NOT NULL"
                    + " ORDER BY s.seen_at LIMIT 1")) {
                ps.setString(1, threadKey);
                ps.setLong(2, prospectId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public java.util.Optional<Failure> failure(String address) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT address, failed_at, reason FROM failing_addresses"
                    + " WHERE address = ?")) {
                ps.setString(1, address);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new Failure(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            rs.getString(3))) : java.util.Optional.<Failure>empty();
                }
            }
        });
    }

    @Override
    public void clearFailing(String address, Instant before) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM failing_addresses WHERE address = ?"
                    + " AND failed_at < ?")) {
                ps.setString(1, address);
                ps.setLong(2, before.toEpochMilli());
                ps.executeUpdate();
                return null;
            }
        });
    }
}
