package app.candor.io;

import app.candor.app.Stores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.app.Assembly;
import app.candor.io.CsvImport.OnDuplicate;
import app.candor.io.CsvImport.Options;
import app.candor.io.CsvImport.Report;
import app.candor.sample.DemoData;
import app.candor.store.TestClock;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class CsvImportTest {

    @Parameter
    Stores store;

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    Assembly core;
    CsvImport csv;

    @BeforeEach
    void open() {
        core = store.assemble(dir, "candor.db", clock, Locale.UK);
        csv = new CsvImport(core.database(), core.prospects(), core.deals(), core.interactions(), core.bulk(), clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    Path file(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    static final String MESSY = "\uFEFFname;email;company;deal;value;currency;stage;whose_move;agreed_checkin;opened;extra\r\n"
            + "Ada Lovelace;ada@example.com;\"Engines; Ltd\";Pilot;1200,50;EUR;proposal;theirs;2026-12-01;01.11.2026;x\r\n"
            + "\r\n"
            + "  Grace Hopper ; grace@example.com ;\"Navy\nYard\";;;;;;;;\r\n"
            + "Bad Stage;b@example.com;;Thing;;;maybe;;;;\r\n"
            + ";nobody@example.com;;;;;;;;;\r\n"
            + "Ada Again;ADA@example.com;;;;;;;;;\r\n";

    @Test
    void aMessyFileIsValidatedWholeAndWritesNothingWhenAnyRowIsBad() throws Exception {
        Report r = csv.run(file("messy.csv", MESSY), new Options(false, false, null));
        assertThat(r.kind()).isEqualTo(CsvImport.Kind.PROSPECTS);
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).containsExactly(
                "line 6: stage 'maybe': use lead, qualified, meeting, proposal, negotiation, won or lost",
                "line 7: a name is required",
                "line 8: skipped, the same email as line 2");
        assertThat(r.ignoredColumns()).containsExactly("extra");
        assertThat(core.prospects().count()).isZero();
    }

    @Test
    void validOnlyWritesTheGoodRowsWithQuotedDelimitersLineBreaksAndDecimalCommas() throws Exception {
        Report r = csv.run(file("messy.csv", MESSY), new Options(false, true, null));
        assertThat(r.written()).isTrue();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.skipped()).isEqualTo(1);
        Prospect ada = core.prospects().findByEmail("ada@example.com").orElseThrow();
        assertThat(ada.company()).isEqualTo("Engines; Ltd");
        Deal pilot = core.deals().forProspect(ada.id()).get(0);
        assertThat(pilot.value().minorUnits()).isEqualTo(120_050);
        assertThat(pilot.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(pilot.agreedCheckIn()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(pilot.openedOn()).isEqualTo(LocalDate.parse("2026-11-01"));
        Prospect grace = core.prospects().findByEmail("grace@example.com").orElseThrow();
        assertThat(grace.name()).isEqualTo("Grace Hopper");
        assertThat(grace.company()).isEqualTo("Navy\nYard");
    }

    @Test
    void dryRunReportsAndWritesNothing() throws Exception {
        Report r = csv.run(file("ok.csv", "name,email\nAda,ada@example.com\n"), new Options(true, false, null));
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.written()).isFalse();
        assertThat(core.prospects().count()).isZero();
    }

    @Test
    void existingProspectsAreMatchedByEmailAndTheChoiceIsExplicit() throws Exception {
        csv.run(file("first.csv", "name,email,company\nAda,ada@example.com,Old\n"), new Options(false, false, null));
        Path again = file("again.csv", "name,email,company,deal,stage\nAda Lovelace,ADA@EXAMPLE.COM,New,Pilot,meeting\n");
        Report refused = csv.run(again, new Options(false, false, null));
        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("choose --on-duplicate skip or update"));
        Report skipped = csv.run(again, new Options(false, false, OnDuplicate.SKIP));
        assertThat(skipped.skipped()).isEqualTo(1);
        assertThat(core.prospects().findByEmail("ada@example.com").orElseThrow().company()).isEqualTo("Old");
        Report updated = csv.run(again, new Options(false, false, OnDuplicate.UPDATE));
        assertThat(updated.updated()).isEqualTo(1);
        Prospect ada = core.prospects().findByEmail("ada@example.com").orElseThrow();
        assertThat(ada.company()).isEqualTo("New");
        assertThat(core.deals().forProspect(ada.id())).singleElement().extracting(Deal::stage).isEqualTo(Stage.MEETING);
        assertThat(core.prospects().count()).isEqualTo(1);
    }

    @Test
    void hubSpotContactsKeepTheirLastContactAsTheRulesStartingPoint() throws Exception {
        Report r = csv.run(file("hubspot.csv", "Record ID,First Name,Last Name,Email,Company Name,Job Title,"
                + "Lifecycle Stage,Last Contacted,Create Date,Contact owner\n"
                + "101,Ada,Lovelace,ada@example.com,Engines,CTO,salesqualifiedlead,2026-10-20 14:30,2025-01-05,sam@x.com\n"),
                new Options(false, false, null));
        assertThat(r.kind()).isEqualTo(CsvImport.Kind.HUBSPOT_CONTACTS);
        assertThat(r.ignoredColumns()).containsExactly("record id", "contact owner");
        Prospect ada = core.prospects().findByEmail("ada@example.com").orElseThrow();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.role()).isEqualTo("CTO");
        var alert = core.followUps().alertsFor(ada.id(), LocalDate.parse("2026-11-23")).stream()
                .filter(a -> a.rule().code().equals("no-response")).findFirst().orElseThrow();
        assertThat(alert.lastResponse()).isEqualTo(LocalDate.parse("2026-10-20"));
    }

    @Test
    void pipedriveDealsMapStagesStatusesAndLostReasons() throws Exception {
        Report r = csv.run(file("pipedrive.csv", "\"Deal - Title\",\"Deal - Value\",\"Deal - Currency\","
                + "\"Deal - Organization\",\"Deal - Contact person\",\"Person - Email\",\"Deal - Stage\",\"Deal - Status\","
                + "\"Deal - Lost reason\",\"Deal - Deal created\",\"Deal - Lost time\"\n"
                + "Fleet renewal,25000,USD,Acme,Wile Coyote,wile@acme.example,Proposal Made,open,,2026-09-01,\n"
                + "Old thing,900,USD,Beta,Bo Beta,bo@beta.example,Qualified,lost,\"Too expensive, they said\","
                + "2026-05-01,2026-06-01 10:00:00\n"), new Options(false, false, null));
        assertThat(r.kind()).isEqualTo(CsvImport.Kind.PIPEDRIVE_DEALS);
        Deal fleet = core.deals().forProspect(core.prospects().findByEmail("wile@acme.example").orElseThrow().id()).get(0);
        assertThat(fleet.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(fleet.value().minorUnits()).isEqualTo(2_500_000);
        Deal old = core.deals().forProspect(core.prospects().findByEmail("bo@beta.example").orElseThrow().id()).get(0);
        assertThat(old.stage()).isEqualTo(Stage.LOST);
        assertThat(old.outcomeReason()).isEqualTo("Too expensive, they said");
        assertThat(old.closedOn()).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void csvExportsImportBackInTheirOwnFormat() throws Exception {
        new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
        StringWriter prospects = new StringWriter();
        CsvExport.prospects(core.fullData(), prospects);
        StringWriter interactions = new StringWriter();
        CsvExport.interactions(core.fullData(), interactions);
        try (Assembly other = store.assemble(dir, "other.db", clock, Locale.UK)) {
            CsvImport in = new CsvImport(other.database(), other.prospects(), other.deals(), other.interactions(),
                    other.bulk(), clock);
            Report p = in.run(file("p.csv", prospects.toString()), new Options(false, false, null));
            assertThat(p.problems()).isEmpty();
            assertThat(p.added()).isEqualTo(9);
            Report i = in.run(file("i.csv", interactions.toString()), new Options(false, false, null));
            assertThat(i.problems()).isEmpty();
            assertThat(i.added()).isEqualTo(16);
            Prospect priya = other.prospects().findByEmail("priya.raman@northwind.example").orElseThrow();
            assertThat(other.interactions().timeline(priya.id(), 0, 10)).hasSize(3);
        }
    }

    @Test
    void calendarFileParsesWithIcal4jAndKeepsOneStableUidPerDeal() throws Exception {
        List<Calendar.CheckIn> checkIns = List.of(
                new Calendar.CheckIn(7, "Elena Rossi", "Campaign analytics; phase 2", "elena@example.com",
                        LocalDate.parse("2026-11-27"), 0),
                new Calendar.CheckIn(3, "Sofia Lindqvist", "Studio \u2014 workflow pilot, with a long title that has"
                        + " to be folded across lines", "", LocalDate.parse("2026-11-28"), 2));
        String ics = Calendar.ics(checkIns, clock.instant());
        net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo("deal-7-check-in@candor.app");
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Get back to each other: Elena Rossi"
                + " (Campaign analytics; phase 2)");
        assertThat(events.get(1).getSummary().getValue()).contains("folded across lines");
        String again = Calendar.ics(List.of(new Calendar.CheckIn(7, "Elena Rossi", "Campaign analytics; phase 2",
                "elena@example.com", LocalDate.parse("2026-12-04"), 1)), clock.instant());
        assertThat(again).contains("UID:deal-7-check-in@candor.app").contains("SEQUENCE:1")
                .contains("DTSTART;VALUE=DATE:20261204");
        assertThat(ics.lines()).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }
}
