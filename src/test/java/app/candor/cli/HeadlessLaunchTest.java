package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Main in a separate JVM with no display, as on a server or in CI. */
class HeadlessLaunchTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheSubcommandsWithoutADisplay() throws Exception {
        Run run = candor("--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("alerts").contains("demo").contains("generate").contains("--db");
    }

    @Test
    void headlessSubcommandsNeverLoadTheJavaFxToolkit() throws Exception {
        Path db = dir.resolve("demo.db");
        assertThat(candor("--db", db.toString(), "demo").exitCode).isZero();
        Run run = candor("-verbose:class", "--db", db.toString(), "alerts");
        assertThat(run.exitCode).as(run.out).isZero();
        assertThat(run.out).contains("Follow-ups for").doesNotContain("javafx.application.Platform")
                .doesNotContain("com.sun.javafx.application.PlatformImpl");
    }

    @Test
    void sqliteIsLoadedFromCandorsOwnCopyWhichAHalfWrittenOneDoesNotFool() throws Exception {
        Path db = dir.resolve("demo.db");
        Run first = candor("-Xlog:library=info", "--db", db.toString(), "demo");
        assertThat(first.exitCode).as(first.out).isZero();
        Path folder = dir.resolve("candor").resolve("native");
        List<Path> copies;
        try (var files = java.nio.file.Files.list(folder)) {
            copies = files.toList();
        }
        assertThat(copies).hasSize(1);
        Path copy = copies.get(0);
        assertThat(first.out).contains("Loaded library " + copy);
        long size = java.nio.file.Files.size(copy);

        java.nio.file.Files.write(copy, new byte[] {1, 2, 3});
        Run second = candor("-Xlog:library=info", "--db", db.toString(), "alerts");
        assertThat(second.exitCode).as(second.out).isZero();
        assertThat(second.out).contains("Loaded library " + copy).contains("Follow-ups for");
        assertThat(java.nio.file.Files.size(copy)).isEqualTo(size);
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.toList()).containsExactly(copy);
        }
    }

    private record Run(int exitCode, String out) {
    }

    private Run candor(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && (rest.get(0).startsWith("-verbose") || rest.get(0).startsWith("-X"))) {
            command.add(rest.remove(0));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("app.candor.app.Main");
        command.addAll(rest);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("CANDOR_DB");
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }
}
