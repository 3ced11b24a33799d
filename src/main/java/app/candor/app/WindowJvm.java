package app.candor.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The desktop app runs in a JVM of its own, started from the one the user launched with options chosen for a quick,
 * smooth window (docs/PERFORMANCE.md, decision 0010):
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the quick compiler only. On two cores the optimizing compiler's threads
 *       took the CPU the window needed while it started and during the first interactions;</li>
 *   <li>a class data archive in the data folder's {@code class-cache/} ({@code -XX:SharedArchiveFile}): the classes
 *       a session used, already parsed and verified. The first window session writes it when it ends
 *       ({@code -XX:ArchiveClassesAtExit} to a temporary name, kept only if that JVM ended normally); it is named
 *       after the JVM and the exact class path files, so a new build or JVM starts a new one, and after its own
 *       size, so that one cut short is never used.</li>
 * </ul>
 * The launching JVM only waits and passes on the exit status; a terminated launcher terminates the window's JVM.
 * Nothing changes for the headless commands. The window stays in the launching JVM when relaunching cannot
 * reproduce the launch faithfully (a module path, a debugger or agent, classes outside jar files, an archive of the
 * user's own) or with {@code -Dcandor.sameJvm=true}.
 */
public final class WindowJvm {

    /** Set in the window's JVM, so that it does not start another. */
    public static final String MARK = "candor.windowJvm";
    /** The launching JVM's start ({@code System.currentTimeMillis()} clock), for the start-up probe. */
    static final String STARTED_AT = app.candor.ui.common.FirstFrame.LAUNCHED_AT;
    static final String SAME_JVM = "candor.sameJvm";
    static final String CACHE_FOLDER = "class-cache";
    /** The options chosen for the window's JVM, before the archive's; the benchmark starts a bare window with them. */
    public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Xlog:cds=off,cds+dynamic=off");
    /** How a HotSpot JVM ends after a fatal error: abort() where there are signals (128 + SIGABRT), else 1. */
    static final int FATAL_ERROR = isWindows() ? 1 : 134;
    static final int ARCHIVES_KEPT = 3;

    /**
     * What to start: the command; the folder and name ({@code key}) of the class archive; the archive it uses, or the
     * file it writes one to ({@code pending}), which is kept when its JVM ends normally. Folder, key, archive and
     * pending are null when there is no folder for an archive.
     */
    record Plan(List<String> command, Path folder, String key, Path archive, Path pending) {
    }

    private WindowJvm() {
    }

    /**
     * The command that opens the window in a JVM of its own, or empty when this JVM should open it.
     *
     * @param javaHome   this JVM's {@code java.home}
     * @param jvmOptions the options this JVM was started with (its input arguments)
     * @param classPath  this JVM's {@code java.class.path}
     * @param args       the command line given to Candor
     * @param cacheFolder where class archives are kept, or null for none
     * @param vmIdentity what distinguishes this JVM's build ({@code java.vm.version} and {@code java.home})
     * @param startedAt  when the launching JVM started, epoch milliseconds
     */
    static Optional<Plan> plan(Path javaHome, List<String> jvmOptions, String classPath, List<String> args,
                               Path cacheFolder, String vmIdentity, long startedAt) {
        Path java = javaHome.resolve("bin").resolve(isWindows() ? windowsLauncher(javaHome) : "java");
        List<Path> jars = jars(classPath);
        if (jars.isEmpty() || !Files.isRegularFile(java) || jvmOptions.stream().anyMatch(WindowJvm::cannotCarry)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // With -Xshare:auto a stale or damaged archive is refused by the JVM itself, which then runs without one;
        // its messages about that (and about classes it leaves out of an archive) are not the user's concern.
        command.addAll(OPTIONS);
        Path archive = null;
        Path pending = null;
        Optional<String> key = cacheFolder == null ? Optional.empty() : key(jars, vmIdentity);
        if (key.isPresent()) {
            archive = usableArchive(cacheFolder, key.get());
            if (archive != null) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                pending = cacheFolder.resolve("candor-" + key.get() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + pending);
            }
        }
        // The user's own options come after ours, so that theirs win.
        command.addAll(jvmOptions);
        command.add("-D" + MARK + "=true");
        command.add("-D" + STARTED_AT + "=" + startedAt);
        // Real paths: the archive records the class path it was written with, and refuses any other spelling.
        command.add("-cp");
        command.add(String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()));
        command.add(Main.class.getName());
        command.addAll(args);
        return Optional.of(new Plan(List.copyOf(command), key.isPresent() ? cacheFolder : null, key.orElse(null),
                archive, pending));
    }

    /**
     * Runs {@code plan} with this process's input and output, and returns its exit status.
     *
     * @throws IOException only when the window's JVM could not be started, so that this one can open the window
     */
    static int run(Plan plan) throws IOException, InterruptedException {
        if (plan.folder() != null) {
            // Owner-only, like every folder Candor writes: the archive is class data, but nobody else's business.
            app.candor.platform.SafeFiles.privateFolder(plan.folder());
        }
        Process window = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stopWindow = new Thread(window::destroy, "candor-stop-window");
        Runtime.getRuntime().addShutdownHook(stopWindow);
        int status = window.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopWindow);
        try {
            settleArchive(plan, status);
        } catch (IOException e) {
            // Only a cache: the next start runs without it or writes it again.
        }
        return status;
    }

    /**
     * The archive written for {@code key}, or null. The archive's size is in its name: one cut short (a full disk,
     * a power cut before it reached the disk) would crash the JVM that maps it, so it is deleted instead and a new
     * one written.
     */
    private static Path usableArchive(Path folder, String key) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        String prefix = "candor-" + key + "-";
        Path usable = null;
        try (DirectoryStream<Path> written = Files.newDirectoryStream(folder, prefix + "*.jsa")) {
            for (Path archive : written) {
                String name = archive.getFileName().toString();
                String size = name.substring(prefix.length(), name.length() - ".jsa".length());
                if (usable == null && size.matches("[0-9]{1,18}") && Files.size(archive) == Long.parseLong(size)) {
                    usable = archive;
                } else {
                    Files.deleteIfExists(archive);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return usable;
    }

    /**
     * Keeps a newly written archive only when the JVM that wrote it ended normally (on disk first, then under its
     * name), and the newest {@value #ARCHIVES_KEPT} archives in the folder (other builds or JVMs). An archive in use
     * is dropped after a fatal error of its JVM, in case it was the cause; the next start writes a fresh one.
     */
    static void settleArchive(Plan plan, int status) throws IOException {
        if (plan.archive() != null) {
            if (status == FATAL_ERROR) {
                Files.deleteIfExists(plan.archive());
            }
            return;
        }
        if (plan.pending() == null) {
            return;
        }
        if (status != 0 || !Files.isRegularFile(plan.pending())) {
            Files.deleteIfExists(plan.pending());
            return;
        }
        try (FileChannel written = FileChannel.open(plan.pending(), StandardOpenOption.READ)) {
            written.force(true);
        }
        Path archive = plan.folder().resolve("candor-" + plan.key() + "-" + Files.size(plan.pending()) + ".jsa");
        Files.move(plan.pending(), archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(plan.folder(), "candor-*.jsa")) {
            all.forEach(archives::add);
        }
        archives.remove(archive);
        archives.sort(Comparator.comparing(WindowJvm::modified).reversed());
        for (Path old : archives.subList(Math.min(ARCHIVES_KEPT - 1, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
        // Left by launchers that were killed while their window wrote an archive; a day old, none is still running.
        long dayAgo = System.currentTimeMillis() - 24L * 60 * 60 * 1000;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(plan.folder(), "candor-*.tmp")) {
            for (Path left : all) {
                if (modified(left).toMillis() < dayAgo) {
                    Files.deleteIfExists(left);
                }
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The class path as jar files, or empty when any entry is something else (a class archive holds jars only). */
    private static List<Path> jars(String classPath) {
        List<Path> jars = new ArrayList<>();
        try {
            for (String entry : classPath.split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) {
                    return List.of();
                }
                jars.add(p.toRealPath());
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return List.of();
        }
        return jars;
    }

    /** Options a plain relaunch would not reproduce faithfully, or a class archive the user chose. */
    private static boolean cannotCarry(String option) {
        return option.startsWith("-Djdk.module.") || option.startsWith("-agentlib:") || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:") || option.startsWith("-Xrun") || option.startsWith("-Xshare")
                || option.contains("SharedArchiveFile") || option.contains("ArchiveClassesAtExit")
                || option.startsWith("-D" + MARK + "=");
    }

    /**
     * Names the archive after the JVM and each jar's path, size and modification time, or empty when a jar cannot
     * be read. A checksum is enough: the JVM checks the archive against the class path itself.
     */
    static Optional<String> key(List<Path> jars, String vmIdentity) {
        StringBuilder identity = new StringBuilder(vmIdentity);
        try {
            for (Path jar : jars) {
                identity.append('\n').append(jar).append('|').append(Files.size(jar)).append('|')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(identity.toString().getBytes(StandardCharsets.UTF_8));
        return Optional.of(Long.toHexString(crc.getValue()) + Integer.toHexString(identity.toString().hashCode()));
    }

    /** {@code javaw.exe} when this JVM has no console (so no console window opens), else {@code java.exe}. */
    private static String windowsLauncher(Path javaHome) {
        return System.console() == null && Files.isRegularFile(javaHome.resolve("bin").resolve("javaw.exe"))
                ? "javaw.exe" : "java.exe";
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}
