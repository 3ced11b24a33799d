package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.RuleId;
import app.candor.store.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsCliTest {

    @TempDir
    Path dir;

    CliRunner cli() {
        return new CliRunner(dir, TestClock.at("2026-11-23"));
    }

    @Test
    void demoDataMakesEveryRuleFireAndJsonCarriesTheDocumentedKeys() throws Exception {
        String db = dir.resolve("demo.db").toString();
        assertThat(cli().run("--db", db, "demo").exitCode()).isZero();

        CliRunner.Result result = cli().run("--db", db, "alerts", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode alerts = new ObjectMapper().readTree(result.out());
        Set<String> rules = new HashSet<>();
        alerts.forEach(a -> rules.add(a.get("rule").asText()));
        assertThat(rules).isEqualTo(Arrays.stream(RuleId.values()).map(RuleId::code).collect(Collectors.toSet()));
        JsonNode first = alerts.get(0);
        for (String key : new String[] {"prospect", "email", "company", "dealId", "deal", "stage", "rule", "severity",
            "daysSinceResponse", "lastResponse", "explanation", "scripts", "owner"}) {
            assertThat(first.has(key)).as("key " + key).isTrue();
        }
        assertThat(first.get("owner").isNull()).as("a file's alerts are nobody else's").isTrue();
        assertThat(first.get("severity").asText()).isEqualTo("high");
    }

    @Test
    void alertsAnswerWhileAnotherProgramHoldsAWriteTransaction() throws Exception {
        String db = dir.resolve("demo.db").toString();
        assertThat(cli().run("--db", db, "demo").exitCode()).isZero();
        try (java.sql.Connection importer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = importer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE prospects SET notes = notes || ' ' WHERE id = 1");
            long start = System.nanoTime();
            CliRunner.Result alerts = cli().run("--db", db, "alerts");
            assertThat(alerts.exitCode()).as(alerts.err()).isZero();
            assertThat(alerts.out()).contains("Marcus Bell");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(4));
            s.execute("COMMIT");
        }
    }

    @Test
    void demoRefusesADatabaseThatHoldsData() {
        String db = dir.resolve("demo.db").toString();
        cli().run("--db", db, "demo");
        CliRunner.Result again = cli().run("--db", db, "demo");
        assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(again.err()).contains("already holds data");
    }

    @Test
    void textIsCappedByTheRulesFileAndAllShowsTheRest() throws Exception {
        String db = dir.resolve("demo.db").toString();
        cli().run("--db", db, "demo");
        Files.writeString(dir.resolve("rules.json"), "{\"queueCap\": 2}");
        CliRunner.Result capped = cli().run("--db", db, "alerts");
        assertThat(capped.out()).contains("Follow-ups for 2026-11-23: 2 of ").contains("--all shows the rest");
        assertThat(capped.out().lines().filter(l -> l.matches("^ ?\\d+\\. .*"))).hasSize(2);
        CliRunner.Result all = cli().run("--db", db, "alerts", "--all");
        assertThat(all.out().lines().filter(l -> l.matches("^ ?\\d+\\. .*")).count()).isGreaterThan(2);
    }

    @Test
    void todayOverridesTheClock() throws Exception {
        String db = dir.resolve("demo.db").toString();
        cli().run("--db", db, "demo");
        JsonNode later = new ObjectMapper().readTree(cli().run("--db", db, "alerts", "--format", "json",
                "--today", "2027-06-01").out());
        assertThat(later.findValuesAsText("rule")).doesNotContain("lost-ask-feedback");
    }

    @Test
    void badRulesFileIsReportedAndTheDefaultsRun() throws Exception {
        String db = dir.resolve("demo.db").toString();
        cli().run("--db", db, "demo");
        Files.writeString(dir.resolve("rules.json"), "{\n  \"rules\": {\"no-respons\": {}}\n}");
        CliRunner.Result result = cli().run("--db", db, "alerts");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("default rules").contains("line 2, $.rules.no-respons");
        assertThat(result.out()).contains("Follow-ups for");
    }

    @Test
    void notADatabaseFailsWithAPlainMessageAndLeavesTheFileAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("contacts.csv"), "name,email\nAda,ada@example.com\n");
        CliRunner.Result result = cli().run("--db", file.toString(), "alerts");
        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains(file.toString()).contains("not a Candor database");
        assertThat(Files.readString(file)).isEqualTo("name,email\nAda,ada@example.com\n");
    }

    @Test
    void generateWritesTheRequestedAmounts() {
        String db = dir.resolve("bench.db").toString();
        CliRunner.Result result = cli().run("--db", db, "generate", "--prospects", "200", "--interactions", "1500",
                "--seed", "3");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Generated 200 prospects and 1500 interactions");
    }

    @Test
    void longSilentLeadsWaitOnTheReviveListWhichTheTextCountsAndTheJsonMarks() throws Exception {
        String db = dir.resolve("book.db").toString();
        assertThat(cli().run("--db", db, "generate", "--prospects", "300", "--interactions", "2000", "--seed", "3")
                .exitCode()).isZero();

        String queue = cli().run("--db", db, "alerts", "--all").out();
        CliRunner.Result revive = cli().run("--db", db, "alerts", "--revive", "--all");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(cli().run("--db", db, "alerts", "--format", "json").out());

        java.util.regex.Matcher waiting = java.util.regex.Pattern.compile("(\\d+) long-silent leads wait").matcher(queue);
        assertThat(waiting.find()).as(queue).isTrue();
        int count = Integer.parseInt(waiting.group(1));
        assertThat(revive.out()).startsWith("Long-silent leads to revive for 2026-11-23: " + count + " of " + count);
        assertThat(revive.out()).doesNotContain("[negotiation").doesNotContain("[proposal").contains("[lead");
        java.util.Set<String> revived = new java.util.HashSet<>();
        java.util.Set<String> queued = new java.util.HashSet<>();
        json.forEach(a -> (a.get("list").asText().equals("revive") ? revived : queued)
                .add(a.get("prospectId").asText() + "/" + a.get("dealId").asText()));
        assertThat(revived).hasSize(count).doesNotContainAnyElementsOf(queued);
    }
}
