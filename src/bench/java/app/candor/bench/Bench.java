package app.candor.bench;

import app.candor.domain.Direction;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.app.Wiring;
import app.candor.cli.AlertsCommand;
import app.candor.followup.Services;
import app.candor.rules.FollowUpQueue;
import app.candor.ui.common.FirstFrame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The speed targets measured against baselines taken in the same run, reported as ratios (docs/PERFORMANCE.md).
 * Generates the benchmark database first when the file is empty. Part of the bench source set: it uses the product
 * (its services in-process, its jar as a process) and the product knows nothing of it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the queue build, the JSON alerts and logging one interaction against baselines in the same run.")
public final class Bench implements Callable<Integer> {

    /** The naive query the maintained columns replace: last contact per prospect over all interactions. */
    static final String NAIVE_SQL = "SELECT prospect_id, (CAST(strftime('%s','now') AS INTEGER) * 1000 - max(occurred_at))"
            + " / 86400000 AS days FROM interactions GROUP BY prospect_id HAVING days > 14 ORDER BY days DESC;";

    @Option(names = "--prospects", defaultValue = "100000") int prospects;
    @Option(names = "--interactions", defaultValue = "1000000") int interactions;
    @Option(names = "--runs", defaultValue = "15", description = "Timed runs per measurement (medians are reported).")
    int runs;
    @Option(names = "--sqlite3", defaultValue = "sqlite3", description = "The sqlite3 command-line tool for the baseline.")
    String sqlite3;

    @Option(names = "--ui", description = "Also time the desktop app's first painted Today screen against a bare"
            + " JavaFX window (needs a display, e.g. Xvfb).")
    boolean ui;

    @Option(names = "--data", description = "Also time the CSV import of the benchmark's 100k prospects and the JSON"
            + " export of the whole database.")
    boolean data;

    @Option(names = "--db", required = true, description = "The benchmark database (generated when empty).")
    Path db;

    @Option(names = "--jar", defaultValue = "target/candor.jar",
            description = "Candor as users run it, for the whole-process rows (mvn -B package -DskipTests).")
    Path jar;

