package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.Database;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM logs interactions and prints each id once its commit returned; it is killed with SIGKILL at a
 * random moment, {@value #KILLS} times (more with -Dcandor.kills=N). After every kill the file opens, passes
 * {@code PRAGMA integrity_check}, and holds every id that was reported committed.
 */
class CrashSafetyTest {

    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsLosesNoCommittedInteraction() throws Exception {
        Path db = dir.resolve("crash.db");
        Random random = new Random(Long.getLong("candor.seed", 20261123L));
        Set<Long> committed = new HashSet<>();
        int kills = Integer.getInteger("candor.kills", KILLS);
        int killedWhileWriting = 0;
        for (int round = 0; round < kills; round++) {
            Process writer = Processes.java(dir, true, InteractionWriter.class.getName(), db.toString());
            BufferedReader out = Processes.lines(writer);
            assertThat(out.readLine()).isEqualTo("ready");
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20 + random.nextInt(400));
            List<Long> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                seen.add(Long.parseLong(line));
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (writer.exitValue() == 137) {
                killedWhileWriting++;
            }
            committed.addAll(seen);
            try (Database reopened = Database.open(db)) {
                assertThat(integrity(reopened)).as("round %d", round).isEqualTo("ok");
                Set<Long> present = ids(reopened);
                assertThat(present).as("round %d: every id reported committed is there", round).containsAll(committed);
            }
        }
        assertThat(committed.size()).isGreaterThan(kills);
        assertThat(killedWhileWriting).isEqualTo(kills);
    }

    static String integrity(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static Set<Long> ids(Database db) {
        return db.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM interactions")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
