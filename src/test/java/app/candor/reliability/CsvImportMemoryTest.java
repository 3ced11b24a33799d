package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Main;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV import streams: a 31 MB file (140,000 prospects with deals) imports in a JVM of 32 MB of heap, the memory
 * budget docs/IMPORT.md states, and it holds every row afterwards.
 */
class CsvImportMemoryTest {

    static final int ROWS = 140_000;

    @TempDir
    Path dir;

    @Test
    void aThirtyMegabyteFileImportsWithin32MegabytesOfHeap() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("name,email,company,role,phone,notes,deal,stage,value\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("Person " + i + ",p" + i + "@example.com,Company " + i % 5000 + ",Head of Things,+44 20 7946 "
                        + i % 10000 + "," + "Some notes about this person and what they said on the call. ".repeat(2)
                        + ",Deal " + i + ",proposal," + i % 9000 + ".50\n");
            }
        }
        assertThat(Files.size(csv)).isGreaterThan(31_000_000L);
        Path db = dir.resolve("big.db");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--db", db.toString(), "import", csv.toString()));
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("CANDOR_DB");
        builder.redirectErrorStream(true);
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains(ROWS + " added");
        try (var core = app.candor.app.Wiring.assemble(db, dir, java.time.Clock.systemUTC(), java.util.Locale.UK)) {
            assertThat(core.prospects().count()).isEqualTo(ROWS);
        }
    }
}
