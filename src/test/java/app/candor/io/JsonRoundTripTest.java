package app.candor.io;

import app.candor.app.Stores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.domain.Channel;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.app.Assembly;
import app.candor.sample.DemoData;
import app.candor.store.TestClock;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class JsonRoundTripTest {

    @Parameter
    Stores store;

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    static final String HOSTILE = "O'Brien \"quoted\" '; DROP TABLE prospects; -- \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD"
            + " tab\there\u0001\u001F nul-free";

    @Test
    void exportImportExportIsIdenticalAndHostileTextSurvivesExactly() throws Exception {
        String first;
        try (Assembly core = store.assemble(dir, "a.db", clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            long id = core.prospects().add(Prospect.create(HOSTILE, "", "", "", "", "n".repeat(100_000), clock.instant())).id();
            Deal deal = core.deals().add(Deal.open(id, HOSTILE, new Money(12_345, "JPY"), Stage.PROPOSAL,
                    LocalDate.parse("2026-11-01"), WhoseMove.THEIRS));
            core.interactions().log(Interaction.log(id, deal.id(), InteractionKind.NOTE, Direction.OUTBOUND,
                    clock.instant(), "", null));
            core.deals().agreeCheckIn(deal.id(), LocalDate.parse("2026-12-01"), clock.instant());
            core.deals().snooze(new Snooze(id, deal.id(), LocalDate.parse("2026-11-30"), HOSTILE, clock.instant()));
            core.scripts().save(new Script("my-note", HOSTILE, "", "", Channel.EMAIL, "S", "Hi {firstName}", "", false));
            first = export(core);
        }
        assertThat(first).contains("\"format\" : \"candor-export\"").contains("\"version\" : 3")
                .contains("\"scriptId\" : \"who-else-weighs-in\"").contains("\"stageChanges\" : [ {")
                .contains("\"alertEvents\" : [ {");
        try (Assembly core = store.assemble(dir, "b.db", clock, Locale.UK)) {
            JsonImport.Counts counts = new JsonImport().restore(new StringReader(first), core.fullData(), "a.json");
            assertThat(counts.prospects()).isEqualTo(10);
            assertThat(export(core)).isEqualTo(first);
            Prospect hostile = core.prospects().search("Brien", 1).get(0);
            assertThat(hostile.name()).isEqualTo(HOSTILE);
            assertThat(hostile.notes()).hasSize(100_000);
            assertThat(core.prospects().count()).isEqualTo(10);
            assertThat(core.followUps().queue(LocalDate.parse("2026-11-23")).total())
                    .as("derived columns and alert schedules rebuilt").isPositive();
        }
    }

    @Test
    void aBadRecordStopsTheImportWithItsPlaceAndWritesNothing() throws Exception {
        String good;
        try (Assembly core = store.assemble(dir, "a.db", clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            good = export(core);
        }
        String bad = good.replaceFirst("\"stage\" : \"proposal\"", "\"stage\" : \"maybe\"");
        try (Assembly core = store.assemble(dir, "b.db", clock, Locale.UK)) {
            var failure = org.assertj.core.api.Assertions.catchThrowable(() ->
                    new JsonImport().restore(new StringReader(bad), core.fullData(), "bad.json"));
            assertThat(failure).hasMessageContaining("bad.json line").hasMessageContaining("$.deals[")
                    .hasMessageContaining("'maybe'").hasMessageContaining("Nothing was imported");
            assertThat(core.prospects().count()).isZero();
            assertThat(core.database().holdsData()).isFalse();
        }
    }

    @Test
    void aVersionOneExportFromBeforeTheInsightsHistoryStillImports() throws Exception {
        String v2;
        try (Assembly core = store.assemble(dir, "a.db", clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            v2 = export(core);
        }
        // What Candor wrote before schema 3: no script ids, no stage moves, no alert history.
        String v1 = v2.replace("\"version\" : 3", "\"version\" : 1")
                .replaceAll(",\\s*\"prospectAddresses\" : \\[[^\\]]*\\]", "")
                .replaceAll(",\\s*\"scriptId\" : (null|\"[a-z-]+\")", "")
                .replaceAll(",\\s*\"stageChanges\" : \\[[^\\]]*\\]", "")
                .replaceAll(",\\s*\"alertEvents\" : \\[[^\\]]*\\]", "");
        assertThat(v1).doesNotContain("scriptId").doesNotContain("stageChanges").doesNotContain("alertEvents")
                .doesNotContain("prospectAddresses").contains("\"version\" : 1");
        try (Assembly core = store.assemble(dir, "b.db", clock, Locale.UK)) {
            JsonImport.Counts counts = new JsonImport().restore(new StringReader(v1), core.fullData(), "old.json");
            assertThat(counts.prospects()).isEqualTo(9);
            Prospect priya = core.prospects().findByEmail("priya.raman@northwind.example").orElseThrow();
            assertThat(core.interactions().timeline(priya.id(), 0, 10)).hasSize(3)
                    .allSatisfy(i -> assertThat(i.scriptId()).isNull());
            assertThat(core.insights().lossLessons(new app.candor.insights.ReportRange(LocalDate.parse("2026-11-01"),
                    LocalDate.parse("2026-11-23"))).byStageLostAt())
                    .contains(new app.candor.insights.Figures.Count("not recorded", 1));
        }
    }

    @Test
    void importRefusesADatabaseThatHoldsData() throws Exception {
        try (Assembly core = store.assemble(dir, "a.db", clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            String json = export(core);
            var failure = org.assertj.core.api.Assertions.catchThrowable(() ->
                    new JsonImport().restore(new StringReader(json), core.fullData(), "a.json"));
            assertThat(failure).hasMessageContaining("already holds data");
            assertThat(core.prospects().count()).isEqualTo(9);
        }
    }

    private String export(Assembly core) throws Exception {
        StringWriter out = new StringWriter();
        JsonExport.write(core.fullData(), out, clock);
        return out.toString();
    }
}
