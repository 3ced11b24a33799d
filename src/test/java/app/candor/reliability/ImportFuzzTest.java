package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.app.Assembly;
import app.candor.io.JsonExport;
import app.candor.io.JsonImport;
import app.candor.sample.DemoData;
import app.candor.store.StoreException;
import app.candor.store.TestClock;
import app.candor.store.TestFiles;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** A damaged export is either imported or refused with the documented error, and a refusal writes nothing. */
class ImportFuzzTest {

    static final Clock CLOCK = TestClock.at("2026-11-23");
    static String export;

    @BeforeContainer
    static void makeExport() throws Exception {
        Path dir = Files.createTempDirectory("candor-fuzz");
        try (Assembly core = Wiring.assemble(dir.resolve("seed.db"), dir, CLOCK, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), CLOCK).fill();
            StringWriter out = new StringWriter();
            JsonExport.write(core.fullData(), out, CLOCK);
            export = out.toString();
        } finally {
            TestFiles.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 20_000);
        Arbitrary<String> junk = Arbitraries.strings().withChars("{}[]\":,-0123456789 nulltrue\u00e9").ofMaxLength(5);
        return Arbitraries.lazy(() -> at.flatMap(start -> at.flatMap(cut -> junk.map(text -> {
            int from = Math.min(start, export.length());
            int to = Math.min(export.length(), from + cut % 40);
            return export.substring(0, from) + text + export.substring(to);
        }))));
    }

    @Property(tries = 120)
    void damagedExportIsImportedWholeOrNotAtAll(@ForAll("damaged") String text) throws Exception {
        Path dir = Files.createTempDirectory("candor-fuzz");
        try (Assembly core = Wiring.assemble(dir.resolve("target.db"), dir, CLOCK, Locale.UK)) {
            try {
                JsonImport.Counts counts = new JsonImport().restore(new StringReader(text), core.fullData(), "x.json");
                assertThat(core.prospects().count()).isEqualTo(counts.prospects());
            } catch (IllegalArgumentException | StoreException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(core.database().holdsData()).isFalse();
            }
        } finally {
            TestFiles.deleteTree(dir);
        }
    }
}
