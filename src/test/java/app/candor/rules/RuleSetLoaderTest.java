package app.candor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoaderTest {

    final RuleSetLoader loader = new RuleSetLoader();

    @Test
    void defaultsMatchTheDocumentedThresholdsAndSeverities() {
        RuleSet rules = loader.defaults();
        assertThat(rules.queueCap()).isEqualTo(15);
        assertThat(rules.noResponseDays(Stage.LEAD)).isEqualTo(21);
        assertThat(rules.noResponseDays(Stage.QUALIFIED)).isEqualTo(14);
        assertThat(rules.noResponseDays(Stage.MEETING)).isEqualTo(10);
        assertThat(rules.noResponseDays(Stage.PROPOSAL)).isEqualTo(7);
        assertThat(rules.noResponseDays(Stage.NEGOTIATION)).isEqualTo(5);
        assertThat(rules.rule(RuleId.CHECKIN_OVERDUE).severity()).isEqualTo(Severity.HIGH);
        assertThat(rules.rule(RuleId.NO_RESPONSE).escalatedSeverity()).isEqualTo(Severity.HIGH);
        assertThat(rules.rule(RuleId.NO_NEXT_STEP).severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void missingUserFileMeansDefaults(@TempDir Path dir) {
        RulesLoad load = app.candor.followup.RulesFile.load(dir.resolve("rules.json"));
        assertThat(load.problems()).isEmpty();
        assertThat(load.rules()).isEqualTo(loader.defaults());
    }

    @Test
    void userFileOverridesOnlyWhatItNames(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.json"), """
                {
                  "queueCap": 25,
                  "noResponseDays": { "proposal": 4 },
                  "rules": {
                    "checkin-slipped": { "severity": "high", "slips": 3 },
                    "no-next-step": { "enabled": false, "scripts": ["mutual-closure"] }
                  }
                }
                """);
        RuleSet rules = app.candor.followup.RulesFile.load(file).rules();
        assertThat(rules.queueCap()).isEqualTo(25);
        assertThat(rules.noResponseDays(Stage.PROPOSAL)).isEqualTo(4);
        assertThat(rules.noResponseDays(Stage.LEAD)).isEqualTo(21);
        assertThat(rules.rule(RuleId.CHECKIN_SLIPPED).severity()).isEqualTo(Severity.HIGH);
        assertThat(rules.rule(RuleId.CHECKIN_SLIPPED).parameter("slips")).isEqualTo(3);
        assertThat(rules.rule(RuleId.CHECKIN_SLIPPED).scripts()).isNotEmpty();
        assertThat(rules.rule(RuleId.NO_NEXT_STEP).enabled()).isFalse();
        assertThat(rules.rule(RuleId.NO_NEXT_STEP).scripts()).containsExactly("mutual-closure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown rule id|{\\n  \"rules\": {\\n    \"no-respons\": {\"enabled\": false}\\n  }\\n}|line 3, $.rules.no-respons: unknown rule id 'no-respons'",
        "negative threshold|{\\n  \"noResponseDays\": {\\n    \"proposal\": -2\\n  }\\n}|line 3, $.noResponseDays.proposal: must be at least 0, found -2",
        "wrong type|{\"queueCap\": \"ten\"}|line 1, $.queueCap: expected a whole number, found \"ten\"",
        "bad severity|{\"rules\": {\"no-response\": {\"severity\": \"urgent\"}}}|$.rules.no-response.severity: expected \"high\", \"medium\" or \"low\"",
        "closed stage|{\"noResponseDays\": {\"won\": 3}}|$.noResponseDays.won: unknown or closed stage 'won'",
        "unknown setting|{\"rules\": {\"no-response\": {\"attempts\": 3}}}|$.rules.no-response.attempts: unknown setting 'attempts'",
        "scripts not a list|{\"rules\": {\"no-response\": {\"scripts\": \"ok-to-say-no\"}}}|$.rules.no-response.scripts: expected a list of script ids",
        "syntax|{\\n  \"queueCap\": 10,\\n  \"rules\": {\\n}|line 4, column 2: not valid JSON",
        "not an object|[1, 2]|$: expected a JSON object"})
    void badFileIsRefusedWithPathAndLineAndTheDefaultsApply(String name, String json, String expected, @TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("rules.json"), json.replace("\\n", "\n"));
        byte[] before = Files.readAllBytes(file);
        RulesLoad load = app.candor.followup.RulesFile.load(file);
        assertThat(load.usingDefaultsBecauseOfProblems()).isTrue();
        assertThat(load.problems()).anySatisfy(p -> assertThat(p).contains(expected));
        assertThat(load.rules()).isEqualTo(loader.defaults());
        assertThat(load.summary("rules.json")).contains("default rules");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
