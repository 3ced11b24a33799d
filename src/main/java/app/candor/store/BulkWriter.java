package app.candor.store;


import app.candor.domain.AlertEvent;
import app.candor.domain.AlertSchedule;
import app.candor.domain.CheckInChange;
import app.candor.domain.CheckInFate;
import app.candor.domain.ContactFacts;
import app.candor.domain.Deal;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.StageChange;
import app.candor.domain.WhoseMove;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes whole prospect histories in one transaction with batched statements, computing the derived contact
 * columns in memory: for sample data, generated benchmark data and imports. All or nothing.
 */
public final class BulkWriter {

    /**
     * A prospect with its deals, interactions and, optionally, the stage moves of its deals and the alerts it had.
     * The {@code dealId} of each is the index of its deal in {@code deals} (null for the prospect in general);
     * ids of the records are ignored.
     */
    public record History(Prospect prospect, List<Deal> deals, List<Interaction> interactions,
                          List<StageChange> stageChanges, List<CheckInChange> checkIns, List<AlertEvent> alertEvents) {

        public History(Prospect prospect, List<Deal> deals, List<Interaction> interactions) {
            this(prospect, deals, interactions, List.of(), List.of(), List.of());
        }
    }

    /** Receives histories inside the transaction. */
    public interface Sink {
        void add(History history);

        /**
         * Runs other writes of the same transaction (an import's updates of existing prospects) between
         * histories: what was added so far is written first, and the ids given next move past what they add.
         */
        void between(Runnable writes);
    }

    private final Database db;
    private final Derived derived;

    public BulkWriter(Database db, Derived derived) {
        this.db = db;
        this.derived = derived;
    }

    /** Runs {@code producer} inside one transaction; returns how many prospects it added. */
    public int write(Consumer<Sink> producer) {
        return write(producer, 0, null);
    }

