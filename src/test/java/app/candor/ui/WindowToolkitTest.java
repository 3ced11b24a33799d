package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the window's toolkit starts, each in a JVM of its own (a process starts the toolkit once): under the name the
 * desktop entry expects, and with a plain message where there is no screen.
 */
class WindowToolkitTest {

    @TempDir
    Path dir;

    /** The desktop matches a window to its menu entry (name, icon) by the window's class: the entry names it. */
    @Test
    void theToolkitKnowsCandorByTheNameItsDesktopEntryGives() throws Exception {
        Result probe = run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"),
                ToolkitProbe.class.getName());
        assertThat(probe.exit()).as(probe.err()).isZero();
        assertThat(probe.out().strip()).isEqualTo(Candor.WINDOW_CLASS);
        List<String> entry = Files.readAllLines(Path.of("src/dist/linux/candor.desktop"), StandardCharsets.UTF_8);
        assertThat(entry).contains("StartupWMClass=" + Candor.WINDOW_CLASS);
    }

    @Test
    void withNoScreenToShowItOnTheWindowIsRefusedInPlainWords() throws Exception {
        Result app = run(List.of(), "app.candor.app.Main", "--db", dir.resolve("pipeline.db").toString());
        assertThat(app.exit()).isNotZero();
        assertThat(app.err())
                .contains("Candor could not open its window")
                .contains("candor --help")
                .doesNotContain("this is a bug")
                .doesNotContain("Exception");
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> options, String mainClass, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("CANDOR_DB");
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }
}
