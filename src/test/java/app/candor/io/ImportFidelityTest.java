package app.candor.io;

import app.candor.app.Stores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.app.Assembly;
import app.candor.io.CsvImport.OnDuplicate;
import app.candor.io.CsvImport.Options;
import app.candor.io.CsvImport.Report;
import app.candor.store.TestClock;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports change only what a file says, refuse what they cannot read exactly, and drop nothing. */
@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class ImportFidelityTest {

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
        csv = csv(core);
    }

    CsvImport csv(Assembly c) {
        return new CsvImport(c.database(), c.prospects(), c.deals(), c.interactions(), c.bulk(), clock);
    }

    @AfterEach
    void close() {
        core.close();
    }

    Path file(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A prospect in negotiation over EUR 250,000, their move, decision maker known, a check-in agreed. */
    Deal negotiation() {
        Prospect p = core.prospects().add(Prospect.create("Ada Lovelace", "Engines Ltd", "CTO", "ada@example.com",
                "+44 20 7946 0958", "Met at the fair; prefers calls", clock.instant()));
        Deal d = core.deals().add(new Deal(0, p.id(), "Pilot", Money.parse("250000", "EUR"), Stage.NEGOTIATION,
                LocalDate.parse("2026-10-01"), null, WhoseMove.THEIRS, null, 0, "", true, ""));
        return core.deals().agreeCheckIn(d.id(), LocalDate.parse("2026-12-04"), clock.instant());
    }

    @Test
    void otherEmailAddressesComeInFromCandorAndHubSpotFilesAndMatchMail() throws Exception {
        Report r = csv.run(file("people.csv", "name,email,other_emails\nGrace Hopper,grace@navy.example,"
                + "\"Grace@Home.example; g.hopper@navy.example\"\n"), new Options(false, false, null));
        assertThat(r.written()).as(r.problems().toString()).isTrue();
        Prospect grace = core.prospects().findByEmail("grace@home.example").orElseThrow();
        assertThat(grace.name()).isEqualTo("Grace Hopper");
        assertThat(core.prospects().otherAddresses(grace.id())).containsExactly("grace@home.example",
                "g.hopper@navy.example");

        Report hub = csv.run(file("hubspot.csv", "First Name,Last Name,Email,Additional email addresses\n"
                + "Alan,Turing,alan@bletchley.example,alan@home.example\n"), new Options(false, false, null));
        assertThat(hub.written()).as(hub.problems().toString()).isTrue();
        assertThat(core.prospects().findByEmail("ALAN@home.example")).get().extracting(Prospect::name)
                .isEqualTo("Alan Turing");

        java.io.StringWriter exported = new java.io.StringWriter();
        app.candor.io.CsvExport.prospects(core.fullData(), exported);
        assertThat(exported.toString().lines().filter(l -> l.startsWith("\"Grace Hopper\",")).findFirst()).as(exported.toString()).get()
                .asString().endsWith(",\"grace@home.example; g.hopper@navy.example\"");

        Report bad = csv.run(file("bad.csv", "name,email,other_emails\nAda,ada2@example.com,not-an-address\n"),
                new Options(false, false, null));
        assertThat(bad.written()).isFalse();
        assertThat(bad.problems().toString()).contains("'not-an-address' is not an email address");
    }

    @Test
    void anUpdateWithEmptyCellsChangesNothingAndRecordsNoStageMove() throws Exception {
        Deal before = negotiation();
        Report r = csv.run(file("update.csv", "name,email,deal,stage,value,currency,whose_move,decision_maker_known,"
                + "agreed_checkin\nAda Lovelace,ada@example.com,Pilot,,,,,,\n"), new Options(false, false, OnDuplicate.UPDATE));
        assertThat(r.written()).as(r.problems().toString()).isTrue();
        assertThat(r.updated()).isEqualTo(1);
        Deal after = core.deals().find(before.id()).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(core.deals().stageHistory(before.id())).isEmpty();
        assertThat(core.prospects().find(before.prospectId()).orElseThrow().notes())
                .isEqualTo("Met at the fair; prefers calls");
    }

    @Test
    void anUpdateChangesExactlyTheCellsThatAreFilledIn() throws Exception {
        Deal before = negotiation();
        csv.run(file("update.csv", "name,email,deal,value,whose_move\nAda Lovelace,ada@example.com,Pilot,300000,ours\n"),
                new Options(false, false, OnDuplicate.UPDATE));
        Deal after = core.deals().find(before.id()).orElseThrow();
        assertThat(after.value()).isEqualTo(Money.parse("300000", "EUR"));
        assertThat(after.whoseMove()).isEqualTo(WhoseMove.OURS);
        assertThat(after.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(after.decisionMakerKnown()).isTrue();
        assertThat(after.agreedCheckIn()).isEqualTo(before.agreedCheckIn());
    }

    @Test
    void aHubSpotUpdateKeepsTheNameAndTheNotesTheUserWrote() throws Exception {
        Deal before = negotiation();
        csv.run(file("hubspot.csv", "First Name,Last Name,Email,Lifecycle Stage,Phone Number\n"
                + ",,ada@example.com,opportunity,\n"), new Options(false, false, OnDuplicate.UPDATE));
        Prospect ada = core.prospects().find(before.prospectId()).orElseThrow();
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.notes()).isEqualTo("Met at the fair; prefers calls");
        assertThat(ada.phone()).isEqualTo("+44 20 7946 0958");
    }

    @Test
    void textThatLooksLikeAMessageNeverTurnsABlockingProblemIntoAWarning() throws Exception {
        Report r = csv.run(file("sneaky.csv", "name,email,stage,deal\n"
                + "\"Eve: skipped, the same email\",eve@example.com,floating,Thing\nBob,bob@example.com,,\n"),
                new Options(false, false, null));
        assertThat(r.blocking()).isTrue();
        assertThat(r.written()).isFalse();
        assertThat(core.prospects().count()).isZero();
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() throws Exception {
        byte[] bytes = "name,email\nAda,ada@example.com\nZo\u00eb,zoe@example.com\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0x81;
        broken[bytes.length + 1] = (byte) 0xC3;
        Path f = Files.write(dir.resolve("broken.csv"), broken);
        Report r = csv.run(f, new Options(false, false, null));
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).singleElement().asString().startsWith("line 4:").contains("not UTF-8");
        assertThat(core.prospects().count()).isZero();
    }

    @Test
    void aWindows1252FileIsReadAsSuchAndSaysSo() throws Exception {
        Path f = Files.write(dir.resolve("excel.csv"),
                "name,email,company\nZo\u00eb Garc\u00eda,zoe@example.com,Caf\u00e9 \u20ac\n".getBytes("windows-1252"));
        Report r = csv.run(f, new Options(false, false, null));
        assertThat(r.written()).isTrue();
        assertThat(r.problems()).singleElement().asString().contains("read as Windows-1252");
        Prospect zoe = core.prospects().findByEmail("zoe@example.com").orElseThrow();
        assertThat(zoe.name()).isEqualTo("Zo\u00eb Garc\u00eda");
        assertThat(zoe.company()).isEqualTo("Caf\u00e9 \u20ac");
    }

    @Test
    void dealCellsWithoutADealTitleAreCheckedAndMakeADealNamedAfterTheCompany() throws Exception {
        Report bad = csv.run(file("bad.csv", "name,email,company,stage,value,agreed_checkin,whose_move\n"
                + "Ada,ada@example.com,Engines,proposal,1200,2026-13-45,ours\n"
                + "Bob,bob@example.com,,qualified,,,floating\n"), new Options(false, false, null));
        assertThat(bad.written()).isFalse();
        assertThat(bad.problems()).hasSize(2);
        assertThat(bad.problems().get(0)).startsWith("line 2:").contains("2026-13-45");
        assertThat(bad.problems().get(1)).startsWith("line 3:").contains("floating");

        Report good = csv.run(file("good.csv", "name,email,company,stage,value,agreed_checkin,whose_move\n"
                + "Ada,ada@example.com,Engines,proposal,1200,2026-12-10,theirs\n"
                + "Bob,bob@example.com,,qualified,,,\n"), new Options(false, false, null));
        assertThat(good.written()).isTrue();
        Deal ada = core.deals().forProspect(core.prospects().findByEmail("ada@example.com").orElseThrow().id()).get(0);
        assertThat(ada.title()).isEqualTo("Engines");
        assertThat(ada.stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(ada.value()).isEqualTo(Money.parse("1200", "EUR"));
        assertThat(ada.agreedCheckIn()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(ada.whoseMove()).isEqualTo(WhoseMove.THEIRS);
        Deal bob = core.deals().forProspect(core.prospects().findByEmail("bob@example.com").orElseThrow().id()).get(0);
        assertThat(bob.title()).isEqualTo("Bob");
    }

    @Test
    void closedDealsImportWithTheirDatesAndTheProspectsWords() throws Exception {
        Report r = csv.run(file("history.csv", "name,email,deal,stage,value,opened,closed,lost_reason\n"
                + "Ada,ada@example.com,Pilot,lost,5000,2025-01-10,2025-03-02,We went with a cheaper tool\n"
                + "Bob,bob@example.com,Renewal,won,800,2025-02-01,,\n"), new Options(false, false, null));
        assertThat(r.written()).as(r.problems().toString()).isTrue();
        Deal lost = core.deals().forProspect(core.prospects().findByEmail("ada@example.com").orElseThrow().id()).get(0);
        assertThat(lost.stage()).isEqualTo(Stage.LOST);
        assertThat(lost.closedOn()).isEqualTo(LocalDate.parse("2025-03-02"));
        assertThat(lost.outcomeReason()).isEqualTo("We went with a cheaper tool");
        Deal won = core.deals().forProspect(core.prospects().findByEmail("bob@example.com").orElseThrow().id()).get(0);
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.closedOn()).as("no close date and no last contact: the day it opened").isEqualTo(
                LocalDate.parse("2025-02-01"));
        var losses = core.insights().lossLessons(new app.candor.insights.ReportRange(LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31")));
        assertThat(losses.toString()).contains("We went with a cheaper tool");
    }

    @Test
    void pipedriveLostDealsKeepTheirReasonAndCloseDate() throws Exception {
        Report r = csv.run(file("pipedrive.csv", "Deal - Title,Deal - Value,Deal - Currency,Deal - Status,"
                + "Deal - Lost reason,Deal - Contact person,Person - Email,Deal - Deal created,Deal - Lost time\n"
                + "Rollout,9000,USD,lost,Timing was wrong for us,Cy,cy@example.com,2025-04-01,2025-06-15 10:00\n"),
                new Options(false, false, null));
        assertThat(r.written()).as(r.problems().toString()).isTrue();
        Deal d = core.deals().forProspect(core.prospects().findByEmail("cy@example.com").orElseThrow().id()).get(0);
        assertThat(d.stage()).isEqualTo(Stage.LOST);
        assertThat(d.closedOn()).isEqualTo(LocalDate.parse("2025-06-15"));
        assertThat(d.outcomeReason()).isEqualTo("Timing was wrong for us");
    }

    @Test
    void twoImportsOfTheSameFileAtOnceAddEachPersonOnce() throws Exception {
        StringBuilder text = new StringBuilder("name,email\n");
        for (int i = 0; i < 600; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@example.com\n");
        }
        Path f = file("people.csv", text.toString());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> runs = new ArrayList<>();
        List<Assembly> cores = new ArrayList<>();
        try {
            for (int run = 0; run < 3; run++) {
                Assembly c = store.assemble(dir, "candor.db", clock, Locale.UK);
                cores.add(c);
                runs.add(pool.submit(() -> {
                    try {
                        return csv(c).run(f, new Options(false, false, OnDuplicate.SKIP)).toString();
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                }));
            }
            for (Future<String> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
            cores.forEach(Assembly::close);
        }
        assertThat(core.prospects().count()).isEqualTo(600);
    }

    @Test
    void aCancelledImportStopsAndKeepsNothing() throws Exception {
        StringBuilder text = new StringBuilder("name,email,deal,stage,value\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@example.com,Deal,proposal,100\n");
        }
        Path f = file("big.csv", text.toString());
        java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread importing = new Thread(() -> {
            try {
                csv.run(f, new Options(false, false, null));
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        importing.start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        // Once the rows are being written (the transaction holds the write lock), cancel.
        Thread.sleep(400);
        importing.interrupt();
        importing.join(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        assertThat(importing.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(core.prospects().count()).isZero();
    }

    @Test
    void jsonNumbersAndTextThatCannotBeStoredExactlyAreRefused() {
        String[] hostile = {"18446744073709551716", "12.99", "\"abc\"", "1e3", "true"};
        for (String value : hostile) {
            String json = "{\"format\":\"candor-export\",\"version\":2,\"prospects\":[{\"id\":1,\"name\":\"Ada\","
                    + "\"createdAt\":\"2026-01-01T00:00:00Z\"}],\"deals\":[{\"id\":1,\"prospectId\":1,\"title\":\"T\","
                    + "\"valueMinor\":" + value + ",\"currency\":\"EUR\",\"stage\":\"lead\",\"openedOn\":\"2026-01-01\","
                    + "\"whoseMove\":\"ours\"}]}";
            assertThatThrownBy(() -> new JsonImport().restore(new StringReader(json), core.fullData(), "x.json"))
                    .as(value).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valueMinor")
                    .hasMessageContaining("Nothing was imported");
            assertThat(core.prospects().count()).isZero();
        }
        String surrogate = "{\"format\":\"candor-export\",\"version\":2,\"prospects\":[{\"id\":1,\"name\":\"Ada \\ud800\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\"}]}";
        assertThatThrownBy(() -> new JsonImport().restore(new StringReader(surrogate), core.fullData(), "x.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThat(core.prospects().count()).isZero();
    }
}
