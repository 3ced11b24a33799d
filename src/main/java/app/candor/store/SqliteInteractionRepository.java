package app.candor.store;


import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.store.StoreException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timeline in SQLite; each change refreshes the derived contact columns in the same transaction. */
public final class SqliteInteractionRepository implements InteractionRepository {

    static final String COLUMNS = "id, prospect_id, deal_id, kind, direction, occurred_at, summary, outcome,"
            + " script_id";

    private final Database db;
    private final Derived derived;

    public SqliteInteractionRepository(Database db, Derived derived) {
        this.db = db;
        this.derived = derived;
    }

    @Override
    public Interaction log(Interaction i) {
        return db.write(c -> {
            requireDealOfProspect(c, i);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions (prospect_id, deal_id, kind,"
                    + " direction, occurred_at, summary, outcome, script_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, i);
                ps.executeUpdate();
                id = Rows.generatedId(ps);
            }
            derived.refresh(c, i.prospectId());
            return i.withId(id);
        });
    }

    @Override
    public List<Interaction> logAll(List<Interaction> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        return db.write(c -> {
            List<Interaction> out = new java.util.ArrayList<>(all.size());
            java.util.Set<Long> prospects = new java.util.LinkedHashSet<>();
            // The search index is filled in one statement for the batch instead of by a trigger per row (in the
            // file; a server keeps its search column itself).
            boolean server = db.onServer();
            String searchTrigger = server ? null : BulkWriter.triggerSql(c, "interactions_fts_insert");
            if (!server) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.executeUpdate("DROP TRIGGER interactions_fts_insert");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions (prospect_id, deal_id, kind,"
                    + " direction, occurred_at, summary, outcome, script_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Interaction i : all) {
                    requireDealOfProspect(c, i);
                    bind(ps, i);
                    ps.executeUpdate();
                    out.add(i.withId(Rows.generatedId(ps)));
                    prospects.add(i.prospectId());
                }
            }
            if (!server) {
                try (PreparedStatement fill = c.prepareStatement("INSERT INTO interactions_fts (rowid, summary)"
                        + " SELECT id, summary FROM interactions WHERE id >= ? AND id <= ?");
                     java.sql.Statement s = c.createStatement()) {
                    fill.setLong(1, out.get(0).id());
                    fill.setLong(2, out.get(out.size() - 1).id());
                    fill.executeUpdate();
                    s.executeUpdate(searchTrigger);
                }
            }
            for (long p : prospects) {
                derived.refresh(c, p);
            }
            return out;
        });
    }

    @Override
    public void update(Interaction i) {
        db.write(c -> {
            requireDealOfProspect(c, i);
            long previousProspect = find(c, i.id()).map(Interaction::prospectId)
                    .orElseThrow(() -> missing(i.id()));
            try (PreparedStatement ps = c.prepareStatement("UPDATE interactions SET prospect_id = ?, deal_id = ?,"
                    + " kind = ?, direction = ?, occurred_at = ?, summary = ?, outcome = ?, script_id = ? WHERE id = ?")) {
                bind(ps, i);
                ps.setLong(9, i.id());
                ps.executeUpdate();
            }
            derived.refresh(c, i.prospectId());
            if (previousProspect != i.prospectId()) {
                derived.refresh(c, previousProspect);
            }
            return null;
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            long prospectId = find(c, id).map(Interaction::prospectId).orElseThrow(() -> missing(id));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM interactions WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            derived.refresh(c, prospectId);
            return null;
        });
    }

    @Override
    public Optional<Interaction> find(long id) {
        return db.read(c -> find(c, id));
    }

    @Override
    public Optional<Interaction> findSame(Interaction touch) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interactions"
                    + " WHERE prospect_id = ? AND occurred_at = ? AND kind = ? AND direction = ? AND summary = ?"
                    + " ORDER BY id")) {
                ps.setLong(1, touch.prospectId());
                Rows.setInstant(ps, 2, touch.occurredAt());
                ps.setString(3, touch.kind().code());
                ps.setString(4, touch.direction().code());
                ps.setString(5, touch.summary());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Interaction stored = map(rs);
                        if (java.util.Objects.equals(stored.dealId(), touch.dealId())
                                && stored.outcome() == touch.outcome()) {
                            return Optional.of(stored);
                        }
                    }
                    return Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Interaction> timeline(long prospectId, int offset, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interactions"
                    + " WHERE prospect_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setLong(1, prospectId);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                List<Interaction> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    static Interaction map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Interaction(rs.getLong("id"), rs.getLong("prospect_id"), Rows.nullableLong(rs, "deal_id"),
                InteractionKind.fromCode(rs.getString("kind")), Direction.fromCode(rs.getString("direction")),
                Rows.instant(rs, "occurred_at"), rs.getString("summary"),
                outcome == null ? null : Outcome.fromCode(outcome), rs.getString("script_id"));
    }

    private Optional<Interaction> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interactions WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** An interaction may name only a deal of its own prospect; the columns would lie otherwise. */
    private void requireDealOfProspect(Connection c, Interaction i) throws SQLException {
        if (i.dealId() == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT prospect_id FROM deals WHERE id = ?")) {
            ps.setLong(1, i.dealId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getLong(1) != i.prospectId()) {
                    throw new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.dealNotOfProspect", i.dealId(),
                            i.prospectId()));
                }
            }
        }
    }

    private StoreException missing(long id) {
        return new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.noInteraction", id));
    }

    static void bind(PreparedStatement ps, Interaction i) throws SQLException {
        ps.setLong(1, i.prospectId());
        Rows.setLong(ps, 2, i.dealId());
        ps.setString(3, i.kind().code());
        ps.setString(4, i.direction().code());
        ps.setLong(5, i.occurredAt().toEpochMilli());
        ps.setString(6, i.summary());
        ps.setString(7, i.outcome() == null ? null : i.outcome().code());
        ps.setString(8, i.scriptId());
    }

    /** The number of columns {@link #bind} fills. */
    static final int BOUND = 8;
}
