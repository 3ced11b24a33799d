package app.candor.bench;

import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.TeamRole;
import app.candor.followup.Services;
import app.candor.followup.TeamService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The team server's figures (docs/PERFORMANCE.md, "A team's server"): on a PostgreSQL server holding {@code --sellers}
 * sellers' pipelines, one seller's daily queue against the naive aggregate query run by the same seller in the same
 * run; then {@code --loggers} sellers logging calls at once, each in their own connection, with the latency of every
 * log and a count that proves none was lost or doubled. The server is the caller's ({@code --server}, an
 * administrator's address, the password in PGPASSWORD): a team measures on its own.
 */
@Command(name = "team-bench", mixinStandardHelpOptions = true)
public final class TeamBench implements Callable<Integer> {

    /** The naive query the maintained columns replace, on PostgreSQL: last contact per prospect over all calls. */
    static final String NAIVE_SQL = "SELECT prospect_id, (CAST(extract(epoch FROM now()) AS BIGINT) * 1000"
            + " - max(occurred_at)) / 86400000 AS days FROM interactions GROUP BY prospect_id"
            + " HAVING (CAST(extract(epoch FROM now()) AS BIGINT) * 1000 - max(occurred_at)) / 86400000 > 14"
            + " ORDER BY days DESC";

    @Option(names = "--server", required = true, description = "postgresql://ADMIN@HOST:PORT/DATABASE (an empty database or one this bench filled).")
    String server;
    @Option(names = "--sellers", defaultValue = "20") int sellers;
    @Option(names = "--prospects", defaultValue = "100000", description = "Per seller.") int prospects;
    @Option(names = "--interactions", defaultValue = "1000000", description = "Per seller.") int interactions;
    @Option(names = "--loggers", defaultValue = "20") int loggers;
    @Option(names = "--logs", defaultValue = "200", description = "Calls each logger logs.") int logs;
    @Option(names = "--pace", defaultValue = "500", description = "Milliseconds between one seller's calls (a bounded"
            + " load: 20 sellers at 500 ms are 40 calls a second, far above a team's real pace); 0: flat out.")
    int pace;
    @Option(names = "--runs", defaultValue = "15") int runs;
    @Option(names = "--clone", description = "Write the first seller's book through Candor, copy it for the others.")
    boolean clone;

    private static final long ID_STEP = 100_000_000L;
    private static final List<String> TABLES = List.of("prospects", "deals", "interactions", "checkin_changes",
            "snoozes", "stage_changes", "alert_events", "prospect_addresses");

