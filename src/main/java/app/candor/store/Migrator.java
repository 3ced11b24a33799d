package app.candor.store;

import app.candor.store.StoreException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered SQL files in {@code /db/migration} on {@code PRAGMA user_version}, all in one
 * transaction: a migration that fails leaves the file as it was. Released files are never edited.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    /** In order; version N is the N-th entry. Append, never edit or reorder. */
    private static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__alert_schedule.sql",
            "V3__insights.sql", "V4__unique_email.sql", "V5__interaction_search.sql",
            "V6__arrivals.sql", "V7__queue_ranking_index.sql", "V8__mail.sql", "V9__prospect_addresses.sql");
    /** A script that needs the data to allow it; without that it is skipped and {@link #notices()} says why. */
    private static final String UNIQUE_EMAIL = "V4__unique_email.sql";

    private final Path file;
    private final List<String> scripts;
    private final List<String> notices = new java.util.ArrayList<>();

    Migrator(Path file) {
        this(file, SCRIPTS);
    }

    /** With another list of scripts: for proving that a failing migration changes nothing. */
    Migrator(Path file, List<String> scripts) {
        this.file = file;
        this.scripts = scripts;
    }

    /** The migrations that make schema version {@code version}: for comparing a file's schema with ours. */
    static Migrator upTo(Path file, int version) {
        return new Migrator(file, SCRIPTS.subList(0, version));
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static StoreException newerVersion(Path file, int version) {
        return newerVersion(file, version, Database.words("store.newer.then"));
    }

    /** The same, ending with {@code whatToDo}. */
    static StoreException newerVersion(Path file, int version, String whatToDo) {
        return new StoreException(Reason.NEWER_VERSION, file, Database.words("store.newer", file, version, latestVersion())
                + whatToDo);
    }

    void migrate(Connection c) throws SQLException {
        int latest = scripts.size();
        int current = userVersion(c);
        if (current > latest) {
            throw newerVersion(file, current);
        }
        if (current == latest) {
            return;
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = current + 1; v <= latest; v++) {
                String script = scripts.get(v - 1);
                if (script.equals(UNIQUE_EMAIL) && sharedEmails(c) > 0) {
                    // Reported by checkUniqueEmails; failing here would leave the whole file unopenable.
                    continue;
                }
                s.executeUpdate(load(script));
            }
            s.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + latest);
            c.commit();
            LOG.info("Migrated {} from schema {} to {}", file, current, latest);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** What opening found worth telling the person: duplicates that keep Candor from guarding against more. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    /** After migrating: says so when prospects share an email, which keeps the unique index from being made. */
    void checkUniqueEmails(Connection c) throws SQLException {
        if (scripts.contains(UNIQUE_EMAIL) && !hasIndex(c, "prospects_email_unique")) {
            int shared = sharedEmails(c);
            if (shared > 0) {
                notices.add(shared + (shared == 1 ? " email address is" : " email addresses are") + " used by more"
                        + " than one prospect in " + file.getFileName() + ". Merge or correct them (search for the"
                        + " address in Prospects): until then Candor cannot refuse a second prospect with the same"
                        + " email.");
            } else {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(load(UNIQUE_EMAIL));
                } catch (SQLException e) {
                    // Busy with another program's write: made on a later opening.
                    LOG.info("The unique email index of {} waits: {}", file, e.getMessage());
                }
            }
        }
    }

    private static boolean hasIndex(Connection c, String name) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'index'"
                + " AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int sharedEmails(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT 1 FROM"
                + " prospects WHERE email <> '' GROUP BY lower(email) HAVING count(*) > 1)")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(name.startsWith("/") ? name : "/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }
}
