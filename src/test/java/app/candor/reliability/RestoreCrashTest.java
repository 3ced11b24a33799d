package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Prospect;
import app.candor.store.Database;
import app.candor.store.SqliteProspectRepository;
import app.candor.store.TestStore;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM restores two backups in turn onto one database and is killed with SIGKILL at a random moment,
 * {@value #KILLS} times. After every kill there is a complete database at the path: it opens, passes
 * {@code PRAGMA integrity_check}, and holds exactly one of the two backups' content.
 */
class RestoreCrashTest {

    static final int KILLS = 8;

    @TempDir
    Path dir;

    Path database(String name, int people) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            var prospects = new SqliteProspectRepository(db, TestStore.derived());
            db.write(c -> {
                for (int i = 0; i < people; i++) {
                    prospects.add(Prospect.create(name + " " + i, "", "", "", "", "note ".repeat(200), Instant.EPOCH));
                }
                return null;
            });
        }
        return file;
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesACompleteDatabase() throws Exception {
        Path a = database("a.db", 300);
        Path b = database("b.db", 700);
        Path target = database("candor.db", 300);
        Random random = new Random(Long.getLong("candor.seed", 20261201L));
        java.util.concurrent.atomic.AtomicInteger restoresSeen = new java.util.concurrent.atomic.AtomicInteger();
        for (int round = 0; round < KILLS; round++) {
            Process loop = Processes.java(dir, true, RestoreLoop.class.getName(), target.toString(), a.toString(),
                    b.toString());
            BufferedReader out = Processes.lines(loop);
            assertThat(out.readLine()).isEqualTo("ready");
            // The first restore warms the JVM; the kill then lands at a random moment of the ones after it.
            assertThat(out.readLine()).isEqualTo("0");
            restoresSeen.incrementAndGet();
            Thread counter = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        restoresSeen.incrementAndGet();
                    }
                } catch (java.io.IOException ignored) {
                    // killed
                }
            });
            counter.setDaemon(true);
            counter.start();
            Thread.sleep(random.nextInt(400));
            loop.destroyForcibly();
            assertThat(loop.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Database reopened = Database.open(target)) {
                assertThat(BackupCrashTest.integrity(reopened)).as("round %d", round).isEqualTo("ok");
                assertThat((long) new SqliteProspectRepository(reopened, TestStore.derived()).count()).as("round %d", round)
                        .isIn(300L, 700L);
            }
        }
        assertThat(restoresSeen.get()).as("restores completed between kills").isPositive();
    }
}
