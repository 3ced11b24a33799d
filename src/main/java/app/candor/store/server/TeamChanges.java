package app.candor.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what teammates change, as the server signals it (channel {@code candor_changes}, V1__team.sql): a connection
 * of its own that LISTENs, on a daemon thread, handing over the prospects changed since the last batch; no polling of
 * the tables. A rep hears only about their own prospects (changed by a manager, say), a manager about everyone's;
 * changes made through this store's own connections are left out ({@code own}). While the server is away it tries
 * again every few seconds, and says so the first time.
 */
final class TeamChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamChanges.class);
    static final String CHANNEL = "candor_changes";
    private static final int WAIT_MS = 500;
    private static final int RETRY_MS = 3000;

    private final Thread thread;
    /** Counted down once the connection listens (or the first try failed): changes after that are heard. */
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean closed;
    private volatile Connection connection;

    private TeamChanges(Supplier<Connection> connect, Supplier<Set<Integer>> own, Consumer<Set<Long>> changed) {
        this.thread = new Thread(() -> run(connect, own, changed), "candor-team-changes");
        this.thread.setDaemon(true);
    }

    /**
     * Starts hearing: {@code changed} gets the prospects changed by others, a batch at a time, on its thread. Returns
     * once the server listens for this window (at most a few seconds when it is slow or away), so that a change
     * made after this call is heard.
     */
    static TeamChanges start(Supplier<Connection> connect, Supplier<Set<Integer>> own, Consumer<Set<Long>> changed) {
        TeamChanges changes = new TeamChanges(connect, own, changed);
        changes.thread.start();
        try {
            changes.listening.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return changes;
    }

    private void run(Supplier<Connection> connect, Supplier<Set<Integer>> own, Consumer<Set<Long>> changed) {
        boolean toldAway = false;
        while (!closed) {
            try (Connection c = connect.get()) {
                connection = c;
                String me;
                boolean manager;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    try (var rs = s.executeQuery("SELECT current_user, pg_has_role(current_user, 'candor_manager',"
                            + " 'MEMBER')")) {
                        rs.next();
                        me = rs.getString(1);
                        manager = rs.getBoolean(2);
                    }
                }
                listening.countDown();
                if (toldAway) {
                    LOG.info("Hearing the team's changes again");
                    toldAway = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] batch = pg.getNotifications(WAIT_MS);
                    if (batch == null || batch.length == 0) {
                        continue;
                    }
                    Set<Integer> mine = own.get();
                    Set<Long> prospects = new LinkedHashSet<>();
                    for (PGNotification n : batch) {
                        String[] words = n.getParameter().split(" ");
                        if (mine.contains(n.getPID()) || words.length != 2 || !(manager || words[0].equals(me))) {
                            continue;
                        }
                        try {
                            prospects.add(Long.parseLong(words[1]));
                        } catch (NumberFormatException e) {
                            // not a signal of ours
                        }
                    }
                    if (!prospects.isEmpty()) {
                        changed.accept(prospects);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                listening.countDown();
                if (!toldAway) {
                    LOG.warn("Not hearing the team's changes for now (the server is away?): {}", e.getMessage());
                    toldAway = true;
                }
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a connection the server already dropped
            }
        }
        thread.interrupt();
    }
}
