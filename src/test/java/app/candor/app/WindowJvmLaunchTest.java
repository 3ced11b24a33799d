package app.candor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the real window (headless, through Monocle) from a class path of jar files, as {@code java -jar} does, and
 * checks what the launching JVM does: the window runs in a second JVM, the first session writes the class archive,
 * the next one loads Candor's classes from it, and {@code -Dcandor.sameJvm=true} keeps everything in one JVM.
 */
class WindowJvmLaunchTest {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @TempDir
    static Path jars;
    static String classPath;

    @TempDir
    Path dataHome;

    /** Candor's classes in a jar, with every jar of the test class path (JavaFX, Monocle, the libraries). */
    @BeforeAll
    static void classPathOfJars() throws IOException {
        Path candor = jars.resolve("candor-classes.jar");
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(candor));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>(List.of(candor.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("surefire")) {
                entries.add(entry);
            }
        }
        classPath = String.join(File.pathSeparator, entries);
    }

    private record Run(int status, String out, Path log) {
        /** What the training run logged when Today was painted, before it closed the window. */
        long firstPaintMs() throws IOException {
            java.util.regex.Matcher painted = java.util.regex.Pattern
                    .compile("Training run: Today painted (\\d+) ms after start").matcher(Files.readString(log));
            assertThat(painted.find()).as("Today was painted").isTrue();
            return Long.parseLong(painted.group(1));
        }
    }

    private Run openWindow(String... jvmOptions) throws IOException, InterruptedException {
        return openWindow(true, jvmOptions);
    }

    private Run openWindow(boolean headless, String... jvmOptions) throws IOException, InterruptedException {
        Path log = dataHome.resolve("candor").resolve("logs").resolve("candor.log");
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (headless) {
            command.addAll(HEADLESS);
        }
        command.add("-D" + app.candor.ui.DesktopApp.TRAINING_RUN + "=true");
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, Main.class.getName(), "--db", dataHome.resolve("own.db").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        builder.environment().remove("CANDOR_DB");
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
        return new Run(process.exitValue(), out, log);
    }

    private List<Path> cache() throws IOException {
        Path folder = dataHome.resolve("candor").resolve(WindowJvm.CACHE_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void theFirstWindowWritesTheClassArchiveAndTheNextLoadsCandorFromIt() throws Exception {
        Run first = openWindow();
        assertThat(first.status()).as(first.out()).isZero();
        assertThat(first.firstPaintMs()).isPositive();
        assertThat(cache()).hasSize(1);
        assertThat(cache().get(0).getFileName().toString()).startsWith("candor-").endsWith(".jsa");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataHome.resolve("candor").resolve(WindowJvm.CACHE_FOLDER)))).as("owner-only").isEqualTo("rwx------");

        Run second = openWindow("-Xlog:class+load=info");
        assertThat(second.status()).as(second.out()).isZero();
        assertThat(second.firstPaintMs()).isPositive();
        // The option reaches the window's JVM, after Candor's own, and its output shows where classes came from.
        assertThat(second.out()).contains("app.candor.ui.shell.MainWindow source: shared objects file (top)")
                .contains("app.candor.app.Main source: file:").doesNotContain("SLF4J(W)");
        assertThat(cache()).hasSize(1);
    }

    @Test
    void aDamagedArchiveIsNeverUsedAndTheWindowOpensWithoutIt() throws Exception {
        assertThat(openWindow().status()).isZero();
        Path archive = cache().get(0);
        byte[] whole = Files.readAllBytes(archive);
        Files.delete(archive);
        // Cut short, as a full disk or a power cut might leave it: mapping it would crash the JVM.
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));

        Run halved = openWindow();
        assertThat(halved.status()).as(halved.out()).isZero();
        assertThat(halved.firstPaintMs()).isPositive();
        assertThat(archive).doesNotExist();
        assertThat(cache()).as("written again").hasSize(1);

        // The right size but not an archive: the JVM refuses it, quietly, and runs without it.
        Path rewritten = cache().get(0);
        long size = Files.size(rewritten);
        Files.delete(rewritten);
        Files.write(rewritten, new byte[(int) size]);
        Run garbage = openWindow();
        assertThat(garbage.status()).as(garbage.out()).isZero();
        assertThat(garbage.firstPaintMs()).isPositive();
        assertThat(garbage.out()).doesNotContainIgnoringCase("shared archive").doesNotContainIgnoringCase("cds");
    }

    @Test
    void theSameJvmOptionKeepsTheWindowInTheLaunchingJvmWithoutAnArchive() throws Exception {
        Run run = openWindow("-Dcandor.sameJvm=true", "-Xlog:class+load=info");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.firstPaintMs()).isPositive();
        assertThat(run.out()).contains("app.candor.ui.shell.MainWindow source: file:")
                .doesNotContain("shared objects file (top)").doesNotContain("SLF4J(W)");
        assertThat(cache()).isEmpty();
    }

    @Test
    void theWindowJvmsFailureReachesTheUserThroughTheLauncherAndWritesNoArchive() throws Exception {
        // No display and no headless platform: the window's JVM cannot start the toolkit.
        Run run = openWindow(false);

        assertThat(run.status()).as(run.out()).isEqualTo(app.candor.cli.Cli.FAILED);
        assertThat(run.out()).contains("candor: ");
        assertThat(cache()).isEmpty();
    }
}
