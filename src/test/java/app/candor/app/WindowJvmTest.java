package app.candor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the window's own JVM is started, and how its class archive is kept. */
class WindowJvmTest {

    @TempDir
    Path dir;
    Path javaHome;
    Path app;
    Path lib;
    Path cache;

    @BeforeEach
    void files() throws IOException {
        javaHome = dir.resolve("jdk");
        Path bin = Files.createDirectories(javaHome.resolve("bin"));
        Files.writeString(bin.resolve("java"), "");
        Files.writeString(bin.resolve("java.exe"), "");
        app = Files.writeString(dir.resolve("candor.jar"), "app");
        lib = Files.writeString(dir.resolve("lib.jar"), "lib");
        cache = dir.resolve("data").resolve(WindowJvm.CACHE_FOLDER);
    }

    private Optional<WindowJvm.Plan> plan(List<String> jvmOptions, String classPath) {
        return WindowJvm.plan(javaHome, jvmOptions, classPath, List.of("--db", "x.db"), cache, "17.0.15|/jdk", 1234);
    }

    private String classPath(Path... jars) {
        return String.join(File.pathSeparator, java.util.Arrays.stream(jars).map(Path::toString).toList());
    }

    @Test
    void theFirstStartWritesTheArchiveAndTheUsersOptionsComeAfterOurs() throws IOException {
        WindowJvm.Plan plan = plan(List.of("-Xmx300m", "-Dfoo=bar"), classPath(app, lib)).orElseThrow();

        List<String> command = plan.command();
        assertThat(command.get(0)).startsWith(javaHome.resolve("bin").resolve("java").toString());
        assertThat(command.subList(1, 1 + WindowJvm.OPTIONS.size())).isEqualTo(WindowJvm.OPTIONS);
        assertThat(plan.archive()).isNull();
        assertThat(plan.folder()).isEqualTo(cache);
        assertThat(plan.pending().getParent()).isEqualTo(cache);
        assertThat(plan.pending().getFileName().toString()).startsWith("candor-" + plan.key() + ".").endsWith(".tmp");
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + plan.pending())
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(command.indexOf("-Xmx300m")).isGreaterThan(command.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(command).containsSubsequence("-Xmx300m", "-Dfoo=bar", "-D" + WindowJvm.MARK + "=true",
                "-D" + WindowJvm.STARTED_AT + "=1234", "-cp", classPath(app.toRealPath(), lib.toRealPath()),
                Main.class.getName(), "--db", "x.db");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("--db", "x.db");
    }

    /** Writes the archive as the window's JVM and the launcher would, and returns where it was kept. */
    private Path written(String content) throws IOException {
        WindowJvm.Plan first = plan(List.of(), classPath(app)).orElseThrow();
        Files.createDirectories(cache);
        Files.writeString(first.pending(), content);
        WindowJvm.settleArchive(first, 0);
        try (var files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().startsWith("candor-" + first.key())).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aWrittenArchiveIsUsedAndNotWrittenAgain() throws IOException {
        Path archive = written("archive");
        assertThat(archive.getFileName().toString()).endsWith("-7.jsa");

        WindowJvm.Plan plan = plan(List.of(), classPath(app)).orElseThrow();

        assertThat(plan.archive()).isEqualTo(archive);
        assertThat(plan.pending()).isNull();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void anArchiveCutShortIsDeletedAndWrittenAgain() throws IOException {
        Path archive = written("a whole archive");
        Files.writeString(archive, "a whole");

        WindowJvm.Plan plan = plan(List.of(), classPath(app)).orElseThrow();

        assertThat(plan.archive()).isNull();
        assertThat(plan.pending()).isNotNull();
        assertThat(plan.command()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(archive).doesNotExist();
    }

    @Test
    void theClassPathIsPassedAsRealPathsSinceTheArchiveRecordsIt() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(app.toAbsolutePath());
        Path link = Files.createSymbolicLink(dir.resolve("current.jar"), app);
        for (String spelling : List.of(relative.toString(), app.toString(), link.toString())) {
            WindowJvm.Plan plan = plan(List.of(), spelling).orElseThrow();
            assertThat(plan.command().get(plan.command().indexOf("-cp") + 1)).isEqualTo(app.toRealPath().toString());
            assertThat(plan.key()).isEqualTo(plan(List.of(), classPath(app)).orElseThrow().key());
        }
    }

    @Test
    void aLaunchThatARelaunchWouldNotReproduceKeepsTheWindowInThisJvm() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(plan(List.of(), classPath(app, classes))).as("a class folder").isEmpty();
        assertThat(plan(List.of(), classPath(app, dir.resolve("missing.jar")))).as("a missing jar").isEmpty();
        for (String option : List.of("-Djdk.module.path=/fx", "-agentlib:jdwp=transport=dt_socket",
                "-javaagent:agent.jar", "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa",
                "-XX:ArchiveClassesAtExit=mine.jsa", "-D" + WindowJvm.MARK + "=true")) {
            assertThat(plan(List.of("-Xmx1g", option), classPath(app))).as(option).isEmpty();
        }
        assertThat(WindowJvm.plan(dir.resolve("no-jdk"), List.of(), classPath(app), List.of(), cache, "vm", 1))
                .as("no java launcher").isEmpty();
        assertThat(plan(List.of("-Xmx1g", "-Dcandor.other=1"), classPath(app))).isPresent();
    }

    @Test
    void withoutAFolderForTheArchiveTheWindowJvmStillGetsItsOptions() {
        WindowJvm.Plan plan = WindowJvm.plan(javaHome, List.of(), classPath(app), List.of(), null, "vm", 1)
                .orElseThrow();

        assertThat(plan.folder()).isNull();
        assertThat(plan.archive()).isNull();
        assertThat(plan.pending()).isNull();
        assertThat(plan.command()).contains("-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit"));
    }

