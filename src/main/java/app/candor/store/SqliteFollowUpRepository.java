package app.candor.store;


import app.candor.domain.ContactFacts;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Outcome;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rules' facts from the maintained columns through partial indexes, and ranks the daily queue from the
 * stored alert schedules. Never touches the interactions table.
 */
public final class SqliteFollowUpRepository implements FollowUpRepository {

    private static final String DEAL_SELECT = "SELECT p.id AS prospect_id, p.name, p.email, p.company, d.id AS deal_id,"
            + " d.title, d.stage, d.opened_on, d.closed_on, d.whose_move, d.agreed_checkin, d.checkin_slips,"
            + " d.decision_maker_known, d.snoozed_until, CAST(NULL AS BIGINT) AS created_at, "
            + prefixed("d", ContactFactsColumns.SELECT) + ", d.value_minor, d.currency"
            + " FROM deals d JOIN prospects p ON p.id = d.prospect_id";
    private static final String PROSPECT_SELECT = "SELECT p.id AS prospect_id, p.name, p.email, p.company,"
            + " NULL AS deal_id, NULL AS title, 'lead' AS stage, NULL AS opened_on, NULL AS closed_on,"
            + " 'ours' AS whose_move, NULL AS agreed_checkin, 0 AS checkin_slips, 0 AS decision_maker_known,"
            + " p.snoozed_until, p.created_at, " + prefixed("p", ContactFactsColumns.SELECT)
            + ", NULL AS value_minor, NULL AS currency FROM prospects p";
    private static final String OPEN = "d.stage IN ('lead', 'qualified', 'meeting', 'proposal', 'negotiation')";
    private static final String RANK = ("CASE WHEN %1$s.alert_high_from <= ?1 THEN " + Severity.HIGH.rank()
            + " WHEN %1$s.alert_medium_from <= ?1 THEN " + Severity.MEDIUM.rank() + " ELSE " + Severity.LOW.rank() + " END");
    /** Open-ended schedules and windowed ones, each matching its own partial index. */
    private static final String OPEN_ENDED = "%1$s.alert_from <= ?1 AND %1$s.alert_until IS NULL";
    private static final String WINDOWED = "%1$s.alert_until >= ?1 AND %1$s.alert_from <= ?1";

    private final Database db;
    private final ZoneId zone;

