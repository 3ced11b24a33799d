package app.candor.cli;

import app.candor.domain.Text;
import app.candor.followup.MailboxService;
import app.candor.followup.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor mail}: learn who answered from the mail itself (docs/MAIL.md). */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Read mail to log who wrote to whom.",
        subcommands = MailCommand.Import.class)
public final class MailCommand implements Callable<Integer> {

    private final CandorCommand root;

    MailCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.out().println("Say what to do: candor mail import PATH... (see candor mail import --help)");
        root.out().flush();
        return 2;
    }

    /** {@code candor mail import}: .eml files, mbox files and Maildir folders, no network. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Log the mail in .eml files, mbox files or Maildir folders: replies from prospects as"
                    + " responses, your own mail to them as touches. Each message once, however often it is read.")
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "An .eml file, an mbox file or a Maildir folder.")
        List<Path> paths;

        @Option(names = "--me", paramLabel = "ADDRESS",
                description = "One of your own addresses (repeat for more): mail from them is what you sent.")
        List<String> me = List.of();

        @Option(names = "--dry-run", description = "Say what would be logged; change nothing.")
        boolean dryRun;

        @picocli.CommandLine.ParentCommand
        MailCommand parent;

        @Override
        public Integer call() {
            CandorCommand root = parent.root;
            try (Services core = root.open()) {
                MailboxService.Report r = core.mail().importFiles(paths, new LinkedHashSet<>(me), dryRun);
                PrintWriter out = root.out();
                out.println(app.candor.text.Catalogue.personal().text(dryRun ? "mail.report.dry" : "mail.report",
                        r.logged(), r.read(), r.known(), r.ignoredCount(), r.matchedToNobody().size()));
                for (String line : r.loggedLines()) {
                    out.println("  logged: " + Text.visible(line, false));
                }
                for (String line : r.ignored()) {
                    out.println("  ignored: " + Text.visible(line, false));
                }
                for (String address : r.matchedToNobody()) {
                    out.println("  nobody: " + Text.visible(address, false));
                }
                out.flush();
            }
            return 0;
        }
    }
}