    private final PrintWriter out = new PrintWriter(System.out, true);
    private Path dataFolder;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println("bench: " + jar + " not found; build it first with mvn -B package -DskipTests");
            return 2;
        }
        dataFolder = Files.createTempDirectory("candor-bench-data");
        try {
            return measure();
        } finally {
            deleteTree(dataFolder);
        }
    }

    private Services open(Path file) {
        return Wiring.openServices(file, dataFolder, Clock.systemDefaultZone(), Locale.getDefault());
    }

    private int measure() throws Exception {
        Path file;
        try (Services core = open(db)) {
            file = core.databaseFile();
            if (!core.data().holdsData()) {
                out.printf("Generating %d prospects and %d interactions...%n", prospects, interactions);
                out.flush();
                core.data().generate(prospects, interactions, 42);
            }
        }
        out.printf("Benchmark on %s (%d MB), %d cores, Java %s%n", file, Files.size(file) / 1_000_000,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        double naiveCli = median(runs, () -> timeProcess(List.of(sqlite3, file.toString(), NAIVE_SQL)));
        double cliStart = median(runs, () -> timeProcess(candor("--help")));
        double alertsCli = median(Math.max(3, runs / 3), () -> timeProcess(candor("--db", file.toString(), "alerts",
                "--format", "json", "--all")));
        double queue;
        double json;
        java.util.Map<String, Double> reports = new java.util.LinkedHashMap<>();
        int open;
        int alerts;
        try (Services core = open(db)) {
            LocalDate today = core.followUps().today();
            for (int i = 0; i < 5; i++) {
                core.followUps().queue(today);
            }
            queue = median(runs, () -> time(() -> core.followUps().queue(today)));
            json = median(runs, () -> time(() -> {
                try {
                    java.io.Writer sink = java.io.Writer.nullWriter();
                    AlertsCommand.writeJson(core.followUps().fullQueue(today).allAlerts(), sink);
                    return sink;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
            for (app.candor.insights.Report report : app.candor.insights.Report.values()) {
                for (boolean year : new boolean[] {false, true}) {
                    app.candor.insights.ReportRange range = year
                            ? new app.candor.insights.ReportRange(today.minusYears(1).plusDays(1), today)
                            : report.defaultRange(today);
                    core.insights().figures(report, range);
                    reports.put("report " + report.code() + ", " + (year ? "last 12 months" : "last 12 weeks"),
                            median(runs, () -> time(() -> core.insights().figures(report, range))));
                }
            }
            FollowUpQueue q = core.followUps().fullQueue(today);
            alerts = q.allAlerts().size();
            open = core.followUps().facts(core.followUps().engine().lostSince(today)).size();
        }
        double logging = loggingMedian(file);

        out.println();
        out.println("| measurement | median | target | result |");
        out.println("| --- | ---: | --- | --- |");
        row(out, "naive query, sqlite3 CLI (baseline)", naiveCli, "", "");
        row(out, "queue build in-process (" + open + " deals judged, " + alerts + " alerts)", queue,
                "<= 0.2x baseline", String.format("%.3fx", queue / naiveCli));
        row(out, "queue + JSON of every alert in-process", json, "", String.format("%.3fx", json / naiveCli));
        row(out, "`candor --help` (JVM start-up)", cliStart, "", "");
        row(out, "`candor alerts --format json --all`, whole process", alertsCli, "< 1000 ms", "");
        row(out, "  the same less JVM start-up", alertsCli - cliStart, "< 1000 ms",
                String.format("%.3fx", (alertsCli - cliStart) / naiveCli));
        row(out, "log one interaction + recompute its alerts, synchronous=FULL", logging, "<= 2 ms", "");
        reports.forEach((name, ms) -> row(out, name + ", in-process", ms, "< 200 ms",
                String.format("%.3fx", ms / naiveCli)));
        if (ui) {
            startUp(out, file);
        }
        if (data) {
            dataInAndOut(out, file);
        }
        out.flush();
        return 0;
    }

    /** CSV import of every prospect (validation included) into fresh databases, and the streamed JSON export. */
    private void dataInAndOut(PrintWriter out, Path file) throws IOException {
        Path folder = Files.createTempDirectory(file.toAbsolutePath().getParent(), "bench-data-");
        try {
            Path csv = folder.resolve("prospects.csv");
            double exportMs;
            try (Services core = open(file)) {
                try (java.io.Writer w = Files.newBufferedWriter(csv)) {
                    core.data().exportProspectsCsv(w);
                }
                long start = System.nanoTime();
                try (java.io.Writer w = Files.newBufferedWriter(folder.resolve("all.json"))) {
                    core.data().exportJson(w);
                }
                exportMs = (System.nanoTime() - start) / 1e6;
            }
            double[] imports = new double[4];
            for (int i = 0; i < imports.length; i++) {
                try (Services target = open(folder.resolve("import-" + i + ".db"))) {
                    long start = System.nanoTime();
                    var report = target.data().importCsv(csv, new app.candor.io.CsvImport.Options(false, false, null));
                    imports[i] = (System.nanoTime() - start) / 1e6;
                    if (!report.written()) {
                        throw new IllegalStateException("Benchmark import failed: " + report.problems());
                    }
                }
            }
            row(out, "CSV import of 100k prospects, validation included, in-process (median of 3 after a warm-up)",
                    medianOf(Arrays.copyOfRange(imports, 1, imports.length)), "<= 3000 ms", "");
            row(out, "JSON export of the whole database, streamed, in-process", exportMs, "<= 5000 ms", "");
        } finally {
            deleteTree(folder);
        }
    }

    /**
     * Start-up to the first painted frame, for a bare window and for Candor, alternating. Each is timed from the
     * moment its process is started ({@link FirstFrame#LAUNCHED_AT}). Candor runs from the jar with plain
     * {@code java}, on a data folder of its own (a fresh {@code user.home}); the packaged image is timed by
     * {@link PackagedStartLab}. The probe ({@link WindowProbe}) comes from this source set, in a jar of its own next
     * to Candor's.
     */
    private void startUp(PrintWriter out, Path file) throws IOException {
        if (System.getenv("DISPLAY") == null) {
            out.println("--ui needs a display: run under Xvfb (see docs/PERFORMANCE.md).");
            return;
        }
        Path probe = Files.createTempFile("candor-probe", ".txt");
        Path home = Files.createTempDirectory("candor-bench-home");
        try {
            String classPath = jar.toAbsolutePath() + java.io.File.pathSeparator + ProbeJar.write(home.resolve("probe.jar"));
            String db = file.toString();
            List<String> window = List.of("-Duser.home=" + home);
            int n = Math.max(9, runs / 2);
            double[] bare = new double[n];
            double[] app = new double[n];
            double[] heap = new double[n];
            for (int i = 0; i < n; i++) {
                bare[i] = probed(probe, 0, classPath, BARE, List.of(), probe.toString());
                app[i] = probed(probe, 0, classPath, PROBE, window, probe.toString(), "paint", "--db", db);
                heap[i] = Double.parseDouble(Files.readString(probe).trim().split(" ")[1]);
            }
            double[] stalls = new double[3];
            for (int i = 0; i < stalls.length; i++) {
                stalls[i] = probed(probe, 2, classPath, PROBE, window, probe.toString(), "interact", "--db", db);
            }
            double bareMs = medianOf(bare);
            double appMs = medianOf(app);
            row(out, "bare JavaFX window, process start to first frame (baseline)", bareMs, "", "");
            row(out, "Candor from the jar (developers' path; the packaged image: PackagedStartLab), process start to"
                    + " first painted Today screen", appMs, "", String.format("%.2fx", appMs / bareMs));
            out.printf("| heap in use at first paint (after GC) | %.0f MB | <= 256 MB | |%n", medianOf(heap));
            Arrays.sort(stalls);
            out.printf("| longest FX frame gap while searching, scrolling, opening timelines (3 sessions: %s) | %.0f ms"
                    + " | <= 50 ms | |%n", Arrays.toString(stalls), stalls[stalls.length - 1]);
        } finally {
            Files.deleteIfExists(probe);
            deleteTree(home);
        }
    }

    private static final String BARE = BareWindowProbe.class.getName();
    private static final String PROBE = WindowProbe.class.getName();

    /**
     * Runs a probe process (its data folder named by its options) and returns field {@code field} of what it wrote;
     * its start is stamped the moment before it is started.
     */
    private static double probed(Path probe, int field, String classPath, String mainClass, List<String> jvmOptions,
                                 String... args) throws IOException {
        Files.deleteIfExists(probe);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.add("-D" + FirstFrame.LAUNCHED_AT + "=" + System.currentTimeMillis());
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        timeProcess(command, true);
        return Double.parseDouble(Files.readString(probe).trim().split(" ")[field]);
    }

    private static void row(PrintWriter out, String name, double ms, String target, String ratio) {
        out.printf("| %s | %.2f ms | %s | %s |%n", name, ms, target, ratio);
    }

    /** Logs into a copy so the benchmark file stays as generated. */
    private double loggingMedian(Path file) throws IOException {
        Path copy = Files.createTempFile(file.getParent(), "bench-log-", ".db");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Services core = open(copy)) {
                LocalDate today = core.followUps().today();
                List<FollowUpFacts> open = core.followUps().facts(today).stream()
                        .filter(f -> f.dealId() != null && f.stage().isOpen()).limit(400).toList();
                double[] samples = new double[Math.min(open.size(), 400)];
                for (int i = 0; i < samples.length; i++) {
                    FollowUpFacts f = open.get(i);
                    Interaction call = Interaction.log(f.prospectId(), f.dealId(), InteractionKind.CALL,
                            i % 2 == 0 ? Direction.OUTBOUND : Direction.TWO_WAY, core.clock().instant(),
                            "Benchmark call", null);
                    long start = System.nanoTime();
                    core.followUps().log(call, today);
                    samples[i] = (System.nanoTime() - start) / 1e6;
                }
                // The first fifty warm the JIT; the rest are the steady state a user sees.
                return medianOf(Arrays.copyOfRange(samples, Math.min(50, samples.length / 2), samples.length));
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
        }
    }

    /** Candor as a user starts it from a terminal. */
    private List<String> candor(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static double timeProcess(List<String> command) {
        return timeProcess(command, false);
    }

    /** With {@code ownDataFolder}, the environment names no data folder, so that {@code -Duser.home} decides it. */
    private static double timeProcess(List<String> command, boolean ownDataFolder) {
        try {
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (ownDataFolder) {
                builder.environment().keySet().removeAll(List.of("XDG_DATA_HOME", "APPDATA", "CANDOR_DB"));
            }
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("Benchmark step failed: " + String.join(" ", command));
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + ": " + e.getMessage()
                    + (command.get(0).equals("sqlite3") ? " (install the sqlite3 command-line tool)" : ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        double ms = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return ms;
    }

    private static double median(int runs, Supplier<Double> sample) {
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = sample.get();
        }
        return medianOf(samples);
    }

    private static double medianOf(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
