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

    /** The whole command line, every subcommand registered. */
    public static CommandLine build(CandorCommand root, PrintWriter out, PrintWriter err) {
        return build(root, out, err, null);
    }

    /**
     * The command line for {@code args}: only the subcommand they name is built (picocli reads each command's
     * annotations when it is registered: a tenth of a second for all of them, which a command or the window would
     * wait for); none for the window; all of them for help, a version or an unknown word, so that help lists
     * everything and a typo is answered with what exists. Null {@code args}: all.
     */
    public static CommandLine build(CandorCommand root, PrintWriter out, PrintWriter err, String[] args) {
        java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("alerts", () -> new AlertsCommand(root));
        commands.put("demo", () -> new DemoCommand(root));
        commands.put("generate", () -> new GenerateCommand(root));
        commands.put("scripts", () -> new ScriptsCommand(root));
        commands.put("script", () -> new ScriptCommand(root));
        commands.put("tone", () -> new ToneCommand(root));
        commands.put("export", () -> new ExportCommand(root));
        commands.put("import", () -> new ImportCommand(root));
        commands.put("calendar", () -> new CalendarCommand(root));
        commands.put("backup", () -> new BackupCommand(root));
        commands.put("restore", () -> new RestoreCommand(root));
        commands.put("report", () -> new ReportCommand(root));
        commands.put("log", () -> new LogCommand(root));
        commands.put("deal", () -> new DealCommand(root));
        commands.put("docs", () -> new DocsCommand(root));
        commands.put("mail", () -> new MailCommand(root));
        commands.put("team", () -> new TeamCommand(root));
        CommandLine cli = new CommandLine(root);
        for (String name : needed(commands.keySet(), args)) {
            cli.addSubcommand(name, commands.get(name).get());
        }
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
        cli.registerConverter(app.candor.domain.TeamRole.class, text -> {
            for (app.candor.domain.TeamRole role : app.candor.domain.TeamRole.values()) {
                if (role.word().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
            throw new CommandLine.TypeConversionException("'" + text + "' is not a role: rep (their own pipeline) or"
                    + " manager (everyone's)");
        });
        cli.registerConverter(Long.class, Cli::wholeNumber);
        cli.registerConverter(Long.TYPE, Cli::wholeNumber);
        cli.registerConverter(Integer.class, text -> Math.toIntExact(wholeNumber(text)));
        cli.registerConverter(Integer.TYPE, text -> Math.toIntExact(wholeNumber(text)));
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("candor: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                // "Did you mean: alerts?" for a command or option typed nearly right
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, failed.getErr());
            }
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

    /** The subcommands {@code args} need: see {@link #build(CandorCommand, PrintWriter, PrintWriter, String[])}. */
    static java.util.Collection<String> needed(java.util.Set<String> names, String[] args) {
        if (args == null) {
            return names;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                i++;
            } else if (a.startsWith("--db=")) {
                continue;
            } else if (a.startsWith("-") || !names.contains(a)) {
                // help, version, an unknown option or word: answered with every command known
                return names;
            } else {
                return java.util.List.of(a);
            }
        }
        return java.util.List.of();
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
