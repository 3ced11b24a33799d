package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.Database;
import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command refuses a bad database file with a plain message naming it, exits 1, and leaves it untouched. */
class BadDatabaseCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "random", "text", "truncated", "newer", "foreign"})
    void badFileIsRefusedByTheCliAndLeftByteForByteUntouched(String kind) throws Exception {
        Path file = make(kind);
        byte[] before = Files.readAllBytes(file);
        for (String[] command : new String[][] {{"alerts"}, {"demo"}, {"scripts"}}) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = file.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            CliRunner.Result r = new CliRunner(dir, TestClock.at("2026-11-23")).run(args);
            assertThat(r.exitCode()).as(kind + " " + command[0]).isEqualTo(Cli.FAILED);
            assertThat(r.err()).contains(file.toString()).containsAnyOf("restore", "Choose another file",
                    "newer Candor", "Open it with");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
    }

    private Path make(String kind) throws Exception {
        Path file = dir.resolve(kind + ".db");
        switch (kind) {
            case "empty" -> Files.createFile(file);
            case "random" -> {
                byte[] bytes = new byte[4096];
                new Random(3).nextBytes(bytes);
                Files.write(file, bytes);
            }
            case "text" -> Files.writeString(file, "name,email\nAda,ada@example.com\n");
            case "truncated" -> {
                Path full = dir.resolve("full.db");
                new CliRunner(dir, TestClock.at("2026-11-23")).run("--db", full.toString(), "generate",
                        "--prospects", "300", "--interactions", "2000");
                byte[] bytes = Files.readAllBytes(full);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 3));
            }
            case "newer" -> {
                Database.open(file).close();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = DELETE");
                    s.execute("PRAGMA user_version = 99");
                }
            }
            case "foreign" -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }
}