    /**
     * The same, with the prospects added arriving in the queue {@code arrivalsPerDay} a day from {@code today} on,
     * in the order they were added (0: all at once).
     */
    public int write(Consumer<Sink> producer, int arrivalsPerDay, java.time.LocalDate today) {
        if (db.onServer()) {
            return db.write(c -> writeOnServer(c, producer, arrivalsPerDay, today));
        }
        return db.write(c -> {
            // The search index is filled in one statement at the end instead of by a trigger per prospect.
            String ftsTrigger = triggerSql(c, "prospects_fts_insert");
            String saidTrigger = triggerSql(c, "interactions_fts_insert");
            long firstId;
            long firstInteraction;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(id), 0) + 1"
                    + " FROM prospects), (SELECT coalesce(max(id), 0) + 1 FROM interactions)")) {
                firstId = rs.next() ? rs.getLong(1) : 1;
                firstInteraction = rs.getLong(2);
                s.executeUpdate("DROP TRIGGER prospects_fts_insert");
                s.executeUpdate("DROP TRIGGER interactions_fts_insert");
            }
            try (Batch batch = new Batch(c, derived, false)) {
                producer.accept(sinkOf(batch));
                batch.flush();
                try (Statement s = c.createStatement();
                     PreparedStatement fill = c.prepareStatement("INSERT INTO prospects_fts (rowid, name, company, email,"
                             + " notes) SELECT id, name, company, email, notes FROM prospects WHERE id >= ?")) {
                    fill.setLong(1, firstId);
                    fill.executeUpdate();
                    s.executeUpdate(ftsTrigger);
                }
                try (Statement s = c.createStatement();
                     PreparedStatement fill = c.prepareStatement("INSERT INTO interactions_fts (rowid, summary)"
                             + " SELECT id, summary FROM interactions WHERE id >= ?")) {
                    fill.setLong(1, firstInteraction);
                    fill.executeUpdate();
                    s.executeUpdate(saidTrigger);
                }
                if (arrivalsPerDay > 0 && batch.prospects > arrivalsPerDay) {
                    try (PreparedStatement stagger = c.prepareStatement("UPDATE prospects SET arrives_on = r.day FROM"
                            + " (SELECT id, date(?1, '+' || ((row_number() OVER (ORDER BY id) - 1) / ?2) || ' days')"
                            + " AS day FROM prospects WHERE id >= ?3) r WHERE prospects.id = r.id AND r.day > ?1")) {
                        stagger.setString(1, today.toString());
                        stagger.setInt(2, arrivalsPerDay);
                        stagger.setLong(3, firstId);
                        stagger.executeUpdate();
                    }
                }
                return batch.prospects;
            } catch (BatchFailure e) {
                throw e.sql;
            }
        });
    }

    /**
     * On a team's server: ids from the tables' sequences (other sellers add rows too), the search columns kept by the
     * server itself, the arrivals dated by PostgreSQL's date arithmetic.
     */
    private int writeOnServer(Connection c, Consumer<Sink> producer, int arrivalsPerDay, java.time.LocalDate today)
            throws SQLException {
        try (Batch batch = new Batch(c, derived, true)) {
            producer.accept(sinkOf(batch));
            batch.flush();
            if (arrivalsPerDay > 0 && batch.prospects > arrivalsPerDay) {
                try (PreparedStatement stagger = c.prepareStatement("UPDATE prospects SET arrives_on = r.day FROM"
                        + " (SELECT id, to_char(CAST(?1 AS date) + CAST((row_number() OVER (ORDER BY id) - 1) / ?2"
                        + " AS integer), 'YYYY-MM-DD') AS day FROM prospects WHERE id = ANY (?3)) r"
                        + " WHERE prospects.id = r.id AND r.day > ?1")) {
                    stagger.setString(1, today.toString());
                    stagger.setInt(2, arrivalsPerDay);
                    stagger.setArray(3, c.createArrayOf("bigint", batch.added.toArray()));
                    stagger.executeUpdate();
                }
            }
            return batch.prospects;
        } catch (BatchFailure e) {
            throw e.sql;
        }
    }

    /** What a producer writes to: the batch, its SQL failures carried out of the producer's callbacks. */
    private static Sink sinkOf(Batch batch) {
        return new Sink() {
            @Override
            public void add(History history) {
                try {
                    batch.add(history);
                } catch (SQLException e) {
                    throw new BatchFailure(e);
                }
            }

            @Override
            public void between(Runnable writes) {
                try {
                    batch.between(writes);
                } catch (SQLException e) {
                    throw new BatchFailure(e);
                }
            }
        };
    }

    static String triggerSql(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Trigger " + name + " is missing");
                }
                return rs.getString(1);
            }
        }
    }

    private static final class BatchFailure extends RuntimeException {
        final SQLException sql;

        BatchFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    private static final String SCHEDULE = "alert_from, alert_high_from, alert_medium_from, alert_low_from,"
            + " alert_until, response_base_on";

    private static final class Batch implements AutoCloseable {
        private static final int FLUSH_EVERY = 5_000;
        private final PreparedStatement prospectInsert;
        private final PreparedStatement dealInsert;
        private final PreparedStatement interactionInsert;
        private final PreparedStatement stageInsert;
        private final PreparedStatement checkInInsert;
        private final PreparedStatement eventInsert;
        private final Derived derived;
        private final Connection connection;
        private long nextProspectId;
        private long nextDealId;
        private int pending;
        int prospects;
        /** On a team's server: ids drawn from the tables' sequences, a block at a time, and the prospects added. */
        private final boolean server;
        private final java.util.ArrayDeque<Long> prospectIds = new java.util.ArrayDeque<>();
        private final java.util.ArrayDeque<Long> drawnDealIds = new java.util.ArrayDeque<>();
        final List<Long> added = new java.util.ArrayList<>();

        Batch(Connection c, Derived derived, boolean server) throws SQLException {
            this.derived = derived;
            this.connection = c;
            this.server = server;
            if (!server) {
                nextProspectId = maxId(c, "prospects") + 1;
                nextDealId = maxId(c, "deals") + 1;
            }
            prospectInsert = c.prepareStatement("INSERT INTO prospects (id, name, company, role, email, phone, notes,"
                    + " created_at, archived, deal_count, " + ContactFactsColumns.SELECT + ", " + SCHEDULE + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            dealInsert = c.prepareStatement("INSERT INTO deals (id, prospect_id, title, value_minor, currency, stage,"
                    + " opened_on, closed_on, whose_move, agreed_checkin, checkin_slips, next_step, decision_maker_known,"
                    + " outcome_reason, " + ContactFactsColumns.SELECT + ", " + SCHEDULE + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            interactionInsert = c.prepareStatement("INSERT INTO interactions (prospect_id, deal_id, kind, direction,"
                    + " occurred_at, summary, outcome, script_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            stageInsert = c.prepareStatement("INSERT INTO stage_changes (deal_id, previous, stage, changed_at)"
                    + " VALUES (?, ?, ?, ?)");
            checkInInsert = c.prepareStatement("INSERT INTO checkin_changes (deal_id, previous, agreed, changed_at,"
                    + " next_agreed, next_at, touched_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            eventInsert = c.prepareStatement("INSERT INTO alert_events (prospect_id, deal_id, raised_on, closed_on,"
                    + " answered_on) VALUES (?, ?, ?, ?, ?)");
        }

        void add(History h) throws SQLException {
            long prospectId = server ? drawn(prospectIds, "prospects") : nextProspectId++;
            if (server) {
                added.add(prospectId);
            }
            Prospect p = h.prospect();
            prospectInsert.setLong(1, prospectId);
            prospectInsert.setString(2, p.name());
            prospectInsert.setString(3, p.company());
            prospectInsert.setString(4, p.role());
            prospectInsert.setString(5, p.email());
            prospectInsert.setString(6, p.phone());
            prospectInsert.setString(7, p.notes());
            prospectInsert.setLong(8, p.createdAt().toEpochMilli());
            prospectInsert.setBoolean(9, p.archived());
            prospectInsert.setInt(10, h.deals().size());
            ContactFacts prospectFacts = ContactFacts.of(h.interactions());
            bindFacts(prospectInsert, 11, prospectFacts);
            LocalDate created = p.createdAt().atZone(derived.zone()).toLocalDate();
            FollowUpFacts asLead = new FollowUpFacts(prospectId, p.name(), p.email(), p.company(), null, "", Stage.LEAD,
                    created, null, WhoseMove.OURS, null, 0, false, null, prospectFacts, null);
            Derived.bind(prospectInsert, 19, h.deals().isEmpty() && !p.archived() ? derived.schedule(asLead)
                    : AlertSchedule.never(null));
            prospectInsert.addBatch();

            long[] dealIds = new long[h.deals().size()];
            for (int i = 0; i < dealIds.length; i++) {
                Deal d = h.deals().get(i);
                long dealId = server ? drawn(drawnDealIds, "deals") : nextDealId++;
                dealIds[i] = dealId;
                final long index = i;
                List<Interaction> timeline = h.interactions().stream()
                        .filter(x -> x.dealId() == null || x.dealId() == index).toList();
                dealInsert.setLong(1, dealId);
                dealInsert.setLong(2, prospectId);
                dealInsert.setString(3, d.title());
                dealInsert.setLong(4, d.value().minorUnits());
                dealInsert.setString(5, d.value().currency());
                dealInsert.setString(6, d.stage().code());
                Rows.setDate(dealInsert, 7, d.openedOn());
                Rows.setDate(dealInsert, 8, d.closedOn());
                dealInsert.setString(9, d.whoseMove().code());
                Rows.setDate(dealInsert, 10, d.agreedCheckIn());
                dealInsert.setInt(11, d.checkInSlips());
                dealInsert.setString(12, d.nextStep());
                dealInsert.setBoolean(13, d.decisionMakerKnown());
                dealInsert.setString(14, d.outcomeReason());
                ContactFacts dealFacts = ContactFacts.of(timeline);
                bindFacts(dealInsert, 15, dealFacts);
                FollowUpFacts facts = new FollowUpFacts(prospectId, p.name(), p.email(), p.company(), dealId, d.title(),
                        d.stage(), d.openedOn(), d.closedOn(), d.whoseMove(), d.agreedCheckIn(), d.checkInSlips(),
                        d.decisionMakerKnown(), null, dealFacts, d.value());
                Derived.bind(dealInsert, 23, p.archived() ? AlertSchedule.never(null) : derived.schedule(facts));
                dealInsert.addBatch();
            }
            for (Interaction x : h.interactions()) {
                interactionInsert.setLong(1, prospectId);
                Rows.setLong(interactionInsert, 2, x.dealId() == null ? null : dealIds[x.dealId().intValue()]);
                interactionInsert.setString(3, x.kind().code());
                interactionInsert.setString(4, x.direction().code());
                interactionInsert.setLong(5, x.occurredAt().toEpochMilli());
                interactionInsert.setString(6, x.summary());
                interactionInsert.setString(7, x.outcome() == null ? null : x.outcome().code());
                interactionInsert.setString(8, x.scriptId());
                interactionInsert.addBatch();
            }
            for (StageChange m : h.stageChanges()) {
                stageInsert.setLong(1, dealIds[(int) m.dealId()]);
                stageInsert.setString(2, m.previous().code());
                stageInsert.setString(3, m.stage().code());
                stageInsert.setLong(4, m.changedAt().toEpochMilli());
                stageInsert.addBatch();
            }
            List<CheckInChange> checkIns = h.checkIns();
            for (int j = 0; j < checkIns.size(); j++) {
                CheckInChange k = checkIns.get(j);
                CheckInChange next = null;
                for (int n = j + 1; n < checkIns.size() && next == null; n++) {
                    next = checkIns.get(n).dealId() == k.dealId() ? checkIns.get(n) : null;
                }
                checkInInsert.setLong(1, dealIds[(int) k.dealId()]);
                Rows.setDate(checkInInsert, 2, k.previous());
                Rows.setDate(checkInInsert, 3, k.agreed());
                checkInInsert.setLong(4, k.changedAt().toEpochMilli());
                Rows.setDate(checkInInsert, 5, next == null ? null : next.agreed());
                Rows.setInstant(checkInInsert, 6, next == null ? null : next.changedAt());
                Rows.setInstant(checkInInsert, 7, k.agreed() == null ? null : touchNear(k, h.interactions()));
                checkInInsert.addBatch();
            }
            for (AlertEvent e : h.alertEvents()) {
                eventInsert.setLong(1, prospectId);
                Rows.setLong(eventInsert, 2, e.dealId() == null ? null : dealIds[e.dealId().intValue()]);
                Rows.setDate(eventInsert, 3, e.raisedOn());
                Rows.setDate(eventInsert, 4, e.closedOn());
                Rows.setDate(eventInsert, 5, e.answeredOn());
                eventInsert.addBatch();
            }
            prospects++;
            pending += 1 + dealIds.length + h.interactions().size() + h.stageChanges().size()
                    + h.checkIns().size() + h.alertEvents().size();
            if (pending >= FLUSH_EVERY) {
                flush();
            }
        }

        void between(Runnable writes) throws SQLException {
            flush();
            writes.run();
            if (!server) {
                nextProspectId = Math.max(nextProspectId, maxId(connection, "prospects") + 1);
                nextDealId = Math.max(nextDealId, maxId(connection, "deals") + 1);
            }
        }

        /** The next id of {@code table} from its sequence on the server, 1,000 drawn at a time. */
        private long drawn(java.util.ArrayDeque<Long> ids, String table) throws SQLException {
            if (ids.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id'))"
                        + " FROM generate_series(1, 1000)")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            return ids.removeFirst();
        }

        void flush() throws SQLException {
            prospectInsert.executeBatch();
            dealInsert.executeBatch();
            interactionInsert.executeBatch();
            stageInsert.executeBatch();
            checkInInsert.executeBatch();
            eventInsert.executeBatch();
            pending = 0;
        }

        /** As Derived keeps {@code touched_at}: our first touch within the grace days, after the agreement. */
        private Instant touchNear(CheckInChange k, List<Interaction> timeline) {
            Instant from = CheckInFate.windowStart(k.agreed(), derived.zone());
            Instant until = CheckInFate.windowEnd(k.agreed(), derived.zone());
            Instant first = null;
            for (Interaction x : timeline) {
                Instant at = x.occurredAt();
                if (x.isTouch() && (x.dealId() == null || x.dealId() == k.dealId()) && at.isAfter(k.changedAt())
                        && !at.isBefore(from) && at.isBefore(until) && (first == null || at.isBefore(first))) {
                    first = at;
                }
            }
            return first;
        }

        private static void bindFacts(PreparedStatement ps, int first, ContactFacts f) throws SQLException {
            Rows.setInstant(ps, first, f.lastTouchAt());
            Rows.setInstant(ps, first + 1, f.lastResponseAt());
            ps.setString(first + 2, f.lastResponseOutcome() == null ? null : f.lastResponseOutcome().code());
            ps.setInt(first + 3, f.attemptsSinceResponse());
            Rows.setInstant(ps, first + 4, f.lastProposalSentAt());
            Rows.setInstant(ps, first + 5, f.lastInteractionAt());
            Rows.setInstant(ps, first + 6, f.lastConversationAt());
            ps.setString(first + 7, f.lastConversationSummary());
        }

        private static long maxId(Connection c, String table) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }

        @Override
        public void close() throws SQLException {
            prospectInsert.close();
            dealInsert.close();
            interactionInsert.close();
            stageInsert.close();
            checkInInsert.close();
            eventInsert.close();
        }
    }
}
