package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candor deal ID --set} and {@code candor log}: a day scripted from the terminal, on the demo of 23 November. */
class EditCliTest {

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

    private List<JsonNode> alerts() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(run("alerts", "--format", "json", "--all").out()).forEach(out::add);
        return out;
    }

    @Test
    void knowingTheDecisionMakerClearsItsAlertAndEveryChangeIsPrinted() throws Exception {
        JsonNode unknown = alerts().stream().filter(a -> a.get("rule").asText().equals("unknown-decision-maker"))
                .findFirst().orElseThrow();
        String deal = unknown.get("dealId").asText();

        CliRunner.Result r = run("deal", deal, "--set", "decision_maker_known=yes", "--set", "next_step=Send the"
                + " revised quote", "--set", "whose_move=ours", "--set", "value=4500.50");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("decision maker known: no -> yes").contains("next step: ")
                .contains("-> Send the revised quote").contains("-> 4500.50");
        assertThat(alerts()).noneMatch(a -> a.get("dealId").asText().equals(deal)
                && a.get("rule").asText().equals("unknown-decision-maker"));
        assertThat(run("deal", deal).out()).contains("decision maker known: yes").contains("whose move: your move");
    }

    @Test
    void aBadValueIsRefusedInPlainWordsAndChangesNothing() {
        String before = run("export", "--format", "json").out();
        for (String[] bad : new String[][] {{"value=4,500"}, {"stage=won"}, {"agreed_checkin=2026-11-01"},
            {"colour=red"}, {"currency=XYZ"}, {"decision_maker_known=maybe"}, {"whose_move=mine"},
            {"stage=proposal", "value=abc"}}) {
            List<String> args = new ArrayList<>(List.of("deal", "1"));
            for (String b : bad) {
                args.addAll(List.of("--set", b));
            }
            CliRunner.Result r = run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", bad)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", bad)).startsWith("candor: ").doesNotContain("Exception")
                    .doesNotContain("this is a bug");
        }
        assertThat(run("export", "--format", "json").out()).isEqualTo(before);
    }

    @Test
    void yesterdaysCallIsLoggedWhenItHappenedWithItsOutcomeAndWhoseMoveAfter() {
        CliRunner.Result r = run("log", "PRIYA.RAMAN@northwind.example", "--kind", "call", "--direction", "two-way",
                "--at", "yesterday 15:00", "--outcome", "replied", "--deal", "1", "--whose-move", "ours",
                "--summary", "Talked the pilot through");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Logged call (two-way) with Priya Raman").contains("2026-11-22 15:00")
                .contains("outcome: replied");
        assertThat(run("export", "--format", "csv", "--what", "interactions").out())
                .contains("2026-11-22T15:00:00Z,call,two-way,replied,\"Talked the pilot through\"");
        assertThat(run("deal", "1").out()).contains("whose move: your move");
    }

    @Test
    void aLogThatCannotBeSavedWholeSavesNothing() {
        String before = run("export", "--format", "json").out();
        CliRunner.Result past = run("log", "priya.raman@northwind.example", "--kind", "call", "--deal", "1",
                "--check-in", "2026-11-01", "--summary", "Agreed to talk");
        CliRunner.Result future = run("log", "priya.raman@northwind.example", "--kind", "call", "--at", "tomorrow",
                "--summary", "Not yet");
        CliRunner.Result nobody = run("log", "nobody@example.com", "--kind", "call", "--summary", "Who?");

        assertThat(past.err()).contains("A check-in is a day still to come");
        assertThat(future.err()).contains("is still to come");
        assertThat(nobody.err()).contains("No prospect has the email address 'nobody@example.com'");
        assertThat(List.of(past.exitCode(), future.exitCode(), nobody.exitCode())).containsOnly(1);
        assertThat(run("export", "--format", "json").out()).isEqualTo(before);
    }
}