    public SqliteFollowUpRepository(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public List<FollowUpFacts> followUpFacts(LocalDate lostSince) {
        String sql = DEAL_SELECT + " WHERE " + OPEN + " AND p.archived = 0"
                + " UNION ALL " + DEAL_SELECT + " WHERE d.stage = 'lost' AND d.closed_on >= ? AND p.archived = 0"
                + " UNION ALL " + PROSPECT_SELECT + " WHERE p.deal_count = 0 AND p.archived = 0";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, lostSince.toString());
                return collect(ps, zone);
            }
        });
    }

    @Override
    public List<FollowUpFacts> followUpFacts(long prospectId) {
        return db.read(c -> forProspect(c, prospectId, zone));
    }

    /** How far a deal has come, as the queue ranks it (Stage.progress), in SQL. */
    private static final String PROGRESS = "CASE d.stage " + java.util.Arrays.stream(Stage.values())
            .map(st -> "WHEN '" + st.code() + "' THEN " + st.progress()).collect(java.util.stream.Collectors.joining(" "))
            + " END";
    /** A lead without an agreed date, silent since ?3 or before: the revive list. */
    private static final String DEAL_REVIVE = "(d.stage = 'lead' AND d.agreed_checkin IS NULL AND d.response_base_on <= ?3)";
    private static final String PROSPECT_REVIVE = "(p.response_base_on <= ?3)";

    @Override
    public List<QueueRow> alerting(LocalDate today, int limit, Shelf shelf) {
        String deals = "SELECT d.prospect_id, d.id AS deal_id, " + RANK.formatted("d") + " AS rank, d.response_base_on,"
                + " " + PROGRESS + " AS progress, d.value_minor AS value,"
                + " CASE WHEN d.agreed_checkin IS NOT NULL THEN 1 ELSE 0 END AS agreed"
                + " FROM deals d WHERE " + dealShelf(shelf) + " AND ";
        String prospects = " UNION ALL SELECT p.id, NULL, " + RANK.formatted("p") + ", p.response_base_on, "
                + Stage.LEAD.progress() + ", 0, 0 FROM prospects p WHERE " + prospectShelf(shelf) + " AND "
                + OPEN_ENDED.formatted("p");
        String sql = "SELECT prospect_id, deal_id, rank, response_base_on FROM ("
                + deals + OPEN_ENDED.formatted("d") + " UNION ALL " + deals + WINDOWED.formatted("d")
                + (includesProspects(shelf) ? prospects : "")
                + ") AS alerting ORDER BY rank, progress DESC, value DESC, agreed DESC, response_base_on, prospect_id, deal_id"
                + " LIMIT ?2";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, today, shelf);
                ps.setInt(2, limit);
                List<QueueRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new QueueRow(rs.getLong(1), Rows.nullableLong(rs, "deal_id"),
                                Severity.ofRank(rs.getInt(3)), LocalDate.parse(rs.getString(4))));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public Counts counts(LocalDate today, LocalDate reviveBefore, Stage stage) {
        String stageFilter = stage == null ? "" : " AND d.stage = ?4";
        String deals = "SELECT " + DEAL_REVIVE + " AS revive FROM deals d WHERE d.prospect_id NOT IN (" + ARRIVING + ")"
                + stageFilter + " AND ";
        String sql = "SELECT count(*) FILTER (WHERE NOT revive), count(*) FILTER (WHERE revive),"
                + " (SELECT count(*) FROM prospects"
                + " WHERE arrives_on > ?1) FROM (" + deals + OPEN_ENDED.formatted("d") + " UNION ALL " + deals
                + WINDOWED.formatted("d")
                + (stage == null || stage == Stage.LEAD ? " UNION ALL SELECT " + PROSPECT_REVIVE + " FROM prospects p"
                + " WHERE (p.arrives_on IS NULL OR p.arrives_on <= ?1) AND " + OPEN_ENDED.formatted("p") : "")
                + ") AS waiting";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, today, new Shelf(false, reviveBefore, stage));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                }
            }
        });
    }

    @Override
    public java.util.Map<Long, String> owners(java.util.Collection<Long> prospectIds) {
        if (!db.onServer() || prospectIds.isEmpty()) {
            return java.util.Map.of();
        }
        return db.read(c -> {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, owner FROM prospects WHERE id = ANY (?)")) {
                ps.setArray(1, c.createArrayOf("bigint", prospectIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Prospects of a large import still waiting to join the queue on ?1. */
    private static final String ARRIVING = "SELECT id FROM prospects WHERE arrives_on > ?1";

    private static String dealShelf(Shelf shelf) {
        return (shelf.revive() ? DEAL_REVIVE : "NOT " + DEAL_REVIVE)
                + (shelf.stage() == null ? "" : " AND d.stage = ?4")
                + " AND d.prospect_id NOT IN (" + ARRIVING + ")";
    }

    private static String prospectShelf(Shelf shelf) {
        return (shelf.revive() ? PROSPECT_REVIVE : "NOT " + PROSPECT_REVIVE)
                + " AND (p.arrives_on IS NULL OR p.arrives_on <= ?1)";
    }

    @Override
    public java.util.Set<Long> arriving(LocalDate today) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ARRIVING)) {
                ps.setString(1, today.toString());
                java.util.Set<Long> ids = new java.util.HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Prospects without a deal count as leads: they are read unless another stage is asked for. */
    private static boolean includesProspects(Shelf shelf) {
        return shelf.stage() == null || shelf.stage() == Stage.LEAD;
    }

    private static void bind(PreparedStatement ps, LocalDate today, Shelf shelf) throws SQLException {
        ps.setString(1, today.toString());
        ps.setString(3, shelf.reviveBefore().toString());
        if (shelf.stage() != null) {
            ps.setString(4, shelf.stage().code());
        }
    }

    /** Facts of one prospect's deals, or of the prospect itself when it has none. */
    static List<FollowUpFacts> forProspect(Connection c, long prospectId, ZoneId zone) throws SQLException {
        String sql = DEAL_SELECT + " WHERE p.id = ?"
                + " UNION ALL " + PROSPECT_SELECT + " WHERE p.id = ? AND p.deal_count = 0";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, prospectId);
            ps.setLong(2, prospectId);
            return collect(ps, zone);
        }
    }

    /** Everything that can ever alert: open and lost deals and deal-less prospects, of active prospects. */
    static List<FollowUpFacts> judgeable(Connection c, ZoneId zone) throws SQLException {
        String sql = DEAL_SELECT + " WHERE (" + OPEN + " OR d.stage = 'lost') AND p.archived = 0"
                + " UNION ALL " + PROSPECT_SELECT + " WHERE p.deal_count = 0 AND p.archived = 0";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return collect(ps, zone);
        }
    }

    private static List<FollowUpFacts> collect(PreparedStatement ps, ZoneId zone) throws SQLException {
        List<FollowUpFacts> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs, zone));
            }
        }
        return out;
    }

    /** By column position, in the order of DEAL_SELECT and PROSPECT_SELECT: this runs for every open deal. */
    private static FollowUpFacts map(ResultSet rs, ZoneId zone) throws SQLException {
        long dealId = rs.getLong(5);
        boolean hasDeal = !rs.wasNull();
        LocalDate opened = hasDeal ? Rows.parseDate(rs.getString(8))
                : Instant.ofEpochMilli(rs.getLong(15)).atZone(zone).toLocalDate();
        String outcome = rs.getString(18);
        ContactFacts contact = new ContactFacts(instant(rs, 16), instant(rs, 17),
                outcome == null ? null : Outcome.fromCode(outcome), rs.getInt(19), instant(rs, 20), instant(rs, 21),
                instant(rs, 22), rs.getString(23));
        return new FollowUpFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                hasDeal ? dealId : null, rs.getString(6), Stage.fromCode(rs.getString(7)), opened,
                Rows.parseDate(rs.getString(9)), WhoseMove.fromCode(rs.getString(10)), Rows.parseDate(rs.getString(11)),
                rs.getInt(12), rs.getBoolean(13), Rows.parseDate(rs.getString(14)), contact,
                hasDeal ? new app.candor.domain.Money(rs.getLong(24), rs.getString(25)) : null);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static String prefixed(String alias, String columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns.split(",\\s*")) {
            out.append(out.length() == 0 ? "" : ", ").append(alias).append('.').append(column);
        }
        return out.toString();
    }
}
