package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.candor.app.Wiring;
import app.candor.app.Assembly;
import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad rules file, an out-of-range date or value, and a bug each end in a plain message, never a hang or a trace. */
class CrashesAndBoundsCliTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    CliRunner cli() {
        return new CliRunner(dir, clock);
    }

    String demo() {
        String db = dir.resolve("demo.db").toString();
        assertThat(cli().run("--db", db, "demo").exitCode()).isZero();
        return db;
    }

    @Test
    void aRulesFileNestedPastTheParsersLimitIsRefusedAndEveryCommandRunsOnTheDefaults() throws Exception {
        String db = demo();
        Files.writeString(dir.resolve("rules.json"), "[".repeat(5000) + "]".repeat(5000));
        for (String[] command : new String[][] {{"alerts"}, {"backup"}, {"scripts"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", db),
                    java.util.Arrays.stream(command)).toArray(String[]::new);
            CliRunner.Result r = cli().run(args);
            assertThat(r.exitCode()).as(command[0] + ": " + r.err()).isZero();
            assertThat(r.err()).contains("nested deeper than a rules file can be").doesNotContain("Exception");
        }
        Files.writeString(dir.resolve("rules.json"), "{\"queueCap\": 3, \"pad\": \"" + "x".repeat(2 << 20) + "\"}");
        CliRunner.Result big = cli().run("--db", db, "alerts");
        assertThat(big.exitCode()).isZero();
        // Numbers in the person's own grouping ("1,024" in English).
        assertThat(big.err()).contains("Candor reads none over " + java.text.NumberFormat.getIntegerInstance(
                Locale.getDefault(Locale.Category.FORMAT)).format(1024) + " KB");
    }

    @Test
    void aRulesFileThatIsAPipeDoesNotHang() throws Exception {
        String db = demo();
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("rules.json").toString()).start().waitFor()).isZero();
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli().run("--db", db, "alerts"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("not a regular file");
    }

    @Test
    void aDeeplyNestedJsonImportIsRefusedPlainly() throws Exception {
        Path json = Files.writeString(dir.resolve("deep.json"), "{\"format\":\"candor-export\",\"settings\":"
                + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}");
        CliRunner.Result r = cli().run("--db", dir.resolve("new.db").toString(), "import", json.toString());
        assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("deep.json").contains("Nothing was imported").doesNotContain("Exception");
    }

    @Test
    void datesAndValuesOutOfRangeAreRefusedAtInput() throws Exception {
        String db = demo();
        CliRunner.Result far = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> cli().run("--db", db, "report", "discipline", "--from", "-999999999-01-01"));
        assertThat(far.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(far.err()).contains("out of range").contains("1900-01-01");
        try (Assembly core = Wiring.assemble(Path.of(db), dir, clock, Locale.UK)) {
            long deal = core.prospects().page(0, 100).stream().flatMap(p -> core.deals().forProspect(p.id()).stream())
                    .findFirst().orElseThrow().id();
            assertThatThrownBy(() -> core.deals().agreeCheckIn(deal, LocalDate.parse("9999-12-31"), clock.instant()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        }
        Path csv = Files.writeString(dir.resolve("far.csv"), "name,email,deal,agreed_checkin,value\n"
                + "Ada,ada@example.com,Pilot,9999-12-31,1\nBob,bob@example.com,Big,,999999999999\n");
        CliRunner.Result imported = cli().run("--db", db, "import", csv.toString());
        assertThat(imported.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(imported.out()).contains("line 2: date 9999-12-31 is out of range").contains("line 3: value")
                .contains("too large");
    }

    @Test
    void openValuesTooLargeToAddUpGiveAPlainMessage() throws Exception {
        String db = demo();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE deals SET value_minor = 9000000000000000000, currency = 'EUR'");
        }
        CliRunner.Result r = cli().run("--db", db, "report", "pipeline");
        assertThat(r.exitCode()).as(r.out()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("too large to add up").doesNotContain("Exception").doesNotContain("SQLITE");
    }

    @Test
    void aBugIsCalledOneAndPointsToTheLogWithoutAJavaClassName() {
        String message = Cli.message(new NullPointerException("Cannot invoke \"String.length()\""));
        assertThat(message).contains("this is a bug").contains("candor.log").doesNotContain("NullPointerException")
                .doesNotContain("String.length");
        assertThat(Cli.message(new java.time.DateTimeException("Invalid value for Year"))).startsWith("A date is not"
                + " valid").doesNotContain("DateTimeException");
        assertThat(Cli.message(new java.nio.file.NoSuchFileException("/tmp/gone.csv")))
                .isEqualTo("There is no file /tmp/gone.csv.");
    }
}