    private final Map<String, String> env = new HashMap<>(System.getenv());
    private final Clock clock = Clock.systemDefaultZone();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TeamBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("candor-team-bench");
        TeamService admin = TeamService.forServer(server, env, Path.of(System.getProperty("user.home")));
        admin.init();
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= sellers; i++) {
            String login = String.format("bench_seller_%02d", i);
            logins.add(login);
            admin.addUser(login, TeamRole.REP, password(login).toCharArray());
        }
        // The data: each seller's own synthetic book, written through Candor as that seller (their rows, their
        // ids); with --clone, the first seller's book is written so and the others' are copies of it made by the
        // server (the administrator's SQL, ids moved along, owners changed): the same data, in minutes, not hours.
        for (int i = 0; i < sellers; i++) {
            try (Services s = open(logins.get(i), folder)) {
                if (s.prospects().count() != 0) {
                    continue;
                }
                long start = System.nanoTime();
                if (clone && i > 0) {
                    cloneBook(logins.get(0), logins.get(i), i);
                } else {
                    s.data().generate(prospects, interactions, 42 + i);
                }
                System.out.printf("%s %s: %d prospects, %d interactions in %.0f s%n", clone && i > 0 ? "copied"
                        : "generated", logins.get(i), prospects, interactions, (System.nanoTime() - start) / 1e9);
            }
        }
        try (Connection c = DriverManager.getConnection(jdbc(), adminLogin(), env.get("PGPASSWORD"));
             java.sql.Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
        String first = logins.get(0);
        double queue;
        double naive;
        int queued;
        try (Services s = open(first, folder);
             Connection c = DriverManager.getConnection(jdbc(), first, password(first))) {
            LocalDate today = s.followUps().today();
            for (int i = 0; i < 3; i++) {
                s.followUps().queue(today);
                naive(c);
            }
            queued = s.followUps().queue(today).visible().size();
            queue = median(() -> s.followUps().queue(today));
            naive = median(() -> naive(c));
        }
        System.out.printf("| one seller's daily queue (%d shown), in-process | %.1f ms | <= 0.2x baseline | %.3fx |%n",
                queued, queue, queue / naive);
        System.out.printf("| naive aggregate query, same seller, same server (baseline) | %.1f ms | | |%n", naive);

        // Loggers: each seller in their own connection, all at once.
        String tag = "team-bench " + java.util.UUID.randomUUID();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(loggers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(loggers);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < loggers; i++) {
            String login = logins.get(i % logins.size());
            int seed = i;
            done.add(pool.submit(() -> {
                try (Services s = open(login, folder)) {
                    List<Prospect> own = s.prospects().search("", 0, 500);
                    Random r = new Random(seed);
                    LocalDate today = s.followUps().today();
                    ready.countDown();
                    go.await();
                    long next = System.nanoTime() + r.nextInt(Math.max(1, pace)) * 1_000_000L;
                    for (int n = 0; n < logs; n++) {
                        Prospect p = own.get(r.nextInt(own.size()));
                        long wait = (next - System.nanoTime()) / 1_000_000L;
                        if (pace > 0 && wait > 0) {
                            Thread.sleep(wait);
                        }
                        next += pace * 1_000_000L;
                        long start = System.nanoTime();
                        s.followUps().log(Interaction.log(p.id(), null, InteractionKind.CALL, Direction.TWO_WAY,
                                clock.instant(), tag, null), today);
                        latencies.add((System.nanoTime() - start) / 1e6);
                    }
                }
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long saved;
        try (Connection c = DriverManager.getConnection(jdbc(), adminLogin(), env.get("PGPASSWORD"));
             PreparedStatement ps = c.prepareStatement("SELECT count(*), count(DISTINCT id) FROM interactions"
                     + " WHERE summary = ?")) {
            ps.setString(1, tag);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                saved = rs.getLong(1);
                if (rs.getLong(2) != saved) {
                    throw new IllegalStateException("duplicated rows");
                }
            }
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        System.out.printf("| %d sellers logging at once, %d calls each, one every %d ms: median log | %.1f ms | < 5 ms | |%n",
                loggers, logs, pace, median);
        System.out.printf("| the same: 99th percentile | %.1f ms | < 50 ms | |%n", p99);
        System.out.printf("| calls saved / logged (none lost or doubled) | %d / %d | equal | %.0f calls/s |%n", saved,
                (long) loggers * logs, loggers * logs / wall);
        return saved == (long) loggers * logs ? 0 : 1;
    }

    /** Copies {@code from}'s rows as {@code to}'s, ids moved by {@code n} steps, triggers off (superuser only). */
    private void cloneBook(String from, String to, int n) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(jdbc(), adminLogin(), env.get("PGPASSWORD"))) {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET LOCAL session_replication_role = replica");
                long off = n * ID_STEP;
                for (String table : TABLES) {
                    List<String> columns = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns"
                            + " WHERE table_name = '" + table + "' AND is_generated = 'NEVER'"
                            + " AND (identity_generation IS NULL OR identity_generation <> 'ALWAYS')"
                            + " ORDER BY ordinal_position")) {
                        while (rs.next()) {
                            columns.add(rs.getString(1));
                        }
                    }
                    List<String> values = new ArrayList<>();
                    for (String col : columns) {
                        values.add(switch (col) {
                            case "id", "prospect_id", "deal_id" -> col + " + " + off;
                            case "owner" -> "'" + to + "'";
                            case "email", "address" -> "'" + n + ".' || " + col;
                            default -> col;
                        });
                    }
                    st.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                            + String.join(", ", values) + " FROM " + table + " WHERE owner = '" + from + "'");
                }
                for (String table : List.of("prospects", "deals", "interactions", "checkin_changes", "snoozes",
                        "stage_changes", "alert_events")) {
                    st.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                            + " (SELECT max(id) FROM " + table + "))").close();
                }
            }
            c.commit();
        }
    }

    private Services open(String login, Path folder) {
        Map<String, String> as = new HashMap<>(env);
        as.put("PGPASSWORD", password(login));
        return Wiring.openServerServices(address(login), as, folder, folder, clock, Locale.UK, Optional.empty());
    }

    private static String password(String login) {
        return "bench-" + login;
    }

    /** The seller's address: the administrator's with another login. */
    private String address(String login) {
        return server.replaceFirst("//[^@/]*@", "//" + login + "@");
    }

    private String adminLogin() {
        return server.replaceFirst("^[a-z]+://([^@/]*)@.*$", "$1");
    }

    private String jdbc() {
        return "jdbc:" + server.replaceFirst("//[^@/]*@", "//").replaceFirst("^postgres://", "postgresql://");
    }

    private static void naive(Connection c) {
        try (PreparedStatement ps = c.prepareStatement(NAIVE_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private double median(Runnable work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
