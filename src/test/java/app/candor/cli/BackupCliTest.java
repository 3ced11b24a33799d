package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCliTest {

    @TempDir
    Path dir;

    @Test
    void backupThenRestoreBringsTheDataBack() throws Exception {
        CliRunner cli = new CliRunner(dir, TestClock.at("2026-11-23"));
        String db = dir.resolve("demo.db").toString();
        cli.run("--db", db, "demo");
        CliRunner.Result backup = cli.run("--db", db, "backup", "--to", dir.resolve("safe").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path made = Path.of(backup.out().strip().replace("Backed up to ", ""));
        assertThat(made).exists().startsWith(dir.resolve("safe"));

        Files.delete(Path.of(db));
        CliRunner.Result restore = cli.run("--db", db, "restore", made.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(cli.run("--db", db, "alerts").out()).contains("Marcus Bell");

        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        CliRunner.Result refused = cli.run("--db", db, "restore", junk.toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("is not a Candor database").contains("Nothing was restored");
    }
}
