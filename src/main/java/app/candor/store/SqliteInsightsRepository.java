package app.candor.store;

import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

    public SqliteInsightsRepository(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
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
    public List<LostDeal> lostDeals(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<Long, LostDeal> deals = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.prospect_id, p.name, p.company, d.title,"
                    + " d.value_minor, d.currency, d.closed_on, d.outcome_reason,"
                    + " (SELECT s.previous FROM stage_changes s WHERE s.deal_id = d.id AND s.stage = 'lost'"
                    + "   ORDER BY s.id DESC LIMIT 1) AS lost_from,"
                    + " EXISTS (SELECT 1 FROM checkin_changes cc WHERE cc.deal_id = d.id AND cc.agreed IS NOT NULL)"
                    + "   AS checkin_agreed"
                    + " FROM deals d JOIN prospects p ON p.id = d.prospect_id"
                    + " WHERE d.stage = 'lost' AND d.closed_on BETWEEN ? AND ? ORDER BY d.closed_on DESC, d.id DESC")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String lostFrom = rs.getString("lost_from");
                        deals.put(rs.getLong(1), new LostDeal(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), new Money(rs.getLong(6), rs.getString(7)),
                                Rows.date(rs, "closed_on"), rs.getString("outcome_reason"),
                                lostFrom == null ? null : Stage.fromCode(lostFrom), rs.getBoolean("checkin_agreed"),
                                List.of()));
                    }
                }
            }
            if (deals.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Heard>> heard = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.deal_id, i.occurred_at, i.kind, i.summary"
                    + " FROM deals d JOIN interactions i ON i.deal_id = d.id"
                    + " WHERE d.stage = 'lost' AND d.closed_on BETWEEN ? AND ? AND i.occurred_at >= ?"
                    + " ORDER BY i.occurred_at, i.id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                ps.setLong(3, startOf(from));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LostDeal d = deals.get(rs.getLong(1));
                        Instant at = Rows.instant(rs, "occurred_at");
                        if (d != null && !dayOf(at.toEpochMilli()).isBefore(d.lostOn())) {
                            heard.computeIfAbsent(d.dealId(), k -> new ArrayList<>()).add(new Heard(at,
                                    InteractionKind.fromCode(rs.getString("kind")), rs.getString("summary")));
                        }
                    }
                }
            }
            List<LostDeal> out = new ArrayList<>(deals.size());
            for (LostDeal d : deals.values()) {
                out.add(new LostDeal(d.dealId(), d.prospectId(), d.prospect(), d.company(), d.title(), d.value(),
                        d.lostOn(), d.reason(), d.lostFrom(), d.checkInAgreed(),
                        heard.getOrDefault(d.dealId(), List.of())));
            }
            return out;
        });
    }

    @Override
    public List<ClosedAlert> closedAlerts(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<ClosedAlert> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT prospect_id, deal_id, raised_on, closed_on"
                    + " FROM alert_events WHERE raised_on BETWEEN ? AND ? ORDER BY raised_on, id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new ClosedAlert(rs.getLong(1), Rows.nullableLong(rs, "deal_id"),
                                Rows.date(rs, "raised_on"), Rows.date(rs, "closed_on"), null));
                    }
                }
            }
            List<ClosedAlert> out = new ArrayList<>(events.size());
            try (PreparedStatement ps = c.prepareStatement("SELECT min(occurred_at) FROM interactions"
                    + " WHERE prospect_id = ?1 AND (?2 IS NULL OR deal_id = ?2 OR deal_id IS NULL) AND " + OUR_TOUCH
                    + " AND occurred_at >= ?3 AND occurred_at < ?4")) {
                for (ClosedAlert e : events) {
                    ps.setLong(1, e.prospectId());
                    Rows.setLong(ps, 2, e.dealId());
                    ps.setLong(3, startOf(e.raisedOn()));
                    ps.setLong(4, startOf(e.closedOn().plusDays(1)));
                    LocalDate answered = null;
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            answered = dayOf(rs.getLong(1));
                        }
                    }
                    out.add(new ClosedAlert(e.prospectId(), e.dealId(), e.raisedOn(), e.closedOn(), answered));
                }
            }
            return out;
        });
    }

    @Override
    public List<LocalDate> openAlertsRaised(LocalDate from, LocalDate to, LocalDate today) {
        return db.read(c -> {
            List<LocalDate> out = new ArrayList<>();
            String[] sql = {
                "SELECT " + Derived.DEAL_RAISED_ON + " AS raised, count(*) FROM deals WHERE alert_from <= ?3"
                        + " AND " + Derived.DEAL_RAISED_ON + " BETWEEN ?1 AND ?2 GROUP BY raised",
                "SELECT " + Derived.PROSPECT_RAISED_ON + " AS raised, count(*) FROM prospects WHERE alert_from <= ?3"
                        + " AND " + Derived.PROSPECT_RAISED_ON + " BETWEEN ?1 AND ?2 GROUP BY raised"};
            for (String q : sql) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    ps.setString(1, from.toString());
                    ps.setString(2, to.toString());
                    ps.setString(3, today.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            LocalDate day = LocalDate.parse(rs.getString(1));
                            for (int i = rs.getInt(2); i > 0; i--) {
                                out.add(day);
                            }
                        }
                    }
                }
            }
            out.sort(null);
            return out;
        });
    }

    @Override
    public List<DayCount> touchesMade(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, Integer> days = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at / ?3, count(*) FROM interactions"
                    + " WHERE occurred_at >= ?1 AND occurred_at < ?2 AND " + OUR_TOUCH + " GROUP BY occurred_at / ?3")) {
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
    public List<AgreedCheckIn> agreedCheckIns(LocalDate from, LocalDate to, int graceDays) {
        return db.read(c -> {
            List<AgreedCheckIn> rows = new ArrayList<>();
            List<Long> prospects = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT cc.deal_id, d.prospect_id, cc.agreed, cc.changed_at,"
                    + " d.closed_on, n.agreed AS next_agreed, n.changed_at AS next_at"
                    + " FROM checkin_changes cc JOIN deals d ON d.id = cc.deal_id"
                    + " LEFT JOIN checkin_changes n ON n.id = (SELECT min(x.id) FROM checkin_changes x"
                    + "   WHERE x.deal_id = cc.deal_id AND x.id > cc.id)"
                    + " WHERE cc.agreed BETWEEN ? AND ? ORDER BY cc.agreed, cc.id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        prospects.add(rs.getLong("prospect_id"));
                        rs.getLong("next_at");
                        boolean changedAgain = !rs.wasNull();
                        rows.add(new AgreedCheckIn(rs.getLong("deal_id"), Rows.date(rs, "agreed"),
                                Rows.instant(rs, "changed_at"), Rows.date(rs, "next_agreed"),
                                Rows.instant(rs, "next_at"), changedAgain, null, Rows.date(rs, "closed_on")));
                    }
                }
            }
            List<AgreedCheckIn> out = new ArrayList<>(rows.size());
            try (PreparedStatement ps = c.prepareStatement("SELECT min(occurred_at) FROM interactions"
                    + " WHERE prospect_id = ? AND (deal_id = ? OR deal_id IS NULL) AND kind <> 'note'"
                    + " AND occurred_at > ? AND occurred_at >= ? AND occurred_at < ?")) {
                for (int i = 0; i < rows.size(); i++) {
                    AgreedCheckIn r = rows.get(i);
                    ps.setLong(1, prospects.get(i));
                    ps.setLong(2, r.dealId());
                    ps.setLong(3, r.agreedAt().toEpochMilli());
                    ps.setLong(4, startOf(r.agreed().minusDays(graceDays)));
                    ps.setLong(5, startOf(r.agreed().plusDays(graceDays + 1L)));
                    Instant near = null;
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            near = Instant.ofEpochMilli(rs.getLong(1));
                        }
                    }
                    out.add(new AgreedCheckIn(r.dealId(), r.agreed(), r.agreedAt(), r.nextAgreed(), r.nextAt(),
                            r.changedAgain(), near, r.dealClosedOn()));
                }
            }
            return out;
        });
    }

    @Override
    public List<StageMove> stageMoves(LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.deal_id, p.name, d.title, d.value_minor,"
                    + " d.currency, s.previous, s.stage, s.changed_at FROM stage_changes s"
                    + " JOIN deals d ON d.id = s.deal_id JOIN prospects p ON p.id = d.prospect_id"
                    + " WHERE s.changed_at >= ? AND s.changed_at < ? ORDER BY s.changed_at, s.id")) {
                ps.setLong(1, startOf(from));
                ps.setLong(2, startOf(to.plusDays(1)));
                List<StageMove> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StageMove(rs.getLong(1), rs.getString(2), rs.getString(3),
                                new Money(rs.getLong(4), rs.getString(5)), Stage.fromCode(rs.getString(6)),
                                Stage.fromCode(rs.getString(7)), dayOf(rs.getLong(8))));
                    }
                }
                return out;
            }
        });
    }
}
