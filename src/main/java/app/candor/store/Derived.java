package app.candor.store;


import app.candor.domain.AlertEvent;
import app.candor.domain.AlertSchedule;
import app.candor.domain.CheckInFate;
import app.candor.domain.AlertScheduler;
import app.candor.domain.FollowUpFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the derived columns of a prospect and its deals true, inside the transaction that changed them: first the
 * contact facts ({@link ContactFactsColumns}), then the alert schedule computed by the rules engine. Every write
 * path of the repositories ends in {@link #refresh}.
 */
public final class Derived {

    static final String VERSION_SETTING = "alert_schedule_version";
    private static final Logger LOG = LoggerFactory.getLogger(Derived.class);
    private static final long PROSPECT_KEY = -1;
    /**
     * The day a deal's alert was raised: the first day it fired, never before the deal was opened. In the file,
     * word for word the expression of its index (V3); on a server, PostgreSQL's spelling (alert_from is never null
     * where these are read, so GREATEST's way with nulls does not matter).
     */
    static String dealRaisedOn(Database.Dialect dialect) {
        return dialect == Database.Dialect.SQLITE ? "max(alert_from, opened_on)" : "GREATEST(alert_from, opened_on)";
    }

    /** The same for a prospect without deals, never before the (UTC) day it was added. */
    static String prospectRaisedOn(Database.Dialect dialect) {
        return dialect == Database.Dialect.SQLITE ? "max(alert_from, date(created_at / 1000, 'unixepoch'))"
                : "GREATEST(alert_from, to_char(to_timestamp(created_at / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD'))";
    }
    private static final String COLUMNS = "alert_from, alert_high_from, alert_medium_from, alert_low_from,"
            + " alert_until, response_base_on";
    /** No alert and no response base: what a row without facts (a closed deal, an archived prospect) holds. */
    private static final AlertSchedule NONE = AlertSchedule.never(null);
    private static final String ASSIGN = "alert_from = ?, alert_high_from = ?, alert_medium_from = ?,"
            + " alert_low_from = ?, alert_until = ?, response_base_on = ?";

    private final AlertScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;

    /** The schedules use {@code clock}'s zone; its today dates the alerts that a change closes. */
    public Derived(AlertScheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    AlertSchedule schedule(FollowUpFacts facts) {
        return scheduler.schedule(facts);
    }

    /** Recomputes contact facts and schedules of one prospect and its deals. */
    void refresh(Connection c, long prospectId) throws SQLException {
        ContactFactsColumns.refresh(c, prospectId);
        refreshSchedules(c, prospectId);
    }

    void refreshSchedules(Connection c, long prospectId) throws SQLException {
        refreshTouches(c, prospectId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> firingBefore = firing(c, prospectId, today);
        writeSchedules(c, prospectId);
        if (firingBefore.isEmpty()) {
            return;
        }
        Map<Long, LocalDate> firingAfter = firing(c, prospectId, today);
        for (Map.Entry<Long, LocalDate> e : firingBefore.entrySet()) {
            if (!firingAfter.containsKey(e.getKey())) {
                Long dealId = e.getKey() == PROSPECT_KEY ? null : e.getKey();
                insertEvent(c, new AlertEvent(prospectId, dealId, e.getValue(), today,
                        firstTouch(c, prospectId, dealId, e.getValue(), today)));
            }
        }
    }

    /**
     * The prospect's alerts firing on {@code today}, by deal id ({@link #PROSPECT_KEY} for the prospect itself),
     * each with the day it was raised.
     */
    private Map<Long, LocalDate> firing(Connection c, long prospectId, LocalDate today) throws SQLException {
        Map<Long, LocalDate> out = new HashMap<>();
        String day = today.toString();
        Database.Dialect dialect = Database.dialectOf(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + dealRaisedOn(dialect) + " FROM deals"
                + " WHERE prospect_id = ?1 AND alert_from <= ?2 AND (alert_until IS NULL OR alert_until >= ?2)")) {
            ps.setLong(1, prospectId);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + prospectRaisedOn(dialect) + " FROM prospects"
                + " WHERE id = ?1 AND alert_from <= ?2 AND (alert_until IS NULL OR alert_until >= ?2)")) {
            ps.setLong(1, prospectId);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    out.put(PROSPECT_KEY, LocalDate.parse(rs.getString(1)));
                }
            }
        }
        return out;
    }

    /**
     * The day of our first touch (a call, email, meeting or message we made, outbound or two-way) about the deal or
     * the prospect in general, from the day the alert was raised to today; null when there was none.
     */
    private LocalDate firstTouch(Connection c, long prospectId, Long dealId, LocalDate raised, LocalDate today)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(occurred_at) FROM interactions WHERE prospect_id = ?1"
                + " AND (?2 IS NULL OR deal_id = ?2 OR deal_id IS NULL) AND kind <> 'note' AND direction <> 'inbound'"
                + " AND occurred_at >= ?3 AND occurred_at < ?4")) {
            ps.setLong(1, prospectId);
            Rows.setLong(ps, 2, dealId);
            ps.setLong(3, raised.atStartOfDay(zone).toInstant().toEpochMilli());
            ps.setLong(4, today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null
                        ? LocalDate.ofInstant(Instant.ofEpochMilli(rs.getLong(1)), zone) : null;
            }
        }
    }

    /**
     * Keeps {@code touched_at} of the agreed check-ins of the prospect's deals (null: every prospect): our first
     * touch (a call, email, meeting or message, either way) about the deal or the prospect in general, after the
     * date was agreed and within {@link CheckInFate#GRACE_DAYS} of it.
     */
    private void refreshTouches(Connection c, Long prospectId) throws SQLException {
        record Agreed(long id, long prospectId, long dealId, LocalDate agreed, long agreedAt) {
        }
        List<Agreed> agreed = new ArrayList<>();
        // Two statements, so that one prospect's check-ins are an index search (deals_prospect, then by deal).
        String select = "SELECT cc.id, d.prospect_id, cc.deal_id, cc.agreed, cc.changed_at FROM deals d"
                + " JOIN checkin_changes cc ON cc.deal_id = d.id WHERE cc.agreed IS NOT NULL";
        try (PreparedStatement ps = c.prepareStatement(prospectId == null ? select
                : select + " AND d.prospect_id = ?")) {
            if (prospectId != null) {
                ps.setLong(1, prospectId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    agreed.add(new Agreed(rs.getLong(1), rs.getLong(2), rs.getLong(3), Rows.date(rs, "agreed"),
                            rs.getLong(5)));
                }
            }
        }
        if (agreed.isEmpty()) {
            return;
        }
        try (PreparedStatement near = c.prepareStatement("SELECT min(occurred_at) FROM interactions"
                + " WHERE prospect_id = ? AND (deal_id = ? OR deal_id IS NULL) AND kind <> 'note'"
                + " AND occurred_at > ? AND occurred_at >= ? AND occurred_at < ?");
             PreparedStatement update = c.prepareStatement("UPDATE checkin_changes SET touched_at = ? WHERE id = ?"
                     + " AND touched_at IS DISTINCT FROM ?")) {
            for (Agreed a : agreed) {
                near.setLong(1, a.prospectId());
                near.setLong(2, a.dealId());
                near.setLong(3, a.agreedAt());
                near.setLong(4, CheckInFate.windowStart(a.agreed(), zone).toEpochMilli());
                near.setLong(5, CheckInFate.windowEnd(a.agreed(), zone).toEpochMilli());
                Long touched = null;
                try (ResultSet rs = near.executeQuery()) {
                    if (rs.next()) {
                        long at = rs.getLong(1);
                        touched = rs.wasNull() ? null : at;
                    }
                }
                Rows.setLong(update, 1, touched);
                update.setLong(2, a.id());
                Rows.setLong(update, 3, touched);
                update.executeUpdate();
            }
        }
    }

    static void insertEvent(Connection c, AlertEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_events (prospect_id, deal_id, raised_on,"
                + " closed_on, answered_on) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, event.prospectId());
            Rows.setLong(ps, 2, event.dealId());
            Rows.setDate(ps, 3, event.raisedOn());
            Rows.setDate(ps, 4, event.closedOn());
            Rows.setDate(ps, 5, event.answeredOn());
            ps.executeUpdate();
        }
    }

    static AlertEvent mapEvent(ResultSet rs) throws SQLException {
        return new AlertEvent(rs.getLong("prospect_id"), Rows.nullableLong(rs, "deal_id"), Rows.date(rs, "raised_on"),
                Rows.date(rs, "closed_on"), Rows.date(rs, "answered_on"));
    }

    /**
     * Writes the schedules of the prospect and its deals, touching only the rows whose schedule changed: most
     * interactions leave most schedules as they were, and rewriting an unchanged row still rewrites its entries in
     * the alert indexes.
     */
    private void writeSchedules(Connection c, long prospectId) throws SQLException {
        Map<Long, List<String>> stored = new HashMap<>();
        boolean archived;
        try (PreparedStatement ps = c.prepareStatement("SELECT archived, " + COLUMNS + " FROM prospects WHERE id = ?")) {
            ps.setLong(1, prospectId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                archived = rs.getBoolean(1);
                stored.put(PROSPECT_KEY, columns(rs));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM deals WHERE prospect_id = ?")) {
            ps.setLong(1, prospectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), columns(rs));
                }
            }
        }
        Map<Long, AlertSchedule> wanted = new HashMap<>();
        if (!archived) {
            for (FollowUpFacts f : SqliteFollowUpRepository.forProspect(c, prospectId, zone)) {
                wanted.put(f.dealId() == null ? PROSPECT_KEY : f.dealId(), scheduler.schedule(f));
            }
        }
        for (Map.Entry<Long, List<String>> row : stored.entrySet()) {
            AlertSchedule schedule = wanted.getOrDefault(row.getKey(), NONE);
            if (!columns(schedule).equals(row.getValue())) {
                write(c, row.getKey() == PROSPECT_KEY ? null : row.getKey(), prospectId, schedule);
            }
        }
    }

    /** The six schedule columns as stored, after the first column of {@code rs}. */
    private static List<String> columns(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>(6);
        for (int i = 2; i <= 7; i++) {
            out.add(rs.getString(i));
        }
        return out;
    }

    /** The six schedule columns as {@link #bind} writes them. */
    private static List<String> columns(AlertSchedule s) {
        List<String> out = new ArrayList<>(6);
        for (LocalDate d : new LocalDate[] {s.firstFrom(), s.highFrom(), s.mediumFrom(), s.lowFrom(), s.until(),
                s.responseBase()}) {
            out.add(d == null ? null : d.toString());
        }
        return out;
    }

    /** Recomputes every schedule when the rules or the zone changed since they were stored. */
    public void ensureCurrent(Database db) {
        String wanted = scheduler.version();
        // Read first: a command that finds the schedules current must not wait for another program's write.
        if (wanted.equals(db.read(Derived::storedVersion))) {
            return;
        }
        db.write(c -> {
            if (wanted.equals(storedVersion(c))) {
                return null;
            }
            long start = System.nanoTime();
            int count = recomputeAll(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                    + " ON CONFLICT " + db.ownKey("key") + " DO UPDATE SET value = excluded.value")) {
                ps.setString(1, VERSION_SETTING);
                ps.setString(2, wanted);
                ps.executeUpdate();
            }
            LOG.info("Recomputed {} alert schedules in {} ms", count, (System.nanoTime() - start) / 1_000_000);
            return null;
        });
    }

    private static String storedVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, VERSION_SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private int recomputeAll(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("UPDATE deals SET " + nulls().replace("?", "NULL") + " WHERE alert_from IS NOT NULL"
                    + " OR response_base_on IS NOT NULL");
            s.executeUpdate("UPDATE prospects SET " + nulls().replace("?", "NULL") + " WHERE alert_from IS NOT NULL"
                    + " OR response_base_on IS NOT NULL");
        }
        refreshTouches(c, null);
        List<FollowUpFacts> all = new ArrayList<>(SqliteFollowUpRepository.judgeable(c, zone));
        for (FollowUpFacts f : all) {
            write(c, f, scheduler.schedule(f));
        }
        return all.size();
    }

    private static String nulls() {
        return "alert_from = NULL, alert_high_from = NULL, alert_medium_from = NULL, alert_low_from = NULL,"
                + " alert_until = NULL, response_base_on = NULL";
    }

    private static void write(Connection c, FollowUpFacts f, AlertSchedule s) throws SQLException {
        write(c, f.dealId(), f.prospectId(), s);
    }

    private static void write(Connection c, Long dealId, long prospectId, AlertSchedule s) throws SQLException {
        String sql = dealId == null ? "UPDATE prospects SET " + ASSIGN + " WHERE id = ?"
                : "UPDATE deals SET " + ASSIGN + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, 1, s);
            ps.setLong(7, dealId == null ? prospectId : dealId);
            ps.executeUpdate();
        }
    }

    /** Binds the six schedule columns starting at {@code first}. */
    static void bind(PreparedStatement ps, int first, AlertSchedule s) throws SQLException {
        Rows.setDate(ps, first, s.firstFrom());
        Rows.setDate(ps, first + 1, s.highFrom());
        Rows.setDate(ps, first + 2, s.mediumFrom());
        Rows.setDate(ps, first + 3, s.lowFrom());
        Rows.setDate(ps, first + 4, s.until());
        Rows.setDate(ps, first + 5, s.responseBase());
    }
}
