package app.candor.cli;

import app.candor.domain.TeamMember;
import app.candor.domain.TeamRemoval;
import app.candor.domain.TeamRole;
import app.candor.domain.Text;
import app.candor.followup.TeamService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code candor --db postgresql://… team}: a team's pipeline on its PostgreSQL server (docs/TEAM.md). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "Set up and run a team's shared pipeline on a PostgreSQL server: --db postgresql://LOGIN@HOST/DB.",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class, TeamCommand.ListMembers.class,
            TeamCommand.Remove.class, TeamCommand.ImportFile.class, TeamCommand.Reassign.class})
public final class TeamCommand implements Callable<Integer> {

    private final CandorCommand root;

    TeamCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.out().println("Say what to do: candor --db postgresql://LOGIN@HOST/DB team init | add-user | list | remove"
                + " | import | reassign (see candor team --help)");
        root.out().flush();
        return 2;
    }

    TeamService service() {
        TeamService service = TeamService.forServer(root.serverAddress(), root.env(), root.home());
        for (String notice : service.notices()) {
            root.err().println("candor: " + notice);
        }
        root.err().flush();
        return service;
    }

    /** {@code team init}: the team's schema, roles and rules of who sees what. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Set the team's database up, or bring it up to date (run by the administrator, whose"
                    + " login owns the database and may create roles). Safe to run again.")
    static final class Init implements Callable<Integer> {

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() {
            TeamService team = parent.service();
            String version = team.init();
            PrintWriter out = parent.root.out();
            out.println("The team's database " + Text.visible(team.server(), false) + " is ready (schema version "
                    + version + ").");
            out.println("Next: add each seller with: candor --db " + Text.visible(team.server(), false)
                    + " team add-user LOGIN --role rep|manager");
            out.flush();
            return 0;
        }
    }

    /** {@code team add-user}: a seller's own login on the server. */
    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = "Add a seller with their own login, or change an existing seller's role. A rep sees and"
                    + " changes only their own prospects and deals; a manager sees everyone's.")
    static final class AddUser implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "The seller's login on the server, e.g. ana.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "rep|manager",
                description = "rep (their own pipeline) or manager (everyone's).")
        TeamRole role;

        @Option(names = "--password-stdin",
                description = "Read the new login's password from the first line of standard input. Without it, a"
                        + " new login gets a password made for it, shown once; an existing one keeps its own.")
        boolean passwordStdin;

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() {
            char[] password = null;
            if (passwordStdin) {
                try {
                    String line = parent.root.in().readLine();
                    password = (line == null ? "" : line).toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            TeamService.Added added = parent.service().addUser(login, role, password);
            PrintWriter out = parent.root.out();
            String who = Text.visible(added.member().login(), false);
            out.println((added.newLogin() ? "Added " : "Updated ") + who + " as a " + added.member().role().word()
                    + ".");
            added.madePassword().ifPresent(p -> out.println("Password for " + who
                    + " (pass it on privately; Candor does not keep it and shows it only now): " + p));
            out.flush();
            return 0;
        }
    }

    /** {@code team list}: who is in the team. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the team's sellers: login, role and the prospects each owns (tab-separated).")
    static final class ListMembers implements Callable<Integer> {

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() {
            List<TeamMember> members = parent.service().members();
            PrintWriter out = parent.root.out();
            out.println("login\trole\tprospects");
            for (TeamMember m : members) {
                out.println(Text.visible(m.login(), false) + "\t" + m.role().word() + "\t" + m.prospects());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code team import}: a personal database file moves onto the team server, as the caller's own pipeline. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Copy everything in a personal database file (prospects, deals, every call and check-in,"
                    + " your scripts and settings) onto the team server as your own: the login in --db owns it."
                    + " All or nothing; the file is left as it was. Your part of the team's pipeline must be empty.")
    static final class ImportFile implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE.db", description = "The personal database file.")
        java.nio.file.Path file;

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() throws IOException {
            CandorCommand root = parent.root;
            java.nio.file.Path source = file.toAbsolutePath();
            if (!java.nio.file.Files.isRegularFile(source)) {
                throw app.candor.domain.Refused.because("refused.cli.noFile", source);
            }
            // Through Candor's own full export, in a file only this user may read, deleted at the end.
            java.nio.file.Path json = app.candor.platform.SafeFiles.temporary(
                    java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), "candor-team-import", ".json");
            try {
                try (app.candor.followup.Services mine = root.openFile(source);
                     java.io.Writer out = java.nio.file.Files.newBufferedWriter(json,
                             java.nio.charset.StandardCharsets.UTF_8)) {
                    mine.data().exportJson(out);
                }
                try (app.candor.followup.Services team = root.open();
                     java.io.Reader in = java.nio.file.Files.newBufferedReader(json,
                             java.nio.charset.StandardCharsets.UTF_8)) {
                    app.candor.io.JsonImport.Counts counts = team.data().importJson(in, source.getFileName().toString());
                    root.out().printf("Moved %d prospects, %d deals and %d interactions from %s onto %s.%n",
                            counts.prospects(), counts.deals(), counts.interactions(), Text.visible(source.toString(),
                                    false), Text.visible(team.where(), false));
                    root.out().flush();
                }
            } finally {
                java.nio.file.Files.deleteIfExists(json);
            }
            return 0;
        }
    }

    /** {@code team reassign}: a manager hands one prospect, and everything about it, to another seller. */
    @Command(name = "reassign", mixinStandardHelpOptions = true,
            description = "Hand a prospect, with its deals, calls, check-ins and history, to another seller of the"
                    + " team (a manager's step; the login in --db must be a manager). The prospect is found by its"
                    + " email address.")
    static final class Reassign implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "EMAIL", description = "The prospect's email address.")
        String email;

        @Option(names = "--to", required = true, paramLabel = "LOGIN", description = "The seller who takes it over.")
        String to;

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() {
            CandorCommand root = parent.root;
            try (app.candor.followup.Services team = root.open()) {
                app.candor.domain.Prospect prospect = team.prospects().findByEmail(email).orElseThrow(() ->
                        app.candor.domain.Refused.because("refused.cli.noEmail", Text.visible(email.strip(), false)));
                String from = team.prospects().owner(prospect.id()).orElse("");
                team.prospects().handOver(prospect.id(), to);
                root.out().printf("Handed %s <%s> from %s to %s, with their deals, calls and check-ins.%n",
                        Text.visible(prospect.name(), false), Text.visible(prospect.email(), false),
                        Text.visible(from, false), Text.visible(to.strip(), false));
                root.out().flush();
            }
            return 0;
        }
    }

    /** {@code team remove}: a seller leaves; their pipeline stays with the team. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Take a seller out of the team: their prospects, with every deal and call, and their own"
                    + " scripts go to the seller named by --to; they can no longer connect.")
    static final class Remove implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "The seller who leaves.")
        String login;

        @Option(names = "--to", paramLabel = "LOGIN", description = "The seller who takes their prospects over.")
        String to;

        @ParentCommand
        TeamCommand parent;

        @Override
        public Integer call() {
            TeamRemoval r = parent.service().remove(login, to);
            PrintWriter out = parent.root.out();
            String who = Text.visible(r.login(), false);
            out.println("Removed " + who + " from the team."
                    + (r.handedOverTo() != null ? " " + r.prospectsHandedOver() + " prospects are now "
                    + Text.visible(r.handedOverTo(), false) + "'s." : "")
                    + (r.loginDropped() ? "" : " The login itself stays: it has rights elsewhere on this server."));
            out.flush();
            return 0;
        }
    }
}
