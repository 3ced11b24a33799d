package app.candor.store.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (zonky's embedded binaries from Maven Central), started once per test run and
 * stopped at its end. Its superuser {@code postgres} logs in without a password, as an administrator on the server's
 * own machine does; every other login needs its password (SCRAM), as on a team's server. Each test takes a database
 * of its own; logins are the whole server's, so tests name theirs with {@link #login}.
 */
public final class TestServer {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    /** A fresh, empty database on the test server, as its superuser's address. */
    public static synchronized ServerAddress newDatabase() {
        String name = "team_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ServerAddress("localhost", port(), name, "postgres", "disable");
    }

    /** A login name no other test uses. */
    public static String login(String base) {
        return base + "_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    }

    /** A connection as the superuser to {@code database}. */
    public static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, "postgres", null);
    }

    /** A connection as {@code login} with {@code password}, as any PostgreSQL client (psql) would make it. */
    public static Connection as(ServerAddress db, String login, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + db.database(), login, password);
    }

    /** The environment a command sees to reach the server as {@code login} with {@code password}. */
    public static Map<String, String> env(String password) {
        return Map.of("PGPASSWORD", password);
    }

    /**
     * A server of the caller's own, in {@code data} (kept between starts) on {@code port} (0: any), for a test that
     * stops it and starts it again; the same logins rule as the shared one.
     */
    public static EmbeddedPostgres startOwn(Path data, int port) throws IOException {
        Path hba = Files.writeString(Files.createDirectories(data.resolveSibling(data.getFileName() + "-conf"))
                .resolve("pg_hba.conf"), HBA);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("password_encryption", "scram-sha-256");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * On a server of the caller's own ({@link #startOwn}): a database "team" set up for a team, with {@code rep} as
     * a rep whose password is {@code password}. Returns the administrator's address of it.
     */
    public static ServerAddress ownTeam(EmbeddedPostgres server, String rep, String password) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE team");
        }
        ServerAddress admin = new ServerAddress("localhost", server.getPort(), "team", "postgres", "disable");
        try (TeamServer team = TeamServer.connect(admin, null)) {
            team.init();
            team.addUser(rep, app.candor.domain.TeamRole.REP, password.toCharArray());
        }
        return admin;
    }

    private static final String HBA = """
            local all postgres trust
            host  all postgres 127.0.0.1/32 trust
            host  all postgres ::1/128 trust
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    public static synchronized int port() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("candor-pg");
                Path hba = Files.writeString(dir.resolve("pg_hba.conf"), HBA);
                server = EmbeddedPostgres.builder()
                        .setServerConfig("hba_file", hba.toString())
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the run is ending
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.getPort();
    }
}
