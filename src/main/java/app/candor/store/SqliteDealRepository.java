package app.candor.store;


import app.candor.domain.Bounds;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.PipelineRow;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.StageChange;
import app.candor.domain.StageTotal;
import app.candor.domain.WhoseMove;
import app.candor.store.StoreException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deals, check-in history and snoozes in SQLite. */
public final class SqliteDealRepository implements DealRepository {

    private static final String COLUMNS = "id, prospect_id, title, value_minor, currency, stage, opened_on, closed_on,"
            + " whose_move, agreed_checkin, checkin_slips, next_step, decision_maker_known, outcome_reason";

    private final Database db;
    private final Derived derived;

    public SqliteDealRepository(Database db, Derived derived) {
        this.db = db;
        this.derived = derived;
    }

    @Override
    public Deal add(Deal d) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO deals (prospect_id, title, value_minor,"
                    + " currency, stage, opened_on, closed_on, whose_move, next_step, decision_maker_known,"
                    + " outcome_reason, agreed_checkin, checkin_slips) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindEditable(ps, d);
                Rows.setDate(ps, 12, d.agreedCheckIn());
                ps.setInt(13, d.checkInSlips());
                ps.executeUpdate();
                id = Rows.generatedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE prospects SET deal_count = deal_count + 1 WHERE id = ?")) {
                ps.setLong(1, d.prospectId());
                ps.executeUpdate();
            }
            if (d.agreedCheckIn() != null) {
                insertChange(c, new CheckInChange(id, null, d.agreedCheckIn(), d.openedOn()
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            }
            derived.refresh(c, d.prospectId());
            return d.withId(id);
        });
    }

    @Override
    public void update(Deal d) {
        db.write(c -> {
            update(c, d, derived.now());
            return null;
        });
    }

    /** Saves the editable columns; a change of stage is recorded as made at {@code at}. */
    private void update(Connection c, Deal d, Instant at) throws SQLException {
        Stage before = find(c, d.id()).map(Deal::stage).orElseThrow(() -> missing(d.id()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE deals SET prospect_id = ?, title = ?,"
                + " value_minor = ?, currency = ?, stage = ?, opened_on = ?, closed_on = ?, whose_move = ?,"
                + " next_step = ?, decision_maker_known = ?, outcome_reason = ? WHERE id = ? AND prospect_id = ?")) {
            bindEditable(ps, d);
            ps.setLong(12, d.id());
            ps.setLong(13, d.prospectId());
            requireOne(ps.executeUpdate(), d.id());
        }
        if (before != d.stage()) {
            insertStageChange(c, new StageChange(d.id(), before, d.stage(), at));
        }
        derived.refreshSchedules(c, d.prospectId());
    }

    @Override
    public Deal undoStageMove(long dealId, Stage from, Stage to) {
        return db.write(c -> {
            Deal deal = find(c, dealId).orElseThrow(() -> missing(dealId));
            if (deal.stage() != to) {
                throw new app.candor.domain.Refused("\"" + deal.title() + "\" has moved on since (it is at "
                        + deal.stage().code() + "); nothing was undone.");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE deals SET stage = ? WHERE id = ?")) {
                ps.setString(1, from.code());
                ps.setLong(2, dealId);
                requireOne(ps.executeUpdate(), dealId);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM stage_changes WHERE id = (SELECT max(id)"
                    + " FROM stage_changes WHERE deal_id = ? AND previous = ? AND stage = ?)")) {
                ps.setLong(1, dealId);
                ps.setString(2, from.code());
                ps.setString(3, to.code());
                ps.executeUpdate();
            }
            derived.refreshSchedules(c, deal.prospectId());
            return find(c, dealId).orElseThrow();
        });
    }

    @Override
    public Optional<Deal> find(long id) {
        return db.read(c -> find(c, id));
    }

    @Override
    public List<Deal> forProspect(long prospectId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM deals WHERE prospect_id = ?"
                    + " ORDER BY closed_on IS NOT NULL, opened_on DESC, id DESC")) {
                ps.setLong(1, prospectId);
                List<Deal> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Deal agreeCheckIn(long dealId, LocalDate agreed, Instant at) {
        Bounds.date(agreed, "The agreed check-in");
        return db.write(c -> {
            Deal deal = find(c, dealId).orElseThrow(() -> missing(dealId));
            CheckInChange change = new CheckInChange(dealId, deal.agreedCheckIn(), agreed, at);
            insertChange(c, change);
            try (PreparedStatement ps = c.prepareStatement("UPDATE deals SET agreed_checkin = ?,"
                    + " checkin_slips = checkin_slips + ? WHERE id = ?")) {
                Rows.setDate(ps, 1, agreed);
                ps.setInt(2, change.isSlip() ? 1 : 0);
                ps.setLong(3, dealId);
                ps.executeUpdate();
            }
            derived.refreshSchedules(c, deal.prospectId());
            return find(c, dealId).orElseThrow();
        });
    }

    @Override
    public Deal agreeCheckIn(long dealId, LocalDate agreed, Instant at, WhoseMove whoseMove) {
        return db.write(c -> {
            Deal deal = agreeCheckIn(dealId, agreed, at);
            Deal moved = deal.withWhoseMove(whoseMove);
            update(moved);
            return moved;
        });
    }

    @Override
    public List<CheckInChange> checkInHistory(long dealId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT deal_id, previous, agreed, changed_at"
                    + " FROM checkin_changes WHERE deal_id = ? ORDER BY id")) {
                ps.setLong(1, dealId);
                List<CheckInChange> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CheckInChange(rs.getLong("deal_id"), Rows.date(rs, "previous"),
                                Rows.date(rs, "agreed"), Rows.instant(rs, "changed_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Deal close(long dealId, boolean won, LocalDate on, String reasonInTheirWords) {
        return db.write(c -> {
            Deal closed = find(c, dealId).orElseThrow(() -> missing(dealId)).closed(won, on, reasonInTheirWords);
            Instant now = derived.now();
            boolean today = on.equals(LocalDate.ofInstant(now, derived.zone()));
            update(c, closed, today ? now : on.atTime(LocalTime.NOON).atZone(derived.zone()).toInstant());
            return closed;
        });
    }

    @Override
    public void snooze(Snooze s) {
        db.write(c -> {
            // The same snooze saved again (a save tried again after its answer was lost) is recorded once.
            if (!sameAsLast(c, s)) {
                insertSnooze(c, s);
            }
            String sql = s.dealId() == null
                    ? "UPDATE prospects SET snoozed_until = ? WHERE id = ?"
                    : "UPDATE deals SET snoozed_until = ? WHERE id = ? AND prospect_id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Rows.setDate(ps, 1, s.until());
                if (s.dealId() == null) {
                    ps.setLong(2, s.prospectId());
                } else {
                    ps.setLong(2, s.dealId());
                    ps.setLong(3, s.prospectId());
                }
                requireOne(ps.executeUpdate(), s.dealId() == null ? s.prospectId() : s.dealId());
            }
            derived.refreshSchedules(c, s.prospectId());
            return null;
        });
    }

    @Override
    public List<Snooze> snoozes(long prospectId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT prospect_id, deal_id, until, reason, created_at"
                    + " FROM snoozes WHERE prospect_id = ? ORDER BY id")) {
                ps.setLong(1, prospectId);
                List<Snooze> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Snooze(rs.getLong("prospect_id"), Rows.nullableLong(rs, "deal_id"),
                                Rows.date(rs, "until"), rs.getString("reason"), Rows.instant(rs, "created_at")));
                    }
                }
                return out;
            }
        });
    }

    private static final String PIPELINE_WHERE = " FROM deals d JOIN prospects p ON p.id = d.prospect_id"
            + " WHERE d.stage IN ('lead', 'qualified', 'meeting', 'proposal', 'negotiation') AND p.archived = 0"
            + " AND (?2 IS NULL OR d.whose_move = ?2)";
    private static final String STALLED = "(CASE WHEN d.alert_high_from <= ?1 OR d.alert_medium_from <= ?1 THEN 1 ELSE 0 END)";

    @Override
    public List<PipelineRow> pipeline(LocalDate today, WhoseMove filter, int perStage) {
        String sql = "SELECT * FROM (SELECT d.id, d.prospect_id, p.name, p.company, d.title, d.value_minor, d.currency,"
                + " d.stage, d.whose_move, d.agreed_checkin, " + STALLED + " AS stalled,"
                + " row_number() OVER (PARTITION BY d.stage ORDER BY d.value_minor DESC, d.id) AS n" + PIPELINE_WHERE
                + ") AS ranked WHERE n <= ?3 ORDER BY stage, n";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, today.toString());
                ps.setString(2, filter == null ? null : filter.code());
                ps.setInt(3, perStage);
                List<PipelineRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PipelineRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), new Money(rs.getLong(6), rs.getString(7)), Stage.fromCode(rs.getString(8)),
                                WhoseMove.fromCode(rs.getString(9)), Rows.date(rs, "agreed_checkin"), rs.getBoolean(11)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<StageTotal> stageTotals(LocalDate today, WhoseMove filter) {
        String sql = "SELECT d.stage, d.currency, count(*), sum(d.value_minor), sum(" + STALLED + ")" + PIPELINE_WHERE
                + " GROUP BY d.stage, d.currency ORDER BY d.stage, sum(d.value_minor) DESC";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, today.toString());
                ps.setString(2, filter == null ? null : filter.code());
                List<StageTotal> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StageTotal(Stage.fromCode(rs.getString(1)), rs.getString(2), rs.getInt(3),
                                rs.getLong(4), rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    static Deal map(ResultSet rs) throws SQLException {
        return new Deal(rs.getLong("id"), rs.getLong("prospect_id"), rs.getString("title"),
                new Money(rs.getLong("value_minor"), rs.getString("currency")), Stage.fromCode(rs.getString("stage")),
                Rows.date(rs, "opened_on"), Rows.date(rs, "closed_on"), WhoseMove.fromCode(rs.getString("whose_move")),
                Rows.date(rs, "agreed_checkin"), rs.getInt("checkin_slips"), rs.getString("next_step"),
                rs.getBoolean("decision_maker_known"), rs.getString("outcome_reason"));
    }

    private Optional<Deal> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM deals WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Records a change, and on the deal's change before it what came next (a later date is a slip). */
    static void insertChange(Connection c, CheckInChange change) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO checkin_changes (deal_id, previous, agreed,"
                + " changed_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, change.dealId());
            Rows.setDate(ps, 2, change.previous());
            Rows.setDate(ps, 3, change.agreed());
            ps.setLong(4, change.changedAt().toEpochMilli());
            ps.executeUpdate();
            id = Rows.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE checkin_changes SET next_agreed = ?, next_at = ?"
                + " WHERE id = (SELECT max(id) FROM checkin_changes WHERE deal_id = ? AND id < ?)")) {
            Rows.setDate(ps, 1, change.agreed());
            ps.setLong(2, change.changedAt().toEpochMilli());
            ps.setLong(3, change.dealId());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    static void insertStageChange(Connection c, StageChange change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stage_changes (deal_id, previous, stage, changed_at)"
                + " VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, change.dealId());
            ps.setString(2, change.previous().code());
            ps.setString(3, change.stage().code());
            ps.setLong(4, change.changedAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static StageChange mapStageChange(ResultSet rs) throws SQLException {
        return new StageChange(rs.getLong("deal_id"), Stage.fromCode(rs.getString("previous")),
                Stage.fromCode(rs.getString("stage")), Rows.instant(rs, "changed_at"));
    }

    @Override
    public List<StageChange> stageHistory(long dealId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT deal_id, previous, stage, changed_at"
                    + " FROM stage_changes WHERE deal_id = ? ORDER BY id")) {
                ps.setLong(1, dealId);
                List<StageChange> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapStageChange(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Whether the last snooze of the same deal (or deal-less prospect) was until the same day for the same reason. */
    private static boolean sameAsLast(Connection c, Snooze s) throws SQLException {
        String sql = "SELECT until, reason FROM snoozes WHERE prospect_id = ? AND "
                + (s.dealId() == null ? "deal_id IS NULL" : "deal_id = ?") + " ORDER BY id DESC LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, s.prospectId());
            if (s.dealId() != null) {
                ps.setLong(2, s.dealId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && s.until().equals(Rows.date(rs, "until")) && s.reason().equals(rs.getString("reason"));
            }
        }
    }

    static void insertSnooze(Connection c, Snooze s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO snoozes (prospect_id, deal_id, until, reason,"
                + " created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, s.prospectId());
            Rows.setLong(ps, 2, s.dealId());
            Rows.setDate(ps, 3, s.until());
            ps.setString(4, s.reason());
            ps.setLong(5, s.createdAt().toEpochMilli());
            ps.executeUpdate();
        }
    }

    static void bindEditable(PreparedStatement ps, Deal d) throws SQLException {
        // Every deal written passes here: dates with a calendar form, values whose sums fit a long.
        Bounds.money(d.value(), "The deal's value");
        Bounds.date(d.openedOn(), "The day the deal opened");
        Bounds.date(d.closedOn(), "The day the deal closed");
        Bounds.date(d.agreedCheckIn(), "The agreed check-in");
        ps.setLong(1, d.prospectId());
        ps.setString(2, d.title());
        ps.setLong(3, d.value().minorUnits());
        ps.setString(4, d.value().currency());
        ps.setString(5, d.stage().code());
        Rows.setDate(ps, 6, d.openedOn());
        Rows.setDate(ps, 7, d.closedOn());
        ps.setString(8, d.whoseMove().code());
        ps.setString(9, d.nextStep());
        ps.setBoolean(10, d.decisionMakerKnown());
        ps.setString(11, d.outcomeReason());
    }

    private void requireOne(int updated, long id) {
        if (updated != 1) {
            throw missing(id);
        }
    }

    private StoreException missing(long id) {
        return new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.noDeal", id));
    }
}
