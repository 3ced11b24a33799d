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
        subcommands = {MailCommand.Import.class, MailCommand.Sync.class, MailCommand.ForgetPassword.class})
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

    /** What an import or a sync did: the counts in a sentence, then a line per message logged or ignored. */
    static void print(PrintWriter out, MailboxService.Report r, boolean dryRun) {
        out.println(app.candor.text.Catalogue.personal().text(dryRun ? "mail.report.dry" : "mail.report", r.logged(),
                r.read(), r.known(), r.ignoredCount(), r.matchedToNobody().size()));
        r.loggedLines().forEach(line -> out.println("  logged: " + Text.visible(line, false)));
        r.ignored().forEach(line -> out.println("  ignored: " + Text.visible(line, false)));
        r.matchedToNobody().forEach(a -> out.println("  nobody: " + Text.visible(a, false)));
        out.flush();
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
                print(root.out(), r, dryRun);
            }
            return 0;
        }
    }

    /** {@code candor mail sync}: what is new in an IMAP mailbox since the last sync (opt-in; docs/MAIL.md). */
    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Read what is new in your IMAP mailbox (TLS, read-only) and log it as mail import does. The"
                    + " first sync with --host and --user sets the mailbox up; later ones need only the password.")
    static final class Sync implements Callable<Integer> {

        @Option(names = "--host", paramLabel = "HOST", description = "The IMAP server, e.g. imap.example.com.")
        String host;

        @Option(names = "--port", paramLabel = "PORT", description = "The IMAPS port (default 993).")
        Integer port;

        @Option(names = "--user", paramLabel = "USER", description = "The user name on that server.")
        String user;

        @Option(names = "--folder", paramLabel = "FOLDER",
                description = "A folder or label to read (repeat for more); by default the inbox and the sent folder.")
        List<String> folders;

        @Option(names = "--me", paramLabel = "ADDRESS", description = "One of your own addresses (repeat for more).")
        List<String> me;

        @Option(names = "--trust-host", description = "Accept the server's own certificate without checking it"
                + " (a private server with a self-made certificate only).")
        boolean trustHost;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin"
                + " instead of asking for it or using the one kept in the system's password store.")
        boolean passwordStdin;

        @Option(names = "--remember", description = "Once the server takes the password, keep it in the system's"
                + " password store (the keyring, the Keychain, Credential Manager) so later syncs need no password.")
        boolean remember;

        @picocli.CommandLine.ParentCommand
        MailCommand parent;

        @Override
        public Integer call() throws java.io.IOException {
            CandorCommand root = parent.root;
            try (Services core = root.open()) {
                app.candor.followup.MailboxService mail = core.mail();
                var saved = mail.account();
                if (host != null || user != null || folders != null || port != null) {
                    if ((host == null || user == null) && saved.isEmpty()) {
                        throw app.candor.domain.Refused.because("refused.mail.account");
                    }
                    var base = saved.orElse(new app.candor.mail.ImapMailbox.Account("", 993, "", List.of(), false));
                    mail.saveAccount(new app.candor.mail.ImapMailbox.Account(host != null ? host : base.host(),
                            port != null ? port : base.port(), user != null ? user : base.user(),
                            folders != null ? folders : base.folders(), trustHost || base.trustHost()));
                }
                if (me != null) {
                    mail.saveMyAddresses(new LinkedHashSet<>(me));
                }
                var account = mail.account().orElseThrow(() -> app.candor.domain.Refused.because("refused.mail.account"));
                java.util.Optional<char[]> known = passwordStdin ? java.util.Optional.empty() : mail.knownPassword(account);
                char[] password = known.isPresent() ? known.get() : password(root, account);
                if (remember && mail.passwordKeeper().isEmpty()) {
                    root.err().println("candor: this system has no password store Candor can use; the password is"
                            + " asked each time.");
                }
                PrintWriter err = root.err();
                MailboxService.Report r;
                try {
                    r = mail.sync(account, password, remember, mail.myAddresses(), (folder, done, total) -> {
                        if (total > 0) {
                            err.printf("%s: %d of %d%n", Text.visible(folder, false), done, total);
                            err.flush();
                        }
                    }, () -> false);
                } catch (MailboxService.LoginRefused e) {
                    if (known.isPresent()) {
                        throw app.candor.domain.Refused.because("refused.mail.keptPasswordRefused", e.getMessage(),
                                mail.passwordKeeper().orElse(""));
                    }
                    throw e;
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
                print(root.out(), r, false);
            }
            return 0;
        }

        private char[] password(CandorCommand root, app.candor.mail.ImapMailbox.Account account)
                throws java.io.IOException {
            if (!passwordStdin && System.console() != null) {
                char[] typed = System.console().readPassword("Password for %s at %s: ", account.user(), account.host());
                if (typed != null) {
                    return typed;
                }
            }
            String line = root.in().readLine();
            if (line == null || line.isEmpty()) {
                throw app.candor.domain.Refused.because("refused.mail.password");
            }
            return line.toCharArray();
        }
    }

    /** {@code candor mail forget-password}: removes the mailbox's password from the system's password store. */
    @Command(name = "forget-password", mixinStandardHelpOptions = true,
            description = "Remove the mailbox's password from the system's password store; the next sync asks for it.")
    static final class ForgetPassword implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        MailCommand parent;

        @Override
        public Integer call() {
            CandorCommand root = parent.root;
            try (Services core = root.open()) {
                var account = core.mail().account()
                        .orElseThrow(() -> app.candor.domain.Refused.because("refused.mail.account"));
                core.mail().forgetPassword(account);
                root.out().println("Forgot the password of " + Text.visible(account.user(), false) + " at "
                        + Text.visible(account.host(), false) + ".");
            }
            return 0;
        }
    }
}
