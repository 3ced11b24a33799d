package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.Database;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Candor processes on one file both work safely (docs/decisions/0005): WAL lets one write while the other
 * reads, the busy timeout makes each wait its turn for short write transactions, and nothing is lost.
 */
class TwoInstancesTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingAtOnceBothSucceedAndLoseNothing() throws Exception {
        Path db = dir.resolve("shared.db");
        Database.open(db).close();
        int each = 300;
        Process first = Processes.java(dir, true, InteractionWriter.class.getName(), db.toString(), "" + each, "first");
        Process second = Processes.java(dir, true, InteractionWriter.class.getName(), db.toString(), "" + each, "second");
        Set<Long> reported = new HashSet<>();
        for (Process p : List.of(first, second)) {
            try (BufferedReader out = Processes.lines(p)) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!line.equals("ready")) {
                        reported.add(Long.parseLong(line));
                    }
                }
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(reported).hasSize(2 * each);
        try (Database reopened = Database.open(db)) {
            assertThat(CrashSafetyTest.integrity(reopened)).isEqualTo("ok");
            assertThat(CrashSafetyTest.ids(reopened)).isEqualTo(reported);
        }
    }
}
