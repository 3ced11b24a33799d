package app.candor.store;


import app.candor.domain.AlertEvent;
import app.candor.domain.Channel;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Interaction;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.StageChange;
import app.candor.store.StoreException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * All of a user's data at once: read out record by record for a full export, and written back with the same ids
 * into an empty database in one transaction (all or nothing), derived columns recomputed after.
 */
public final class FullData {

    private final Database db;
    private final Derived derived;

    public FullData(Database db, Derived derived) {
        this.db = db;
        this.derived = derived;
    }

    /** Streams every record to {@code sink} inside one read transaction, so the export is a consistent snapshot. */
    public void export(ExportSink sink) {
        db.write(c -> {
            try {
                each(c, "SELECT key, value FROM settings ORDER BY key", rs -> sink.setting(rs.getString(1), rs.getString(2)));
                each(c, "SELECT " + SqliteProspectRepository.COLUMNS + " FROM prospects p ORDER BY p.id",
                        rs -> sink.prospect(SqliteProspectRepository.map(rs)));
                each(c, "SELECT id, prospect_id, title, value_minor, currency, stage, opened_on, closed_on, whose_move,"
                        + " agreed_checkin, checkin_slips, next_step, decision_maker_known, outcome_reason FROM deals ORDER BY id",
                        rs -> sink.deal(SqliteDealRepository.map(rs)));
                each(c, "SELECT " + SqliteInteractionRepository.COLUMNS + " FROM interactions"
                        + " ORDER BY id", rs -> sink.interaction(SqliteInteractionRepository.map(rs)));
                each(c, "SELECT deal_id, previous, agreed, changed_at FROM checkin_changes ORDER BY id",
                        rs -> sink.checkIn(new CheckInChange(rs.getLong(1), Rows.date(rs, "previous"),
                                Rows.date(rs, "agreed"), Rows.instant(rs, "changed_at"))));
                each(c, "SELECT prospect_id, deal_id, until, reason, created_at FROM snoozes ORDER BY id",
                        rs -> sink.snooze(new Snooze(rs.getLong(1), Rows.nullableLong(rs, "deal_id"),
                                Rows.date(rs, "until"), rs.getString("reason"), Rows.instant(rs, "created_at"))));
                each(c, "SELECT id, title, principle, source, channel, subject, email_body, phone_body FROM user_scripts"
                        + " ORDER BY id", rs -> sink.script(new Script(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Channel.fromCode(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), false)));
                each(c, "SELECT deal_id, previous, stage, changed_at FROM stage_changes ORDER BY id",
                        rs -> sink.stageChange(SqliteDealRepository.mapStageChange(rs)));
                each(c, "SELECT prospect_id, deal_id, raised_on, closed_on, answered_on FROM alert_events"
                        + " ORDER BY id",
                        rs -> sink.alertEvent(Derived.mapEvent(rs)));
                each(c, "SELECT prospect_id, address FROM prospect_addresses ORDER BY rowid",
                        rs -> sink.prospectAddress(rs.getLong(1), rs.getString(2)));
            } catch (SQLException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Export failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** Writes records with their ids into an empty database; nothing is written unless all of it is. */
    public interface Restore {
        void setting(String key, String value);

        void prospect(Prospect p);

        void deal(Deal d);

        void interaction(Interaction i);

        void checkIn(CheckInChange change);

        void snooze(Snooze s);

        void script(Script s);

        void stageChange(StageChange change);

        void alertEvent(AlertEvent event);

        /** Another email address of a prospect written before. */
        void prospectAddress(long prospectId, String address);
    }

    /** Runs {@code work} in one transaction on an empty database, then recomputes every derived column. */
    public void restore(RestoreWork work) {
        db.write(c -> {
            if (db.holdsData()) {
                throw new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.fullImport.notEmpty", db.where()));
            }
            try {
                work.run(new Writer(c, db.ownKey("key"), db.onServer()));
            } catch (Failed e) {
                throw e.sql;
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE prospects SET deal_count = (SELECT count(*) FROM deals d WHERE d.prospect_id = prospects.id)");
                s.executeUpdate("UPDATE deals SET snoozed_until = (SELECT s.until FROM snoozes s WHERE s.deal_id = deals.id"
                        + " ORDER BY s.id DESC LIMIT 1)");
                s.executeUpdate("UPDATE prospects SET snoozed_until = (SELECT s.until FROM snoozes s WHERE"
                        + " s.prospect_id = prospects.id AND s.deal_id IS NULL ORDER BY s.id DESC LIMIT 1)");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM prospects ORDER BY id")) {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                for (long id : ids) {
                    derived.refresh(c, id);
                }
            }
            return null;
        });
    }

    /** The import's body, given a writer bound to the open transaction. */
    @FunctionalInterface
    public interface RestoreWork {
        void run(Restore writer);
    }

    /** Carries a SQL failure out of the writer, so callers outside the store never see java.sql. */
    private static final class Failed extends RuntimeException {
        final SQLException sql;

        Failed(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    @FunctionalInterface
    private interface Sql {
        void run() throws SQLException;
    }

    private static void sql(Sql work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private interface RowAction {
        void accept(ResultSet rs) throws Exception;
    }

    private static void each(Connection c, String sql, RowAction action) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(rs);
            }
        }
    }

    /** Inserts with the records' own ids, binding columns the same way the repositories do. */
    private static final class Writer implements Restore {
        private final Connection c;
        /** The settings' conflict target in this store (see {@link Database#ownKey}). */
        private final String settingsKey;

        /**
         * On a team's server the records get new ids from the server (other sellers' rows hold the file's numbers
         * already), and every reference follows them; in the file they keep their own.
         */
        private final boolean server;
        private final java.util.Map<Long, Long> prospects = new java.util.HashMap<>();
        private final java.util.Map<Long, Long> deals = new java.util.HashMap<>();

        Writer(Connection c, String settingsKey, boolean server) {
            this.c = c;
            this.settingsKey = settingsKey;
            this.server = server;
        }

        private long prospectId(long id) {
            return server ? prospects.getOrDefault(id, -id) : id;
        }

        private Long dealId(Long id) {
            return id == null || !server ? id : deals.getOrDefault(id, -id);
        }

        /** Inserts, then the new row's id: the file's own, or the server's for it. */
        private long insert(PreparedStatement ps, long fileId, int idIndex) throws SQLException {
            if (server) {
                ps.executeUpdate();
                return Rows.generatedId(ps);
            }
            ps.setLong(idIndex, fileId);
            ps.executeUpdate();
            return fileId;
        }

        @Override
        public void setting(String key, String value) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                        + " ON CONFLICT " + settingsKey + " DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, key);
                    ps.setString(2, value);
                    ps.executeUpdate();
                }
            });
        }