    @Test
    void theArchiveIsNamedAfterTheJvmAndEachJarsSizeAndTime() throws IOException {
        List<Path> jars = List.of(app.toRealPath(), lib.toRealPath());
        String key = WindowJvm.key(jars, "17.0.15|/jdk").orElseThrow();

        assertThat(WindowJvm.key(jars, "17.0.15|/jdk")).contains(key);
        assertThat(WindowJvm.key(jars, "17.0.16|/jdk")).get().isNotEqualTo(key);
        assertThat(WindowJvm.key(List.of(app.toRealPath()), "17.0.15|/jdk")).get().isNotEqualTo(key);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000));
        String touched = WindowJvm.key(jars, "17.0.15|/jdk").orElseThrow();
        assertThat(touched).isNotEqualTo(key);
        Files.writeString(lib, "a rebuilt library");
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000));
        assertThat(WindowJvm.key(jars, "17.0.15|/jdk")).get().isNotEqualTo(touched);
        assertThat(WindowJvm.key(List.of(dir.resolve("gone.jar")), "vm")).isEmpty();
    }

    @Test
    void aNewArchiveIsKeptOnlyAfterANormalEnd() throws IOException {
        WindowJvm.Plan plan = plan(List.of(), classPath(app)).orElseThrow();
        Files.createDirectories(cache);

        Files.writeString(plan.pending(), "half written");
        WindowJvm.settleArchive(plan, 143);
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).isEmpty();
        }

        Files.writeString(plan.pending(), "written");
        WindowJvm.settleArchive(plan, 0);
        assertThat(plan.pending()).doesNotExist();
        assertThat(plan(List.of(), classPath(app)).orElseThrow().archive()).hasContent("written");
    }

    @Test
    void theArchiveInUseIsDroppedAfterAFatalErrorOnly() throws IOException {
        Path archive = written("archive");
        WindowJvm.Plan using = plan(List.of(), classPath(app)).orElseThrow();
        assertThat(using.archive()).isEqualTo(archive);

        for (int status : List.of(0, 2, 130, 137, 143)) {
            if (status != WindowJvm.FATAL_ERROR) {
                WindowJvm.settleArchive(using, status);
                assertThat(archive).as("after status %d", status).exists();
            }
        }
        WindowJvm.settleArchive(using, WindowJvm.FATAL_ERROR);
        assertThat(archive).doesNotExist();
    }

    @Test
    void onlyTheNewestArchivesOfOtherBuildsAreKeptAndOldLeftoversGo() throws IOException {
        Files.createDirectories(cache);
        for (int i = 0; i < 4; i++) {
            Path old = Files.writeString(cache.resolve("candor-old" + i + "-3.jsa"), "old");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "not an archive");
        Path leftYesterday = Files.writeString(cache.resolve("candor-old0.99.tmp"), "killed while writing");
        Files.setLastModifiedTime(leftYesterday, FileTime.fromMillis(System.currentTimeMillis() - 25L * 3600 * 1000));
        Path beingWritten = Files.writeString(cache.resolve("candor-other.98.tmp"), "another window writing");
        WindowJvm.Plan plan = plan(List.of(), classPath(app)).orElseThrow();
        Files.writeString(plan.pending(), "new");

        WindowJvm.settleArchive(plan, 0);

        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "candor-" + plan.key() + "-3.jsa", "candor-old3-3.jsa", "candor-old2-3.jsa", "notes.txt",
                    beingWritten.getFileName().toString());
        }
        assertThat(unrelated).exists();
    }
}
