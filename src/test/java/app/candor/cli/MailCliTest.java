package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.mail.Mails;
import app.candor.store.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code candor mail import}: mail files on the demo of 23 November. A reply from a prospect is a response (the
 * alerts follow), mail to a prospect a touch, an out-of-office a note, a bounce a failing address, list mail and
 * strangers nothing; the same mail twice adds nothing; a dry run changes nothing.
 */
class MailCliTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    String db;

    CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return new CliRunner(dir, clock).run(all.toArray(String[]::new));
    }

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.db").toString();
        assertThat(run("demo").exitCode()).isZero();
    }

    private List<String> alertsOf(String prospect) throws Exception {
        List<String> rules = new ArrayList<>();
        for (JsonNode a : new ObjectMapper().readTree(run("alerts", "--format", "json", "--all").out())) {
            if (a.get("prospect").asText().equals(prospect)) {
                rules.add(a.get("rule").asText());
            }
        }
        return rules;
    }

    /** An mbox of the kinds of mail that arrive in a week. */
    private Path week() throws Exception {
        StringBuilder mbox = new StringBuilder();
        for (byte[] m : List.of(
                Mails.from("Priya Raman <PRIYA.RAMAN@northwind.example>").to("sam@candor.example").id("<a1@northwind>")
                        .subject("Re: Analytics rollout", "UTF-8").at("2026-11-22T10:00:00Z")
                        .text("Thanks, Sam. From our side the pilot is a go.\n\n> old quoted text", "UTF-8",
                                "quoted-printable").bytes(),
                Mails.from("sam@candor.example").to("someone@else.example").cc("m.bell@bellweather.example")
                        .id("<a2@candor>").subject("Route planning: where we left off", "UTF-8")
                        .at("2026-11-22T11:00:00Z").text("Here is where we left off.", "UTF-8", "7bit").bytes(),
                Mails.from("sofia@fjorddesign.example").to("sam@candor.example").id("<a3@fjord>")
                        .header("Auto-Submitted", "auto-replied").subject("Out of office", "UTF-8")
                        .at("2026-11-22T12:00:00Z").text("Back on Monday.", "UTF-8", "7bit").bytes(),
                Mails.from("MAILER-DAEMON@mx.example.net").to("sam@candor.example").id("<a4@mx>")
                        .subject("Undelivered Mail Returned to Sender", "UTF-8").at("2026-11-22T13:00:00Z")
                        .bounceFor("tom@cedarpine.example").bytes(),
                Mails.from("news@vendor.example").to("sam@candor.example").id("<a5@vendor>")
                        .header("List-Id", "<news.vendor.example>").subject("Newsletter", "UTF-8")
                        .at("2026-11-22T14:00:00Z").text("News.", "UTF-8", "7bit").bytes(),
                Mails.from("stranger@unknown.example").to("sam@candor.example").id("<a6@unknown>")
                        .subject("Hello", "UTF-8").at("2026-11-22T15:00:00Z").text("Hi.", "UTF-8", "7bit").bytes())) {
            String text = new String(m, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                    .replaceAll("(?m)^From ", ">From ");
            mbox.append("From - Sun Nov 22 10:00:00 2026\n").append(text).append("\n\n");
        }
        return Files.writeString(dir.resolve("week.mbox"), mbox, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void aReplyIsAResponseMailToAProspectATouchAndTheRestIsSaidForWhatItIs() throws Exception {
        assertThat(alertsOf("Priya Raman")).contains("no-response");
        Path week = week();

        CliRunner.Result dry = run("mail", "import", week.toString(), "--me", "sam@candor.example", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Would log 3 of 6 messages");
        assertThat(alertsOf("Priya Raman")).as("a dry run changes nothing").contains("no-response");

        CliRunner.Result r = run("mail", "import", week.toString(), "--me", "Sam@Candor.example");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Logged 3 of 6 messages; 0 already known; 2 ignored; 2 addresses matched to nobody.")
                .contains("logged: Priya Raman replied: \"Re: Analytics rollout\"")
                .contains("logged: Marcus Bell: you wrote \"Route planning: where we left off\"")
                .contains("logged: Sofia Lindqvist: an automatic reply, kept as a note")
                .contains("a delivery failure for tom@cedarpine.example")
                .contains("mailing-list mail")
                .contains("nobody: stranger@unknown.example").contains("nobody: someone@else.example");
        assertThat(alertsOf("Priya Raman")).as("her reply is a response").doesNotContain("no-response");

        CliRunner.Result again = run("mail", "import", week.toString(), "--me", "sam@candor.example");
        assertThat(again.out()).startsWith("Logged 0 of 6 messages; 5 already known");
    }

    @Test
    void mailFromAnotherAddressOfAProspectIsTheirs() throws Exception {
        try (app.candor.followup.Services core = app.candor.app.Wiring.openServices(java.nio.file.Path.of(db), dir,
                clock, java.util.Locale.UK)) {
            long priya = core.prospects().findByEmail("priya.raman@northwind.example").orElseThrow().id();
            assertThat(core.prospects().setOtherAddresses(priya, "Priya@Home.example; p.raman@northwind.example"))
                    .containsExactly("priya@home.example", "p.raman@northwind.example");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> core.prospects().setOtherAddresses(
                    core.prospects().findByEmail("m.bell@bellweather.example").orElseThrow().id(), "priya@home.example"))
                    .hasMessage("Priya Raman already has the address priya@home.example: one person, one prospect.");
        }
        Path eml = Files.write(dir.resolve("home.eml"), Mails.from("PRIYA@home.example").to("sam@candor.example")
                .id("<h1@home>").subject("From my phone", "UTF-8").at("2026-11-22T18:00:00Z")
                .text("Yes to the pilot.", "UTF-8", "7bit").bytes());
        CliRunner.Result r = run("mail", "import", eml.toString());
        assertThat(r.out()).startsWith("Logged 1 of 1 message;").contains("Priya Raman replied: \"From my phone\"");
        assertThat(alertsOf("Priya Raman")).doesNotContain("no-response");
    }

    @Test
    void aReplyStaysWithTheDealItsThreadWasAbout() throws Exception {
        Path first = Files.write(dir.resolve("first.eml"), Mails.from("sam@candor.example")
                .to("priya.raman@northwind.example").id("<t1@candor>").subject("Rollout plan", "UTF-8")
                .at("2026-11-21T09:00:00Z").text("Here is the plan.", "UTF-8", "7bit").bytes());
        assertThat(run("mail", "import", first.toString(), "--me", "sam@candor.example").exitCode()).isZero();
        long priya;
        long rollout;
        try (app.candor.followup.Services core = app.candor.app.Wiring.openServices(java.nio.file.Path.of(db), dir,
                clock, java.util.Locale.UK)) {
            priya = core.prospects().findByEmail("priya.raman@northwind.example").orElseThrow().id();
            rollout = core.prospects().openDeals(priya).get(0).id();
            assertThat(core.prospects().timeline(priya, 0, 1).get(0).dealId()).isEqualTo(rollout);
            core.prospects().addDeal(new app.candor.domain.Deal(0, priya, "Second site",
                    app.candor.domain.Money.parse("5000", "GBP"), app.candor.domain.Stage.LEAD,
                    java.time.LocalDate.parse("2026-11-22"), null, app.candor.domain.WhoseMove.OURS, null, 0, "", false,
                    ""));
        }
        Path reply = Files.write(dir.resolve("reply.eml"), Mails.from("priya.raman@northwind.example")
                .to("sam@candor.example").id("<t2@northwind>").header("In-Reply-To", "<t1@candor>")
                .header("References", "<t1@candor>").subject("Re: Rollout plan", "UTF-8").at("2026-11-22T09:00:00Z")
                .text("Looks good.", "UTF-8", "7bit").bytes());
        Path other = Files.write(dir.resolve("other.eml"), Mails.from("priya.raman@northwind.example")
                .to("sam@candor.example").id("<t3@northwind>").subject("Lunch?", "UTF-8").at("2026-11-22T10:00:00Z")
                .text("Free on Friday?", "UTF-8", "7bit").bytes());
        assertThat(run("mail", "import", reply.toString(), other.toString()).exitCode()).isZero();
        try (app.candor.followup.Services core = app.candor.app.Wiring.openServices(java.nio.file.Path.of(db), dir,
                clock, java.util.Locale.UK)) {
            var timeline = core.prospects().timeline(priya, 0, 10);
            assertThat(timeline).filteredOn(i -> i.summary().startsWith("Re: Rollout plan"))
                    .singleElement().satisfies(i -> assertThat(i.dealId()).isEqualTo(rollout));
            assertThat(timeline).filteredOn(i -> i.summary().startsWith("Lunch?"))
                    .singleElement().satisfies(i -> assertThat(i.dealId()).as("two open deals: no thread, no deal").isNull());
        }
    }

    @Test
    void anEmlFileAndAMaildirAreReadAndAMissingFileIsRefusedInWords() throws Exception {
        Path maildir = dir.resolve("Maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.write(maildir.resolve("new").resolve("1.eml"), Mails.from("jonas.berg@nordlys.example")
                .to("sam@candor.example").id("<m1@nordlys>").subject("Kontoret", "ISO-8859-1")
                .at("2026-11-21T08:00:00Z").text("Vi er klare på mandag.", "ISO-8859-1", "quoted-printable").bytes());
        Path eml = Files.write(dir.resolve("one.eml"), Mails.from("elena.rossi@brightside.example")
                .to("sam@candor.example").id("<e1@brightside>").subject("Campaign", "UTF-8").at("2026-11-21T09:00:00Z")
                .html("<p>Let's talk Thursday.</p>").bytes());
        CliRunner.Result r = run("mail", "import", maildir.toString(), eml.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Logged 2 of 2 messages").contains("Jonas Berg replied: \"Kontoret\"")
                .contains("Elena Rossi replied: \"Campaign\"");

        CliRunner.Result missing = run("mail", "import", dir.resolve("nope.mbox").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("There is no mail file").doesNotContain("Exception");
    }
}