        @Override
        public void prospectAddress(long prospectId, String address) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO prospect_addresses (address, prospect_id)"
                        + " VALUES (?, ?)")) {
                    ps.setString(1, address.strip().toLowerCase(java.util.Locale.ROOT));
                    ps.setLong(2, prospectId(prospectId));
                    ps.executeUpdate();
                }
            });
        }

        @Override
        public void prospect(Prospect p) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO prospects (name, company, role, email, phone,"
                        + " notes, created_at, archived" + (server ? ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        : ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                    SqliteProspectRepository.bind(ps, p);
                    prospects.put(p.id(), insert(ps, p.id(), 9));
                }
            });
        }

        @Override
        public void deal(Deal d) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO deals (prospect_id, title, value_minor, currency,"
                        + " stage, opened_on, closed_on, whose_move, next_step, decision_maker_known, outcome_reason,"
                        + " agreed_checkin, checkin_slips" + (server ? ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                    SqliteDealRepository.bindEditable(ps, d);
                    ps.setLong(1, prospectId(d.prospectId()));
                    Rows.setDate(ps, 12, d.agreedCheckIn());
                    ps.setInt(13, d.checkInSlips());
                    deals.put(d.id(), insert(ps, d.id(), 14));
                }
            });
        }

        @Override
        public void interaction(Interaction i) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions (prospect_id, deal_id, kind,"
                        + " direction, occurred_at, summary, outcome, script_id" + (server
                        ? ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)" : ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                    SqliteInteractionRepository.bind(ps, new Interaction(i.id(), prospectId(i.prospectId()),
                            dealId(i.dealId()), i.kind(), i.direction(), i.occurredAt(), i.summary(), i.outcome(),
                            i.scriptId()));
                    insert(ps, i.id(), SqliteInteractionRepository.BOUND + 1);
                }
            });
        }

        @Override
        public void checkIn(CheckInChange change) {
            sql(() -> SqliteDealRepository.insertChange(c, new CheckInChange(dealId(change.dealId()),
                    change.previous(), change.agreed(), change.changedAt())));
        }

        @Override
        public void snooze(Snooze s) {
            sql(() -> SqliteDealRepository.insertSnooze(c, new Snooze(prospectId(s.prospectId()),
                    dealId(s.dealId()), s.until(), s.reason(), s.createdAt())));
        }

        @Override
        public void stageChange(StageChange change) {
            sql(() -> SqliteDealRepository.insertStageChange(c, new StageChange(dealId(change.dealId()),
                    change.previous(), change.stage(), change.changedAt())));
        }

        @Override
        public void alertEvent(AlertEvent event) {
            sql(() -> Derived.insertEvent(c, new AlertEvent(prospectId(event.prospectId()),
                    dealId(event.dealId()), event.raisedOn(), event.closedOn(), event.answeredOn())));
        }

        @Override
        public void script(Script s) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_scripts (id, title, principle, source,"
                        + " channel, subject, email_body, phone_body, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
                    SqliteScriptRepository.bind(ps, s);
                    ps.executeUpdate();
                }
            });
        }
    }
}
