package app.candor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Start-up of the packaged image (docs/PERFORMANCE.md, "Packaged start-up"), against baselines measured in the
 * same run, alternating so that the machine's noise falls on all alike:
 * <ul>
 *   <li>{@code bin/candor --db FILE alerts} as a whole process against the naive sqlite3 aggregate query on the same
 *       file; the same command from the jar with plain {@code java} beside it; and each launcher option of
 *       src/dist/java-options alone and together, in the image's own runtime, so that only what pays is kept;</li>
 *   <li>with a display (Xvfb): the first painted Today screen from the image's runtime, options and class path
 *       against a bare JavaFX window started by plain {@code java}, and the heap at first paint against the jar's.</li>
 * </ul>
 * Run: {@code java -cp target/bench-classes:target/candor.jar app.candor.bench.PackagedStartLab --image
 * target/dist/candor --db BENCH.db} after {@code mvn -B -Pdist package}.
 */
@Command(name = "packaged-start-lab", mixinStandardHelpOptions = true)
public final class PackagedStartLab implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--image", required = true, description = "The application image (target/dist/candor).")
    Path image;
    @Option(names = "--db", required = true, description = "The benchmark database (a copy: it is opened).")
    Path db;
    @Option(names = "--jar", defaultValue = "target/candor.jar") Path jar;
    @Option(names = "--runs", defaultValue = "9") int runs;
    @Option(names = "--sqlite3", defaultValue = "sqlite3") String sqlite3;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PackagedStartLab()).execute(args));
    }

    /** The image's runtime, launcher options (with $APPDIR filled in) and class path, as bin/candor uses them. */
    record Image(Path launcher, String java, List<String> options, List<String> classPath) {
        static Image read(Path dir) throws IOException {
            Path app = dir.resolve("lib/app");
            List<String> options = new ArrayList<>();
            List<String> classPath = new ArrayList<>();
            for (String line : Files.readAllLines(app.resolve("candor.cfg"))) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
                if (line.startsWith("java-options=")) {
                    options.add(value);
                } else if (line.startsWith("app.classpath=")) {
                    classPath.add(value);
                }
            }
            return new Image(dir.resolve("bin/candor"), dir.resolve("lib/runtime/bin/java").toString(), options,
                    classPath);
        }

        /** The launcher's options, less those named, plus those given. */
        List<String> options(List<String> without) {
            return options.stream().filter(o -> without.stream().noneMatch(o::startsWith)).toList();
        }
    }

    @Override
    public Integer call() throws Exception {
        Image img = Image.read(image.toAbsolutePath());
        Path home = Files.createTempDirectory("candor-lab-home");
        try {
            alerts(img, home);
            if (System.getenv("DISPLAY") != null) {
                window(img, home);
            } else {
                System.out.println("(no display: the first-paint rows need one, e.g. Xvfb)");
            }
        } finally {
            Bench.deleteTree(home);
        }
        return 0;
    }

    private static final List<String> ARCHIVE = List.of("-XX:SharedArchiveFile", "-Xshare", "-Xlog:cds");
    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel");

    private void alerts(Image img, Path home) {
        String file = db.toAbsolutePath().toString();
        List<String> args = List.of("--db", file, "alerts");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("naive query, sqlite3 CLI (baseline)", List.of(sqlite3, file, Bench.NAIVE_SQL));
        commands.put("`bin/candor --db FILE alerts`, the packaged image, whole process", with(List.of(
                img.launcher().toString()), args));
        commands.put("  its runtime with the launcher's options, started directly", main(img, img.options(), args));
        commands.put("  its runtime with no launcher option", main(img, img.options(concat(ARCHIVE, QUICK)), args));
        commands.put("  with the class-data archive only", main(img, img.options(QUICK), args));
        commands.put("  with the quick compiler only", main(img, img.options(ARCHIVE), args));
        commands.put("`java -jar candor.jar --db FILE alerts` (developers' path)", with(List.of(java(), "-jar",
                jar.toAbsolutePath().toString()), args));
        Map<String, double[]> samples = alternate(commands, home);
        print(samples, "≤ 3x baseline", samples.keySet().iterator().next());
    }

    private void window(Image img, Path home) throws IOException {
        String probeJar = ProbeJar.write(home.resolve("probe.jar")).toString();
        String db = this.db.toAbsolutePath().toString();
        Path probe = home.resolve("probe.txt");
        List<String> paint = List.of(probe.toString(), "paint", "--db", db);
        List<String> imageClassPath = new ArrayList<>(img.classPath());
        imageClassPath.add(probeJar);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("bare JavaFX window, plain java (baseline)", probeCommand(java(), List.of(),
                List.of(jar.toAbsolutePath().toString(), probeJar), BareWindowProbe.class, List.of(probe.toString())));
        commands.put("Candor's first painted Today screen, the packaged image", probeCommand(img.java(), img.options(),
                imageClassPath, WindowProbe.class, paint));
        commands.put("  its runtime with no launcher option", probeCommand(img.java(),
                img.options(concat(ARCHIVE, QUICK)), imageClassPath, WindowProbe.class, paint));
        commands.put("  with the class-data archive only", probeCommand(img.java(), img.options(QUICK), imageClassPath,
                WindowProbe.class, paint));
        commands.put("  with the quick compiler only", probeCommand(img.java(), img.options(ARCHIVE), imageClassPath,
                WindowProbe.class, paint));
        commands.put("Candor from the jar, plain java (developers' path)", probeCommand(java(), List.of(),
                List.of(jar.toAbsolutePath().toString(), probeJar), WindowProbe.class, paint));
        Map<String, double[]> firstPaint = new LinkedHashMap<>();
        Map<String, double[]> heap = new LinkedHashMap<>();
        commands.keySet().forEach(k -> {
            firstPaint.put(k, new double[runs]);
            heap.put(k, new double[runs]);
        });
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                Files.deleteIfExists(probe);
                List<String> command = new ArrayList<>(c.getValue());
                // Stamped the moment before the process starts: the launcher's own work counts.
                command.add(1, "-Dcandor.startedAt=" + System.currentTimeMillis());
                run(command, home);
                String[] fields = Files.readString(probe).trim().split(" ");
                firstPaint.get(c.getKey())[i] = Double.parseDouble(fields[0]);
                heap.get(c.getKey())[i] = fields.length > 1 ? Double.parseDouble(fields[1]) : 0;
            }
        }
        print(firstPaint, "≤ 1.3x baseline", firstPaint.keySet().iterator().next());
        System.out.println();
        System.out.println("| heap in use at first paint (after GC) | median |");
        System.out.println("| --- | ---: |");
        heap.forEach((k, v) -> {
            if (!k.startsWith("bare")) {
                System.out.printf("| %s | %.0f MB |%n", k.strip(), median(v));
            }
        });
    }

    private static List<String> probeCommand(String javaExe, List<String> options, List<String> classPath,
                                             Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaExe));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), main.getName()));
        command.addAll(args);
        return command;
    }

    private static List<String> main(Image img, List<String> options, List<String> args) {
        List<String> command = new ArrayList<>(List.of(img.java()));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, img.classPath()),
                "app.candor.app.Main"));
        command.addAll(args);
        return command;
    }

    private Map<String, double[]> alternate(Map<String, List<String>> commands, Path home) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        commands.keySet().forEach(k -> samples.put(k, new double[runs]));
        commands.values().forEach(c -> run(c, home)); // one warm-up each: the file in the page cache, schedules current
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                samples.get(c.getKey())[i] = run(c.getValue(), home);
            }
        }
        return samples;
    }

    private void print(Map<String, double[]> samples, String target, String baseline) {
        double base = median(samples.get(baseline));
        System.out.println();
        System.out.println("| measurement (median of " + runs + ") | time | against the baseline | target |");
        System.out.println("| --- | ---: | ---: | --- |");
        samples.forEach((k, v) -> System.out.printf("| %s | %.0f ms | %s | %s |%n", k, median(v),
                k.equals(baseline) ? "" : String.format("%.2fx", median(v) / base), k.startsWith(" ") || k.equals(baseline)
                        || k.contains("developers") ? "" : target));
    }

    /** Runs {@code command} with {@code home} as its home and data folder; returns the wall time in ms. */
    private static double run(List<String> command, Path home) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().keySet().removeAll(List.of("XDG_DATA_HOME", "APPDATA", "CANDOR_DB"));
            builder.environment().put("HOME", home.toString());
            long start = System.nanoTime();
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> with(List<String> head, List<String> tail) {
        return concat(head, tail);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
