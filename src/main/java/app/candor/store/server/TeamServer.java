package app.candor.store.server;

import app.candor.domain.Refused;
import app.candor.domain.TeamMember;
import app.candor.domain.TeamRemoval;
import app.candor.domain.TeamRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * One connection to a team's PostgreSQL server, and the team's administration on it: the schema (through
 * Flyway's migrations in {@code db/postgresql}, decision 0015), the sellers' logins and what they may see. Who sees
 * which rows is the server's business (row-level security, V1__team.sql), so these commands only say who is who.
 */
public final class TeamServer implements AutoCloseable {

    /** Flyway's record of the migrations run, in the team's database. */
    static final String HISTORY = "candor_schema_history";
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.@-]{0,62}");

    private final ServerAddress address;
    private final String password;
    private final Connection connection;

    private TeamServer(ServerAddress address, String password, Connection connection) {
        this.address = address;
        this.password = password;
        this.connection = connection;
    }

    /** Connects as the address's login; refused in plain words when the server is away or says no. */
    public static TeamServer connect(ServerAddress address, String password) {
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), address.properties(password));
            return new TeamServer(address, password, c);
        } catch (SQLException e) {
            throw ServerFailures.translate(address, e);
        }
    }

    public ServerAddress address() {
        return address;
    }

    /**
     * Sets the team's database up, or brings it to the current schema: the tables, the two kinds of seller
     * (candor_rep, candor_manager) and the rules of who sees what. Needs a login that may create roles and owns the
     * database (the administrator's). Returns the schema version now in place.
     */
    public String init() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT (r.rolsuper OR r.rolcreaterole) AND"
                     + " (r.rolsuper OR pg_catalog.pg_get_userbyid(d.datdba) = current_user)"
                     + " FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw Refused.because("team.init.notAdmin", address.user(), address.database());
            }
        } catch (SQLException e) {
            throw ServerFailures.translate(address, e);
        }
        try {
            // Flyway connects as every other connection to the team's server does: the same address and options.
            org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
            source.setURL(address.jdbcUrl());
            java.util.Properties options = address.properties(password);
            for (String name : options.stringPropertyNames()) {
                source.setProperty(name, options.getProperty(name));
            }
            Flyway flyway = Flyway.configure(TeamServer.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/postgresql")
                    .table(HISTORY)
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            return flyway.info().current().getVersion().getVersion();
        } catch (SQLException e) {
            throw ServerFailures.translate(address, e);
        } catch (org.flywaydb.core.api.exception.FlywayValidateException e) {
            // The database's record of its schema does not match these migrations (one changed since it was
            // applied, or one this Candor does not have): refused before anything runs.
            throw Refused.because("team.init.differs", address.database(), facts(e.getMessage()));
        } catch (org.flywaydb.core.api.FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                throw ServerFailures.translate(address, sql);
            }
            throw Refused.because("team.init.failed", address.database(), facts(e.getMessage()));
        }
    }

    /**
     * What Flyway found, without its advice to its own users (run repair, links to its pages), which is not what a
     * team's administrator should do to a database Candor looks after.
     */
    static String facts(String flywayMessage) {
        if (flywayMessage == null) {
            return "";
        }
        return java.util.Arrays.stream(flywayMessage.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains("://") && !line.startsWith("Either ")
                        && !line.startsWith("Need more") && !line.startsWith("Validate failed"))
                .map(line -> line.replaceFirst("^-> ", "").replaceAll("\\s+", " ").replace(" :", ":"))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Adds {@code login} to the team as {@code role}, or changes an existing member's role. A new login gets
     * {@code password} (sent to the server already hashed, SCRAM-SHA-256, so it is in no statement or log); an
     * existing login keeps its own unless one is given. One transaction: all of it or none.
     */
    public TeamMember addUser(String login, TeamRole role, char[] newPassword) {
        checkLogin(login);
        return inTransaction(() -> {
            requireTeam();
            boolean exists = exists("SELECT 1 FROM pg_roles WHERE rolname = ?", login);
            PGConnection pg = connection.unwrap(PGConnection.class);
            String who = pg.escapeIdentifier(login);
            try (Statement s = connection.createStatement()) {
                if (!exists) {
                    s.execute("CREATE ROLE " + who + " LOGIN");
                } else if (exists("SELECT 1 FROM pg_roles WHERE rolname = ? AND (rolsuper OR NOT rolcanlogin)", login)) {
                    throw Refused.because("team.user.notSeller", login);
                }
                if (newPassword != null) {
                    pg.alterUserPassword(login, newPassword, "scram-sha-256");
                }
                for (TeamRole other : TeamRole.values()) {
                    if (other != role) {
                        s.execute("REVOKE " + group(other) + " FROM " + who);
                    }
                }
                s.execute("GRANT " + group(role) + " TO " + who);
                s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + pg.escapeIdentifier(address.database()) + " TO " + who);
            }
            return member(login).orElseThrow();
        });
    }

    /** Whether a login of that name exists on the server (in this team or not). */
    public boolean loginExists(String login) {
        try {
            return exists("SELECT 1 FROM pg_roles WHERE rolname = ?", login);
        } catch (SQLException e) {
            throw ServerFailures.translate(address, e);
        }
    }

    /** The team's sellers, by login, with what each may see and how many prospects each owns. */
    public List<TeamMember> members() {
        return inTransaction(() -> {
            requireTeam();
            List<TeamMember> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(MEMBERS + " ORDER BY r.rolname");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TeamMember(rs.getString(1), rs.getBoolean(2) ? TeamRole.MANAGER : TeamRole.REP,
                            rs.getLong(3)));
                }
            }
            return out;
        });
    }

    /**
     * Takes {@code login} out of the team: their prospects (with everything about them) and their own scripts go to
     * {@code handOverTo}, required when they own any; their settings and mail record go; they can no longer connect.
     * Their login itself is dropped unless it has rights elsewhere on this server (another team's database).
     */
    public TeamRemoval remove(String login, String handOverTo) {
        return inTransaction(() -> {
            requireTeam();
            if (member(login).isEmpty()) {
                throw Refused.because("team.user.unknown", login, address.database());
            }
            long owned = count("SELECT count(*) FROM prospects WHERE owner = ?", login);
            if (handOverTo != null) {
                if (handOverTo.equals(login) || member(handOverTo).isEmpty()) {
                    throw Refused.because("team.remove.badHandOver", handOverTo, login);
                }
                update("UPDATE prospects SET owner = ? WHERE owner = ?", handOverTo, login);
                update("UPDATE user_scripts SET owner = ? WHERE owner = ? AND id NOT IN"
                        + " (SELECT id FROM user_scripts WHERE owner = ?)", handOverTo, login, handOverTo);
            } else if (owned > 0) {
                throw Refused.because("team.remove.owns", login, owned);
            }
            for (String table : List.of("user_scripts", "settings", "mail_seen", "failing_addresses")) {
                update("DELETE FROM " + table + " WHERE owner = ?", login);
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            String who = pg.escapeIdentifier(login);
            boolean dropped;
            try (Statement s = connection.createStatement()) {
                s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + pg.escapeIdentifier(address.database()) + " FROM " + who);
                Savepoint before = connection.setSavepoint();
                try {
                    s.execute("DROP ROLE " + who);
                    dropped = true;
                } catch (SQLException e) {
                    if (!"2BP01".equals(e.getSQLState())) {
                        throw e;
                    }
                    connection.rollback(before);
                    dropped = false;
                }
            }
            return new TeamRemoval(login, owned, handOverTo, dropped);
        });
    }

    /** Whether {@code failure} is the server refusing a login's password. */
    public static boolean loginRefused(Throwable failure) {
        return failure instanceof ServerFailures.LoginRefused;
    }

    /** The schema version these migrations bring a team's database to. */
    static final int LATEST = 1;

    /**
     * The team's pipeline as a store, for this login: every command and screen then works on the server as on a
     * file, the server deciding which rows this login sees. Refused when the database is not (or not yet, or no
     * longer) at this Candor's schema. The connection passes to the store, which closes it.
     */
    public static app.candor.store.Database openStore(ServerAddress address, String password) {
        return openStore(address, password, List.of());
    }

    /** As above, with what the person should hear about before anything else (a password file left unused). */
    public static app.candor.store.Database openStore(ServerAddress address, String password, List<String> notices) {
        TeamServer server = connect(address, password);
        try {
            server.requireCurrentSchema();
            return app.candor.store.Database.onServer(address.toString(), notices, server.connection,
                    () -> DriverManager.getConnection(address.jdbcUrl(), address.properties(password)),
                    (own, changed) -> TeamChanges.start(() -> {
                        try {
                            return DriverManager.getConnection(address.jdbcUrl(), address.properties(password));
                        } catch (SQLException e) {
                            throw ServerFailures.translate(address, e);
                        }
                    }, own, changed),
                    e -> ServerFailures.translate(address, e));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void requireCurrentSchema() {
        inTransaction(() -> {
            requireTeam();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + HISTORY
                         + " WHERE success AND version IS NOT NULL")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version < LATEST) {
                    throw Refused.because("team.schema.behind", address.database());
                }
                if (version > LATEST) {
                    throw Refused.because("team.schema.newer", address.database(), version, LATEST);
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection the server already dropped: nothing to keep
        }
    }

    private static final String MEMBERS = "SELECT r.rolname, pg_has_role(r.oid, 'candor_manager', 'MEMBER'),"
            + " (SELECT count(*) FROM prospects p WHERE p.owner = r.rolname)"
            + " FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper"
            + " AND has_database_privilege(r.oid, current_database(), 'CONNECT')"
            + " AND (pg_has_role(r.oid, 'candor_rep', 'MEMBER') OR pg_has_role(r.oid, 'candor_manager', 'MEMBER'))";

    private Optional<TeamMember> member(String login) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(MEMBERS + " AND r.rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TeamMember(rs.getString(1),
                        rs.getBoolean(2) ? TeamRole.MANAGER : TeamRole.REP, rs.getLong(3))) : Optional.empty();
            }
        }
    }

    /** The server's group role whose row-level policies give this kind of seller their rows (V1__team.sql). */
    private static String group(TeamRole role) {
        return role == TeamRole.MANAGER ? "candor_manager" : "candor_rep";
    }

    private void requireTeam() throws SQLException {
        if (!exists("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = ?", HISTORY)) {
            throw Refused.because("team.notInitialised", address.database());
        }
    }

    private static void checkLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches() || login.startsWith("pg_")
                || login.startsWith("candor_")) {
            throw Refused.because("team.user.badName", login == null ? "" : login);
        }
    }

    private boolean exists(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long count(String sql, String arg) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ServerFailures.translate(address, e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
