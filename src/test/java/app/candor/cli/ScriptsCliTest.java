package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Wiring;
import app.candor.domain.Channel;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.app.Assembly;
import app.candor.scripts.ScriptRenderer;
import app.candor.scripts.TemplateException;
import app.candor.store.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsCliTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    CliRunner cli() {
        return new CliRunner(dir, clock);
    }

    @Test
    void everyScriptRendersForEveryDemoDealWithNoPlaceholderLeft() {
        Path db = dir.resolve("demo.db");
        assertThat(cli().run("--db", db.toString(), "demo").exitCode()).isZero();
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            int rendered = 0;
            for (Prospect p : core.prospects().page(0, 100)) {
                for (Deal d : core.deals().forProspect(p.id())) {
                    Map<String, String> values = core.scripts().valuesForDeal(d.id(), LocalDate.parse("2026-11-23"));
                    for (Script s : core.scripts().all()) {
                        ScriptRenderer.Rendering r = ScriptRenderer.render(s, values);
                        assertThat(r.missing()).as(s.id() + " for " + d.title()).isEmpty();
                        String all = r.emailSubject() + r.emailBody() + r.phoneText();
                        assertThat(all).doesNotContain("{").doesNotContain("}").doesNotContain("null").doesNotContain("  ");
                        rendered++;
                    }
                }
            }
            assertThat(rendered).isGreaterThanOrEqualTo(8 * 9);
        }
    }

    @Test
    void scriptCommandPrintsTheRenderedTextWithDatesInTheLocale() {
        Path db = dir.resolve("demo.db");
        cli().run("--db", db.toString(), "demo");
        long dealId = firstDealOf(db, "Priya Raman");
        CliRunner.Result r = cli().run("--db", db.toString(), "script", "summarize-what-changed", "--deal",
                String.valueOf(dealId), "--channel", "email");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Subject: Analytics rollout: where we left off")
                .contains("Hi Priya,").contains("when we spoke on 10 November 2026:")
                .contains("Walked through the rollout plan").contains("what has changed since we last spoke?")
                .contains("Sam Carter").doesNotContain("{");
    }

    @Test
    void missingValuesAreNamedAndNothingIsPrintedUntilTheyAreGiven() {
        Path db = dir.resolve("fresh.db");
        long dealId;
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            long p = core.prospects().add(Prospect.create("Ada Lovelace", "", "", "ada@example.com", "", "",
                    clock.instant())).id();
            dealId = core.deals().add(Deal.open(p, "Engine study", new Money(0, "GBP"), Stage.LEAD,
                    LocalDate.parse("2026-11-01"), WhoseMove.OURS)).id();
        }
        CliRunner.Result missing = cli().run("--db", db.toString(), "script", "summarize-what-changed", "--deal",
                String.valueOf(dealId));
        assertThat(missing.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("missing").contains("myName").contains("lastContactDate")
                .contains("lastSummary");

        CliRunner.Result filled = cli().run("--db", db.toString(), "script", "summarize-what-changed", "--deal",
                String.valueOf(dealId), "--set", "myName=Sam", "--set", "lastContactDate=2026-11-02",
                "--set", "lastSummary=You wanted a costed plan.");
        assertThat(filled.exitCode()).as(filled.err()).isZero();
        assertThat(filled.out()).contains("when we spoke on 2 November 2026:").contains("You wanted a costed plan.");

        CliRunner.Result typo = cli().run("--db", db.toString(), "script", "ok-to-say-no", "--deal",
                String.valueOf(dealId), "--set", "myname=Sam");
        assertThat(typo.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(typo.err()).contains("Unknown value name 'myname'");
    }

    @Test
    void toneFindsPressureAsJsonAndAlwaysExitsZero() throws Exception {
        CliRunner.Result r = cli().runWithInput("Just checking in. This offer expires Friday!", "tone", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("start").asInt()).isZero();
        assertThat(findings.get(0).get("end").asInt()).isEqualTo("Just checking in".length());
        assertThat(findings.get(0).get("phrase").asText()).isEqualTo("Just checking in");
        assertThat(findings.get(0).get("kind").asText()).isEqualTo("chasing");
        assertThat(findings.get(1).get("kind").asText()).isEqualTo("urgency");
        assertThat(findings.get(0).has("reason")).isTrue();
        assertThat(findings.get(0).has("suggestion")).isTrue();

        CliRunner.Result clean = cli().runWithInput("What has changed since we last spoke?", "tone", "--format", "json");
        assertThat(clean.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(clean.out()).get("findings")).isEmpty();
    }

    @Test
    void userScriptsAreValidatedStoredListedDuplicatedAndDeleted() throws Exception {
        Path db = dir.resolve("mine.db");
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            Script bad = new Script("my-note", "My note", "", "", Channel.EMAIL, "Hi", "Hi {fristName}", "", false);
            assertThatThrownBy(() -> core.scripts().save(bad)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("email body, line 1, column 4");
            assertThat(core.scripts().find("my-note")).isEmpty();
            assertThatThrownBy(() -> core.scripts().save(bad.copyAs("ok-to-say-no", "Mine")))
                    .hasMessageContaining("built-in");

            core.scripts().save(new Script("my-note", "My note", "Be brief", "", Channel.EMAIL, "Hi",
                    "Hi {firstName}, what has changed since we last spoke?", "", false));
            Script copy = core.scripts().duplicate("ok-to-say-no");
            assertThat(copy.id()).isEqualTo("ok-to-say-no-copy");
            assertThat(copy.builtIn()).isFalse();
            assertThatThrownBy(() -> core.scripts().delete("ok-to-say-no")).hasMessageContaining("built-in");
        }
        JsonNode listed = new ObjectMapper().readTree(cli().run("--db", db.toString(), "scripts", "--format", "json").out());
        assertThat(listed.findValuesAsText("id")).contains("my-note", "ok-to-say-no-copy", "humble-equal-prep");
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            core.scripts().delete("my-note");
            assertThat(core.scripts().find("my-note")).isEmpty();
        }
    }

    private long firstDealOf(Path db, String name) {
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            Prospect p = core.prospects().search(name, 1).get(0);
            return core.deals().forProspect(p.id()).get(0).id();
        }
    }
}
