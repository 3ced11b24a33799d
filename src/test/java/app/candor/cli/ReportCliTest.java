package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candor report}: the same figures as text, JSON and CSV, on the demo database of 23 November 2026. */
class ReportCliTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    Path db;

    CliRunner cli() {
        return new CliRunner(dir, clock);
    }

    @BeforeEach
    void demo() {
        db = dir.resolve("demo.db");
        assertThat(cli().run("--db", db.toString(), "demo").exitCode()).isZero();
    }

    @Test
    void replyRatesAsCsvHaveAHeaderAndOneRowPerScriptAndChannel() {
        CliRunner.Result r = cli().run("--db", db.toString(), "report", "reply-rates", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Script,Channel,Sent,Replies,\"Reply rate\",\"Median days to reply\"");
        // The demo sends "where we left off" by email to Marcus (he calls back in 3 days) and by phone to Hannah
        // (no reply), and "who else weighs in" by email to Priya (no reply).
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "\"Where we left off, and what has changed\",email,1,1,\"too few to say\",3.0",
                "\"Where we left off, and what has changed\",phone,1,0,\"too few to say\",",
                "\"Who else weighs in?\",email,1,0,\"too few to say\",");
    }

    @Test
    void lossesAsJsonCarryTheReasonInTheirWordsAndTheStageLostAt() throws Exception {
        CliRunner.Result r = cli().run("--db", db.toString(), "report", "losses", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/range/from").asText()).isEqualTo("2026-09-07");  // 12 weeks: this one (from Monday 23rd) and 11 before
        assertThat(json.at("/deals").size()).isEqualTo(1);
        assertThat(json.at("/deals/0/reason").asText()).startsWith("We went with someone cheaper");
        assertThat(json.at("/deals/0/lostFrom").asText()).isEqualTo("NEGOTIATION");
        assertThat(json.at("/deals/0/lostOn").asText()).isEqualTo("2026-11-18");
    }

    @Test
    void everyReportCoversTheSameRangeOnTheCommandLineAsOnTheScreen() {
        try (app.candor.followup.Services services = app.candor.app.Wiring.openServices(db, dir, clock,
                java.util.Locale.UK)) {
            var screen = new app.candor.ui.reports.ReportsViewModel(services.insights(),
                    app.candor.ui.common.TaskExecutor.currentThread());
            String onScreen = screen.fromProperty().get() + " to " + screen.toProperty().get();
            for (String report : List.of("reply-rates", "losses", "discipline", "pipeline")) {
                CliRunner.Result r = cli().run("--db", db.toString(), "report", report);
                assertThat(r.out().lines().findFirst().orElseThrow()).as(report).endsWith("(" + onScreen + ")");
            }
        }
    }

    @Test
    void textNamesTheRangeAndARangeCanBeChosen() {
        CliRunner.Result r = cli().run("--db", db.toString(), "report", "pipeline", "--from", "2026-11-01",
                "--to", "2026-11-15");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pipeline (2026-11-01 to 2026-11-15)")
                .contains("1 deal moved stage.")
                .contains("negotiation  won");
        assertThat(cli().run("--db", db.toString(), "report", "discipline").out())
                .contains("Week of").contains("2026-11-16");
    }

    @Test
    void anUnknownReportOrABackwardRangeIsRefusedPlainly() throws Exception {
        byte[] before = Files.readAllBytes(db);
        CliRunner.Result unknown = cli().run("--db", db.toString(), "report", "wins");
        assertThat(unknown.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(unknown.err()).contains("No report called \"wins\"").contains("reply-rates, losses, discipline");
        CliRunner.Result backward = cli().run("--db", db.toString(), "report", "losses", "--from", "2026-11-20",
                "--to", "2026-11-01");
        assertThat(backward.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(backward.err()).contains("ends (2026-11-01) before it starts (2026-11-20)");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
