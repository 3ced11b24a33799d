package app.candor.store;


import app.candor.domain.history.ClosedAlerts;
import app.candor.domain.history.DayCount;
import app.candor.domain.history.FateCount;
import app.candor.domain.history.Heard;
import app.candor.domain.history.LossCount;
import app.candor.domain.history.LostDeal;
import app.candor.domain.history.LostDeals;
import app.candor.domain.history.ScriptSend;
import app.candor.domain.history.StageMove;
import app.candor.domain.history.StageMoves;
import app.candor.domain.CheckInFate;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Insights history in SQLite: each figure is one indexed range query (docs/PERFORMANCE.md). */
public final class SqliteInsightsRepository implements InsightsRepository {

    /** Touches we made: an attempt or a conversation, notes aside. */
    private static final String OUR_TOUCH = "kind <> 'note' AND direction <> 'inbound'";
    /** Buckets of a quarter of an hour, so every zone's day boundary (even +05:45) falls between two of them. */
    private static final long BUCKET_MILLIS = 15 * 60 * 1000;

    private final Database db;
    private final ZoneId zone;
    /** On a team's server, the one seller whose rows the figures count; null: every row this login sees. */
    private final String seller;

    public SqliteInsightsRepository(Database db, ZoneId zone) {
        this(db, zone, null);
    }

    private SqliteInsightsRepository(Database db, ZoneId zone, String seller) {
        this.db = db;
        this.zone = zone;
        this.seller = seller;
    }

    @Override
    public boolean team() {
        return db.onServer();
    }

    @Override
    public List<String> sellers() {
        if (!db.onServer()) {
            throw app.candor.domain.Refused.because("report.bySeller.file");
        }
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT owner FROM prospects ORDER BY owner");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public InsightsRepository ofSeller(String login) {
        if (!db.onServer()) {
            throw app.candor.domain.Refused.because("report.bySeller.file");
        }
        return new SqliteInsightsRepository(db, zone, login);
    }

