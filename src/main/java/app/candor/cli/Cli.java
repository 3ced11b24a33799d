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
        cli.addSubcommand("docs", new DocsCommand(root));
        cli.addSubcommand("mail", new MailCommand(root));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Values in the words people type, refused in plain words: no Java type or exception names.
        cli.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return app.candor.followup.When.dayAnyYear(text, java.time.LocalDate.now(root.clock()), false);
            } catch (app.candor.domain.Refused e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cli.registerConverter(Long.class, Cli::wholeNumber);
        cli.registerConverter(Long.TYPE, Cli::wholeNumber);
        cli.registerConverter(Integer.class, text -> Math.toIntExact(wholeNumber(text)));
        cli.registerConverter(Integer.TYPE, text -> Math.toIntExact(wholeNumber(text)));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("candor: " + e.getMessage());
            failed.getErr().println("`" + failed.getCommandSpec().qualifiedName() + " --help` shows what it takes.");
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("candor: " + message(e));
            commandLine.getErr().flush();
            return FAILED;
        });
        return cli;
    }

    private static long wholeNumber(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number, such as 12");
        }
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
