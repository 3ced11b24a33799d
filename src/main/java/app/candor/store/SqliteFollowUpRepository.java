package app.candor.store;

import app.candor.domain.FollowUpFacts;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rules' facts from the maintained columns through partial indexes: open deals, recently lost
 * deals, and deal-less prospects. Never touches the interactions table.
 */
public final class SqliteFollowUpRepository implements FollowUpRepository {

    private static final String DEAL_SELECT = "SELECT p.id AS prospect_id, p.name, p.email, p.company, d.id AS deal_id,"
            + " d.title, d.stage, d.opened_on, d.closed_on, d.whose_move, d.agreed_checkin, d.checkin_slips,"
            + " d.decision_maker_known, d.snoozed_until, NULL AS created_at, "
            + prefixed("d", ContactFactsColumns.SELECT)
            + " FROM deals d JOIN prospects p ON p.id = d.prospect_id";
    private static final String PROSPECT_SELECT = "SELECT p.id AS prospect_id, p.name, p.email, p.company,"
            + " NULL AS deal_id, NULL AS title, 'lead' AS stage, NULL AS opened_on, NULL AS closed_on,"
            + " 'ours' AS whose_move, NULL AS agreed_checkin, 0 AS checkin_slips, 0 AS decision_maker_known,"
            + " p.snoozed_until, p.created_at, " + prefixed("p", ContactFactsColumns.SELECT) + " FROM prospects p";
    private static final String OPEN = "d.stage IN ('lead', 'qualified', 'meeting', 'proposal', 'negotiation')";

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
                return collect(ps);
            }
        });
    }

    @Override
    public List<FollowUpFacts> followUpFacts(long prospectId) {
        String sql = DEAL_SELECT + " WHERE p.id = ?"
                + " UNION ALL " + PROSPECT_SELECT + " WHERE p.id = ? AND p.deal_count = 0";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, prospectId);
                ps.setLong(2, prospectId);
                return collect(ps);
            }
        });
    }

    private List<FollowUpFacts> collect(PreparedStatement ps) throws SQLException {
        List<FollowUpFacts> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    private FollowUpFacts map(ResultSet rs) throws SQLException {
        Long dealId = Rows.nullableLong(rs, "deal_id");
        LocalDate opened = dealId != null ? Rows.date(rs, "opened_on")
                : Instant.ofEpochMilli(rs.getLong("created_at")).atZone(zone).toLocalDate();
        return new FollowUpFacts(rs.getLong("prospect_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("company"), dealId, rs.getString("title"), Stage.fromCode(rs.getString("stage")),
                opened, Rows.date(rs, "closed_on"), WhoseMove.fromCode(rs.getString("whose_move")),
                Rows.date(rs, "agreed_checkin"), rs.getInt("checkin_slips"), rs.getBoolean("decision_maker_known"),
                Rows.date(rs, "snoozed_until"), ContactFactsColumns.read(rs));
    }

    private static String prefixed(String alias, String columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns.split(",\\s*")) {
            out.append(out.length() == 0 ? "" : ", ").append(alias).append('.').append(column);
        }
        return out.toString();
    }
}