    /** " AND alias.owner = 'login'" for one seller's figures; nothing otherwise (the login quoted as SQL text). */
    private String onlySeller(String alias) {
        return seller == null ? "" : " AND " + (alias.isEmpty() ? "" : alias + ".") + "owner = '"
                + seller.replace("'", "''") + "'";
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private LocalDate dayOf(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    @Override
    public List<ScriptSend> scriptSends(LocalDate from, LocalDate to, Duration window) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.script_id, i.kind, i.occurred_at,"
                    + " (SELECT min(r.occurred_at) FROM interactions r WHERE r.prospect_id = i.prospect_id"
                    + "   AND r.kind <> 'note' AND r.direction IN ('inbound', 'two-way')"
                    + "   AND r.occurred_at > i.occurred_at AND r.occurred_at <= i.occurred_at + ?3) AS replied_at"
                    + " FROM interactions i WHERE i.script_id IS NOT NULL AND i.occurred_at >= ?1 AND i.occurred_at < ?2"
                    + " ORDER BY i.occurred_at, i.id")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                ps.setLong(3, window.toMillis());
                List<ScriptSend> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ScriptSend(rs.getString(1), InteractionKind.fromCode(rs.getString(2)),
                                Rows.instant(rs, "occurred_at"), Rows.instant(rs, "replied_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public LostDeals lostDeals(LocalDate from, LocalDate to, int listed) {
        String lostFrom = "(SELECT s.previous FROM stage_changes s WHERE s.deal_id = d.id AND s.stage = 'lost'"
                + " ORDER BY s.id DESC LIMIT 1)";
        String agreed = "EXISTS (SELECT 1 FROM checkin_changes cc WHERE cc.deal_id = d.id AND cc.agreed IS NOT NULL)";
        String lost = " FROM deals d WHERE d.stage = 'lost' AND d.closed_on BETWEEN ?1 AND ?2";
        return db.read(c -> {
            List<LossCount> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT lost_from, checkin_agreed, count(*) FROM (SELECT "
                    + lostFrom + " AS lost_from, " + agreed + " AS checkin_agreed" + lost + ") AS lost GROUP BY 1, 2")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stage = rs.getString(1);
                        counts.add(new LossCount(stage == null ? null : Stage.fromCode(stage), rs.getBoolean(2),
                                rs.getInt(3)));
                    }
                }
            }
            Map<Long, LostDeal> deals = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.prospect_id, p.name, p.company, d.title,"
                    + " d.value_minor, d.currency, d.closed_on, d.outcome_reason, " + lostFrom + " AS lost_from, "
                    + agreed + " AS checkin_agreed FROM deals d JOIN prospects p ON p.id = d.prospect_id"
                    + " WHERE d.stage = 'lost' AND d.closed_on BETWEEN ?1 AND ?2 ORDER BY d.closed_on DESC, d.id DESC"
                    + " LIMIT ?3")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                ps.setInt(3, listed);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stage = rs.getString("lost_from");
                        deals.put(rs.getLong(1), new LostDeal(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), new Money(rs.getLong(6), rs.getString(7)),
                                Rows.date(rs, "closed_on"), rs.getString("outcome_reason"),
                                stage == null ? null : Stage.fromCode(stage), rs.getBoolean("checkin_agreed"),
                                List.of()));
                    }
                }
            }
            List<LostDeal> out = new ArrayList<>(deals.size());
            // What was logged on the deal, or on the prospect in general (as the quick log does once a deal is
            // closed), on or after the day it was lost.
            try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, kind, summary FROM interactions"
                    + " WHERE (deal_id = ?1 OR (deal_id IS NULL AND prospect_id = ?2)) AND occurred_at >= ?3"
                    + " ORDER BY occurred_at, id")) {
                for (LostDeal d : deals.values()) {
                    ps.setLong(1, d.dealId());
                    ps.setLong(2, d.prospectId());
                    ps.setLong(3, startOf(d.lostOn()));
                    List<Heard> heard = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            heard.add(new Heard(Rows.instant(rs, "occurred_at"), InteractionKind.fromCode(
                                    rs.getString("kind")), rs.getString("summary")));
                        }
                    }
                    out.add(new LostDeal(d.dealId(), d.prospectId(), d.prospect(), d.company(), d.title(), d.value(),
                            d.lostOn(), d.reason(), d.lostFrom(), d.checkInAgreed(), heard));
                }
            }
            return new LostDeals(counts, out);
        });
    }

    @Override
    public List<ClosedAlerts> closedAlerts(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT raised_on,"
                    + (db.dialect() == Database.Dialect.SQLITE
                            ? " CAST(julianday(answered_on) - julianday(raised_on) AS INTEGER)"
                            : " CAST(answered_on AS date) - CAST(raised_on AS date)") + " AS days, count(*)"
                    + " FROM alert_events WHERE raised_on BETWEEN ? AND ?" + onlySeller("")
                    + " GROUP BY 1, 2 ORDER BY 1, 2")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                List<ClosedAlerts> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int days = rs.getInt(2);
                        Integer answered = rs.wasNull() ? null : days;
                        out.add(new ClosedAlerts(Rows.date(rs, "raised_on"), answered, rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<DayCount> openAlertsRaised(LocalDate from, LocalDate to, LocalDate today) {
        return db.read(c -> {
            Map<LocalDate, Integer> days = new TreeMap<>();
            String deal = Derived.dealRaisedOn(db.dialect());
            String prospect = Derived.prospectRaisedOn(db.dialect());
            String[] sql = {
                "SELECT " + deal + " AS raised, count(*) FROM deals WHERE alert_from IS NOT NULL"
                        + " AND alert_from <= ?3 AND " + deal + " BETWEEN ?1 AND ?2" + onlySeller("")
                        + " GROUP BY raised",
                "SELECT " + prospect + " AS raised, count(*) FROM prospects WHERE alert_from IS NOT NULL"
                        + " AND alert_from <= ?3 AND " + prospect + " BETWEEN ?1 AND ?2" + onlySeller("")
                        + " GROUP BY raised"};
            for (String q : sql) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    ps.setString(1, from.toString());
                    ps.setString(2, to.toString());
                    ps.setString(3, today.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            days.merge(LocalDate.parse(rs.getString(1)), rs.getInt(2), Integer::sum);
                        }
                    }
                }
            }
            List<DayCount> out = new ArrayList<>();
            days.forEach((day, n) -> out.add(new DayCount(day, n)));
            return out;
        });
    }

    @Override
    public List<DayCount> touchesMade(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, Integer> days = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at / ?3, count(*) FROM interactions"
                    + " WHERE occurred_at >= ?1 AND occurred_at < ?2 AND " + OUR_TOUCH + onlySeller("") + " GROUP BY 1")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                ps.setLong(3, BUCKET_MILLIS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.merge(dayOf(rs.getLong(1) * BUCKET_MILLIS), rs.getInt(2), Integer::sum);
                    }
                }
            }
            List<DayCount> out = new ArrayList<>();
            days.forEach((day, n) -> out.add(new DayCount(day, n)));
            return out;
        });
    }

    @Override
    public List<FateCount> checkInFates(LocalDate from, LocalDate to, LocalDate today) {
        // touched_at and next_* are kept by the writing transactions (Derived, SqliteDealRepository.insertChange),
        // so this reads one covering index and the deal's close date.
        String sql = "SELECT cc.agreed, CASE"
                + " WHEN cc.touched_at IS NOT NULL AND (cc.next_at IS NULL OR cc.touched_at < cc.next_at) THEN 'kept'"
                + " WHEN cc.next_at IS NOT NULL THEN CASE WHEN cc.next_agreed > cc.agreed THEN 'slipped' ELSE 'replaced' END"
                + " WHEN d.closed_on IS NOT NULL AND d.closed_on <= cc.agreed THEN 'replaced'"
                + " WHEN " + (db.dialect() == Database.Dialect.SQLITE ? "date(cc.agreed, '+' || ?3 || ' days')"
                        : "to_char(CAST(cc.agreed AS date) + CAST(?3 AS integer), 'YYYY-MM-DD')")
                + " < ?4 THEN 'missed' ELSE 'not-yet' END AS fate, count(*)"
                + " FROM checkin_changes cc JOIN deals d ON d.id = cc.deal_id"
                + " WHERE cc.agreed BETWEEN ?1 AND ?2" + onlySeller("cc") + " GROUP BY 1, 2 ORDER BY 1, 2";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                ps.setInt(3, CheckInFate.GRACE_DAYS);
                ps.setString(4, today.toString());
                List<FateCount> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FateCount(Rows.date(rs, "agreed"), CheckInFate.fromCode(rs.getString("fate")),
                                rs.getInt(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public StageMoves stageMoves(LocalDate from, LocalDate to, int listed) {
        return db.read(c -> {
            int dealsMoved;
            Map<Stage, Integer> into = new EnumMap<>(Stage.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT stage, count(*)"
                    + " FROM stage_changes WHERE changed_at >= ? AND changed_at < ? GROUP BY stage")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.put(Stage.fromCode(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT deal_id FROM stage_changes"
                    + " WHERE changed_at >= ? AND changed_at < ? GROUP BY deal_id) AS moved")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                try (ResultSet rs = ps.executeQuery()) {
                    dealsMoved = rs.next() ? rs.getInt(1) : 0;
                }
            }
            List<StageMove> newest = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.deal_id, p.name, d.title, d.value_minor,"
                    + " d.currency, s.previous, s.stage, s.changed_at FROM stage_changes s"
                    + " JOIN deals d ON d.id = s.deal_id JOIN prospects p ON p.id = d.prospect_id"
                    + " WHERE s.changed_at >= ? AND s.changed_at < ? ORDER BY s.changed_at DESC, s.id DESC LIMIT ?")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                ps.setInt(3, listed);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        newest.add(new StageMove(rs.getLong(1), rs.getString(2), rs.getString(3),
                                new Money(rs.getLong(4), rs.getString(5)), Stage.fromCode(rs.getString(6)),
                                Stage.fromCode(rs.getString(7)), dayOf(rs.getLong(8))));
                    }
                }
            }
            return new StageMoves(dealsMoved, into, newest);
        });
    }
}
