package app.candor.cli;

import java.io.PrintWriter;
import app.candor.followup.Failures;
import picocli.CommandLine;

/** Assembles the command line with its subcommands and turns failures into plain messages and exit codes. */
public final class Cli {

    /** Exit code of a run that failed on bad data or a refused file; usage errors exit with 2. */
    public static final int FAILED = 1;

    private Cli() {
    }

    public static CommandLine build(CandorCommand root, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand("alerts", new AlertsCommand(root));
        cli.addSubcommand("demo", new DemoCommand(root));
        cli.addSubcommand("generate", new GenerateCommand(root));
        cli.addSubcommand("scripts", new ScriptsCommand(root));
        cli.addSubcommand("script", new ScriptCommand(root));
        cli.addSubcommand("tone", new ToneCommand(root));
        cli.addSubcommand("export", new ExportCommand(root));
        cli.addSubcommand("import", new ImportCommand(root));
        cli.addSubcommand("calendar", new CalendarCommand(root));
        cli.addSubcommand("backup", new BackupCommand(root));
        cli.addSubcommand("restore", new RestoreCommand(root));
        cli.addSubcommand("report", new ReportCommand(root));
        cli.addSubcommand("log", new LogCommand(root));
        cli.addSubcommand("deal", new DealCommand(root));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("candor: " + message(e));
            commandLine.getErr().flush();
            return FAILED;
        });
        return cli;
    }

    /**
     * The plain message for a failure: the text of the expected kinds (they are written for people), a plain
     * sentence for a file the system refused, and for anything else (a bug) a sentence saying so and where the
     * log with the details is; never a Java class name.
     */
    public static String message(Exception e) {
        return Failures.plain(e);
    }
}
