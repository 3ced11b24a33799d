package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.app.Assembly;
import app.candor.io.CsvImport;
import app.candor.store.TestClock;
import app.candor.store.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Damaged CSV files give a report (with problems) and write nothing unless valid rows were asked for. */
class CsvFuzzTest {

    static final String SEED = "name;email;company;deal;value;currency;stage;whose_move;agreed_checkin;opened\r\n"
            + "Ada;ada@example.com;\"Engines; Ltd\";Pilot;1200,50;EUR;proposal;theirs;2026-12-01;01.11.2026\r\n"
            + "Grace;grace@example.com;Navy;;;;;;;\r\n"
            + "Linus;linus@example.com;Chem;Study;99;USD;meeting;ours;;11/02/2026\r\n";

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SEED.length());
        Arbitrary<String> junk = Arbitraries.strings().withChars(";,\"\r\n\uFEFFxyz0123456789-./@ ").ofMaxLength(6);
        return at.flatMap(start -> at.flatMap(len -> junk.map(text -> {
            int from = Math.min(start, SEED.length());
            return SEED.substring(0, from) + text + SEED.substring(Math.min(SEED.length(), from + len % 8));
        })));
    }

    @Property(tries = 150)
    void damagedCsvIsReportedAndAllOrNothingHolds(@ForAll("damaged") String text, @ForAll boolean validOnly)
            throws Exception {
        Path dir = Files.createTempDirectory("candor-csv-fuzz");
        Path file = Files.write(dir.resolve("x.csv"), text.getBytes(StandardCharsets.UTF_8));
        try (Assembly core = Wiring.assemble(dir.resolve("t.db"), dir, TestClock.at("2026-11-23"), Locale.UK)) {
            CsvImport.Report r = new CsvImport(core.database(), core.prospects(), core.deals(), core.interactions(),
                    core.bulk(), core.clock()).run(file, new CsvImport.Options(false, validOnly, null));
            if (!r.written()) {
                assertThat(core.prospects().count()).isZero();
                assertThat(r.problems()).isNotEmpty();
            } else {
                assertThat(core.prospects().count()).isEqualTo(r.added());
            }
        } finally {
            TestFiles.deleteTree(dir);
        }
    }
}
