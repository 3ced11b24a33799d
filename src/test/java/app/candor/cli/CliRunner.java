package app.candor.cli;

import app.candor.app.Main;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** Runs the real command line in-process against files in a temporary data folder. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final Path dataFolder;
    private final Clock clock;
    private final Map<String, String> env;

    CliRunner(Path dataFolder, Clock clock) {
        this(dataFolder, clock, Map.of());
    }

    /** With {@code env} as the environment the command sees (a test keyring's bus, for one). */
    CliRunner(Path dataFolder, Clock clock, Map<String, String> env) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.env = env;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, dataFolder, clock, Locale.UK, new BufferedReader(new StringReader(stdin)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
