package app.candor.store;


import app.candor.domain.Prospect;
import app.candor.store.StoreException.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prospects in SQLite, searched through the FTS5 indexes {@code prospects_fts} (name, company, email, notes) and
 * {@code interactions_fts} (what was said with them).
 */
public final class SqliteProspectRepository implements ProspectRepository {

    static final String COLUMNS = "p.id, p.name, p.company, p.role, p.email, p.phone, p.notes, p.created_at, p.archived";
    /** The prospects with whom an interaction's summary matches ?1. */
    private static final String SAID_WITH = "SELECT i.prospect_id FROM interactions_fts fi JOIN interactions i"
            + " ON i.id = fi.rowid WHERE interactions_fts MATCH ?1";

    private final Database db;
    private final Derived derived;

    public SqliteProspectRepository(Database db, Derived derived) {
        this.db = db;
        this.derived = derived;
    }

    @Override
    public Prospect add(Prospect p) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO prospects (name, company, role, email, phone,"
                    + " notes, created_at, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, p);
                ps.executeUpdate();
                long id = Rows.generatedId(ps);
                derived.refresh(c, id);
                return p.withId(id);
            }
        });
    }

    @Override
    public void update(Prospect p) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE prospects SET name = ?, company = ?, role = ?,"
                    + " email = ?, phone = ?, notes = ?, created_at = ?, archived = ? WHERE id = ?")) {
                bind(ps, p);
                ps.setLong(9, p.id());
                requireOne(ps.executeUpdate(), p.id());
                derived.refresh(c, p.id());
                return null;
            }
        });
    }

    @Override
    public Optional<Prospect> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM prospects p WHERE p.id = ?")) {
                ps.setLong(1, id);
                return first(ps);
            }
        });
    }

    @Override
    public Optional<String> owner(long prospectId) {
        if (!db.onServer()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT owner FROM prospects WHERE id = ?")) {
                ps.setLong(1, prospectId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The logins that are sellers of the team: may connect, and are reps or managers. */
    private static final String SELLERS = "SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper"
            + " AND has_database_privilege(r.oid, current_database(), 'CONNECT')"
            + " AND (pg_has_role(r.oid, 'candor_rep', 'MEMBER') OR pg_has_role(r.oid, 'candor_manager', 'MEMBER'))";

    @Override
    public List<String> sellers() {
        if (!db.onServer()) {
            return List.of();
        }
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELLERS + " ORDER BY r.rolname");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public boolean mayHandOver() {
        if (!db.onServer()) {
            return false;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pg_has_role(current_user, 'candor_manager', 'MEMBER')");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    @Override
    public void handOver(long prospectId, String login) {
        if (!db.onServer()) {
            throw app.candor.domain.Refused.because("team.handOver.file");
        }
        db.write(c -> {
            String me;
            boolean manager;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT current_user, pg_has_role(current_user, 'candor_manager', 'MEMBER')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                me = rs.getString(1);
                manager = rs.getBoolean(2);
            }
            if (!manager) {
                throw app.candor.domain.Refused.because("team.handOver.managersOnly", me);
            }
            boolean seller;
            try (PreparedStatement ps = c.prepareStatement(SELLERS + " AND r.rolname = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    seller = rs.next();
                }
            }
            if (!seller) {
                throw app.candor.domain.Refused.because("team.handOver.notSeller",
                        app.candor.domain.Text.visible(login, false));
            }
            // A seller's addresses are theirs once: the one taking over may already have this person (both sellers
            // imported the same list, say). Candor does not merge two prospects into one by itself.
            try (PreparedStatement ps = c.prepareStatement("WITH mine AS ("
                    + " SELECT lower(email) AS a FROM prospects WHERE id = ?1 AND email <> ''"
                    + " UNION SELECT lower(address) FROM prospect_addresses WHERE prospect_id = ?1),"
                    + " theirs AS (SELECT lower(email) AS a, name FROM prospects WHERE owner = ?2 AND email <> ''"
                    + " AND id <> ?1 UNION SELECT lower(pa.address), p.name FROM prospect_addresses pa"
                    + " JOIN prospects p ON p.id = pa.prospect_id WHERE pa.owner = ?2 AND pa.prospect_id <> ?1)"
                    + " SELECT theirs.a, theirs.name FROM mine JOIN theirs ON theirs.a = mine.a ORDER BY 1 LIMIT 1")) {
                ps.setLong(1, prospectId);
                ps.setString(2, login);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw app.candor.domain.Refused.because("team.handOver.clash",
                                app.candor.domain.Text.visible(login, false),
                                app.candor.domain.Text.visible(rs.getString(2), false),
                                app.candor.domain.Text.visible(rs.getString(1), false));
                    }
                }
            }
            // The server's triggers take the prospect's deals, calls, check-ins and history along, and tell the
            // open windows of both sellers.
            try (PreparedStatement ps = c.prepareStatement("UPDATE prospects SET owner = ? WHERE id = ?")) {
                ps.setString(1, login);
                ps.setLong(2, prospectId);
                if (ps.executeUpdate() == 0) {
                    throw app.candor.domain.Refused.because("team.handOver.none", prospectId);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Prospect> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM prospects p"
                    + (db.onServer() ? " WHERE lower(p.email) = lower(?)" : " WHERE p.email = ? COLLATE NOCASE")
                    + " ORDER BY p.id LIMIT 1")) {
                ps.setString(1, email.trim());
                Optional<Prospect> main = first(ps);
                if (main.isPresent()) {
                    return main;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM prospect_addresses a"
                    + " JOIN prospects p ON p.id = a.prospect_id WHERE "
                    + (db.onServer() ? "lower(a.address) = lower(?)" : "a.address = ?"))) {
                ps.setString(1, email.trim());
                return first(ps);
            }
        });
    }

    @Override
    public List<String> otherAddresses(long prospectId) {
        return db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT address FROM prospect_addresses WHERE prospect_id = ?"
                    + " ORDER BY rowid")) {
                ps.setLong(1, prospectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setOtherAddresses(long prospectId, List<String> addresses) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM prospect_addresses WHERE prospect_id = ?")) {
                del.setLong(1, prospectId);
                del.executeUpdate();
            }
            for (String raw : addresses) {
                String address = raw.strip().toLowerCase(java.util.Locale.ROOT);
                Optional<Prospect> owner = findByEmail(address);
                if (owner.isPresent() && owner.get().id() != prospectId) {
                    throw app.candor.domain.Refused.because("refused.address.taken", owner.get().name(), address);
                }
                if (owner.isPresent()) {
                    continue;
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO prospect_addresses (address, prospect_id)"
                        + " VALUES (?, ?)")) {
                    ins.setString(1, address);
                    ins.setLong(2, prospectId);
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public java.util.Map<String, Long> idsByEmail() {
        return db.read(c -> {
            java.util.Map<String, Long> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT lower(email), min(id) FROM prospects"
                    + " WHERE email <> '' GROUP BY lower(email)"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    @Override
    public void setArchived(long id, boolean archived) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE prospects SET archived = ? WHERE id = ?")) {
                ps.setBoolean(1, archived);
                ps.setLong(2, id);
                requireOne(ps.executeUpdate(), id);
                derived.refreshSchedules(c, id);
                return null;
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM prospects WHERE id = ?")) {
                ps.setLong(1, id);
                requireOne(ps.executeUpdate(), id);
                return null;
            }
        });
    }

    @Override
    public java.util.Map<Long, app.candor.domain.ProspectStanding> standings(java.util.Collection<Long> ids) {
        java.util.Map<Long, app.candor.domain.ProspectStanding> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String progress = "CASE d.stage " + java.util.Arrays.stream(app.candor.domain.Stage.values())
                .map(st -> "WHEN '" + st.code() + "' THEN " + st.progress())
                .collect(java.util.stream.Collectors.joining(" ")) + " END";
        String sql = "SELECT p.id, p.last_touch_at, " + (db.onServer() ? "p.owner" : "NULL AS owner")
                + ", (SELECT d.stage FROM deals d WHERE d.prospect_id = p.id"
                + " AND d.stage NOT IN ('won', 'lost') ORDER BY " + progress + " DESC LIMIT 1) AS stage FROM prospects p"
                + " WHERE p.id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (long id : ids) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String stage = rs.getString("stage");
                        out.put(rs.getLong(1), new app.candor.domain.ProspectStanding(rs.getLong(1),
                                stage == null ? null : app.candor.domain.Stage.fromCode(stage),
                                Rows.instant(rs, "last_touch_at"), rs.getString("owner")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Prospect> search(String text, int offset, int limit) {
        if (db.onServer()) {
            return searchOnServer(text, offset, limit);
        }
        String match = ftsQuery(text);
        if (match.isEmpty()) {
            return page(offset, limit);
        }
        // Those the words describe first (best match first), then those with whom the words were said.
        String said = searchesWhatWasSaid(text) ? " UNION ALL SELECT p.*, 1, 0 FROM prospects p WHERE p.id IN ("
                + SAID_WITH + ") AND p.id NOT IN (SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH ?1)" : "";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ("
                    + "SELECT p.*, 0 AS via, bm25(prospects_fts, 10.0, 5.0, 5.0, 1.0) AS score FROM prospects_fts f"
                    + " JOIN prospects p ON p.id = f.rowid WHERE prospects_fts MATCH ?1" + said
                    + ") p ORDER BY p.archived, p.via, p.score, p.id LIMIT ?2 OFFSET ?3")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                return all(ps);
            }
        });
    }

    @Override
    public int countMatching(String text) {
        String match = db.onServer() ? tsQuery(text) : ftsQuery(text);
        if (match.isEmpty()) {
            return count();
        }
        if (db.onServer()) {
            return db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT id FROM prospects"
                        + " WHERE search @@ to_tsquery('simple', ?1)" + (searchesWhatWasSaid(text)
                        ? " UNION SELECT prospect_id FROM interactions WHERE search @@ to_tsquery('simple', ?1)" : "")
                        + ") AS matching")) {
                    ps.setString(1, match);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getInt(1) : 0;
                    }
                }
            });
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT rowid FROM prospects_fts"
                    + " WHERE prospects_fts MATCH ?1" + (searchesWhatWasSaid(text) ? " UNION " + SAID_WITH : "") + ")")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<Prospect> page(int offset, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM prospects p"
                    + " ORDER BY " + db.nocase("p.name") + ", p.id LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return all(ps);
            }
        });
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM prospects");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Each word becomes a quoted prefix term, so user text can never be read as FTS syntax. */
    /**
     * Whether a search also reads what was said in logged interactions: from three letters a word on, so that the
     * first keystrokes of a search stay quick on a long history.
     */
    static boolean searchesWhatWasSaid(String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        return words.length > 0 && java.util.Arrays.stream(words).allMatch(w -> w.replace("\"", "").strip().length() >= 3);
    }

    /**
     * On a team's server: the prospects' and interactions' search columns (V1__team.sql), best match first, then
     * those with whom the words were said; each word a prefix, as in the file.
     */
    private List<Prospect> searchOnServer(String text, int offset, int limit) {
        String match = tsQuery(text);
        if (match.isEmpty()) {
            return page(offset, limit);
        }
        String said = searchesWhatWasSaid(text) ? " UNION ALL SELECT p.*, 1 AS via, 0 AS score FROM prospects p"
                + " WHERE p.id IN (SELECT i.prospect_id FROM interactions i WHERE i.search @@ to_tsquery('simple', ?1))"
                + " AND NOT p.search @@ to_tsquery('simple', ?1)" : "";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ("
                    + "SELECT p.*, 0 AS via, -ts_rank(p.search, to_tsquery('simple', ?1)) AS score FROM prospects p"
                    + " WHERE p.search @@ to_tsquery('simple', ?1)" + said
                    + ") p ORDER BY p.archived, p.via, p.score, p.id LIMIT ?2 OFFSET ?3")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                return all(ps);
            }
        });
    }

    /**
     * Each word a prefix term of PostgreSQL's text search, all of them required; only letters and digits are
     * kept (what the search column holds), so user text can never be read as query syntax.
     */
    static String tsQuery(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (String word : text.trim().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                query.append(query.length() == 0 ? "" : " & ").append(word.toLowerCase(java.util.Locale.ROOT))
                        .append(":*");
            }
        }
        return query.toString();
    }

    static String ftsQuery(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String cleaned = word.replace("\"", "").strip();
            if (!cleaned.isEmpty()) {
                query.append(query.length() == 0 ? "" : " ").append('"').append(cleaned).append("\"*");
            }
        }
        return query.toString();
    }

    static Prospect map(ResultSet rs) throws SQLException {
        return new Prospect(rs.getLong("id"), rs.getString("name"), rs.getString("company"), rs.getString("role"),
                rs.getString("email"), rs.getString("phone"), rs.getString("notes"), Rows.instant(rs, "created_at"),
                rs.getBoolean("archived"));
    }

    static void bind(PreparedStatement ps, Prospect p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.company());
        ps.setString(3, p.role());
        ps.setString(4, p.email());
        ps.setString(5, p.phone());
        ps.setString(6, p.notes());
        ps.setLong(7, p.createdAt().toEpochMilli());
        ps.setBoolean(8, p.archived());
    }

    private void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new StoreException(Reason.CONSTRAINT, db.file(), Database.words("store.noProspect", id));
        }
    }

    private static Optional<Prospect> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private static List<Prospect> all(PreparedStatement ps) throws SQLException {
        List<Prospect> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }
}
