package app.candor.store;


import app.candor.domain.ContactFacts;
import app.candor.domain.Interaction;
import app.candor.domain.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the derived last-touch/last-response columns of a prospect and its deals equal to
 * {@link ContactFacts#of} over their interactions. Called inside the transaction that changes an interaction.
 * A deal's timeline is its own interactions plus the prospect's general ones (no deal): a reply is a reply.
 */
final class ContactFactsColumns {

    static final String SELECT = "last_touch_at, last_response_at, last_response_outcome, attempts_since_response,"
            + " last_proposal_sent_at, last_interaction_at, last_conversation_at, last_conversation_summary";
    private static final String ASSIGN = "last_touch_at = ?, last_response_at = ?, last_response_outcome = ?,"
            + " attempts_since_response = ?, last_proposal_sent_at = ?, last_interaction_at = ?,"
            + " last_conversation_at = ?, last_conversation_summary = ?";

    private ContactFactsColumns() {
    }

    static void refresh(Connection c, long prospectId) throws SQLException {
        List<Interaction> timeline = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SqliteInteractionRepository.COLUMNS
                + " FROM interactions WHERE prospect_id = ? ORDER BY occurred_at, id")) {
            ps.setLong(1, prospectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    timeline.add(SqliteInteractionRepository.map(rs));
                }
            }
        }
        write(c, "UPDATE prospects SET " + ASSIGN + " WHERE id = ?", prospectId, ContactFacts.of(timeline));
        List<Long> dealIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM deals WHERE prospect_id = ?")) {
            ps.setLong(1, prospectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dealIds.add(rs.getLong(1));
                }
            }
        }
        for (long dealId : dealIds) {
            List<Interaction> dealTimeline = timeline.stream()
                    .filter(i -> i.dealId() == null || i.dealId() == dealId)
                    .toList();
            write(c, "UPDATE deals SET " + ASSIGN + " WHERE id = ?", dealId, ContactFacts.of(dealTimeline));
        }
    }

    static ContactFacts read(ResultSet rs) throws SQLException {
        String outcome = rs.getString("last_response_outcome");
        return new ContactFacts(Rows.instant(rs, "last_touch_at"), Rows.instant(rs, "last_response_at"),
                outcome == null ? null : Outcome.fromCode(outcome), rs.getInt("attempts_since_response"),
                Rows.instant(rs, "last_proposal_sent_at"), Rows.instant(rs, "last_interaction_at"),
                Rows.instant(rs, "last_conversation_at"), rs.getString("last_conversation_summary"));
    }

    private static void write(Connection c, String sql, long id, ContactFacts f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.setInstant(ps, 1, f.lastTouchAt());
            Rows.setInstant(ps, 2, f.lastResponseAt());
            ps.setString(3, f.lastResponseOutcome() == null ? null : f.lastResponseOutcome().code());
            ps.setInt(4, f.attemptsSinceResponse());
            Rows.setInstant(ps, 5, f.lastProposalSentAt());
            Rows.setInstant(ps, 6, f.lastInteractionAt());
            Rows.setInstant(ps, 7, f.lastConversationAt());
            ps.setString(8, f.lastConversationSummary());
            ps.setLong(9, id);
            ps.executeUpdate();
        }
    }

}
