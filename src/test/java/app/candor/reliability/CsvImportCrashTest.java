package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV import killed with SIGKILL part way leaves either all of its rows or none, and a sound file. */
class CsvImportCrashTest {

    static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void csvImportKilledHalfwayLeavesAllRowsOrNone() throws Exception {
        StringBuilder csv = new StringBuilder("name,email,company,deal,value,currency,stage\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com,Company ").append(i % 97)
                    .append(i % 3 == 0 ? ",Deal " + i + ",1200.50,EUR,proposal\n" : ",,,,\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        Random random = new Random(7);
        int none = 0;
        int all = 0;
        for (int round = 0; round < 6; round++) {
            Path db = dir.resolve("import-" + round + ".db");
            Database.open(db).close();
            Process p = Processes.java(dir, false, "app.candor.app.Main", "--db", db.toString(), "import", file.toString());
            Thread.sleep(300 + random.nextInt(1700));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Database reopened = Database.open(db)) {
                int count = reopened.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM prospects")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(count).as("round %d", round).isIn(0, ROWS);
                assertThat(CrashSafetyTest.integrity(reopened)).isEqualTo("ok");
                if (count == 0) {
                    none++;
                } else {
                    all++;
                }
            }
        }
        assertThat(none + all).isEqualTo(6);
    }
}
