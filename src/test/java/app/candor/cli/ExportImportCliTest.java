package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCliTest {

    @TempDir
    Path dir;

    @Test
    void exportToAFileThenImportIntoAnEmptyDatabaseRestoresEverything() throws Exception {
        CliRunner cli = new CliRunner(dir, TestClock.at("2026-11-23"));
        cli.run("--db", dir.resolve("a.db").toString(), "demo");
        try (app.candor.followup.Services core = app.candor.app.Wiring.openServices(dir.resolve("a.db"), dir,
                TestClock.at("2026-11-23"), java.util.Locale.UK)) {
            long priya = core.prospects().findByEmail("priya.raman@northwind.example").orElseThrow().id();
            core.prospects().setOtherAddresses(priya, "priya@home.example");
        }
        Path file = dir.resolve("all.json");
        CliRunner.Result export = cli.run("--db", dir.resolve("a.db").toString(), "export", "--format", "json",
                "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        CliRunner.Result imported = cli.run("--db", dir.resolve("b.db").toString(), "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 9 prospects, 8 deals and");
        String again = cli.run("--db", dir.resolve("b.db").toString(), "export").out();
        assertThat(again.strip()).isEqualTo(Files.readString(file).strip());
        assertThat(Files.readString(file)).contains("\"prospectAddresses\"").contains("\"address\" : \"priya@home.example\"");
    }

    @Test
    void badCsvAndBrokenJsonAreRefusedWithNothingWritten() throws Exception {
        CliRunner cli = new CliRunner(dir, TestClock.at("2026-11-23"));
        Path csv = Files.writeString(dir.resolve("contacts.csv"), "name,email\nAda,ada@example.com\n,nobody@example.com\n");
        CliRunner.Result r = cli.run("--db", dir.resolve("b.db").toString(), "import", csv.toString());
        assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).contains("line 3: a name is required").contains("Nothing was written");
        CliRunner.Result dry = cli.run("--db", dir.resolve("b.db").toString(), "import", csv.toString(), "--valid-only",
                "--dry-run");
        assertThat(dry.out()).contains("1 would be added");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"format\": \"candor-export\",\n  \"prospects\": [ {\"id\": 1,\n");
        CliRunner.Result b = cli.run("--db", dir.resolve("b.db").toString(), "import", broken.toString());
        assertThat(b.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(b.err()).contains("broken.json line").contains("Nothing was imported");
        assertThat(cli.run("--db", dir.resolve("b.db").toString(), "alerts").out()).contains(": 0 of 0");
    }
}
