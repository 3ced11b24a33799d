package app.candor.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Starts test helpers and Candor itself in separate JVMs. */
final class Processes {
    private Processes() {
    }

    static Process java(Path dataHome, boolean withTestClasses, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        String classPath = System.getProperty("java.class.path");
        if (!withTestClasses) {
            // Without test-classes, so the app's own logging configuration applies, not logback-test.xml.
            classPath = Stream.of(classPath.split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        builder.environment().remove("CANDOR_DB");
        builder.environment().remove("DISPLAY");
        return builder.start();
    }

    static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
