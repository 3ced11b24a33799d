package app.candor.cli;

import app.candor.followup.Services;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor backup}: a consistent copy of the database while it may be in use. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the database (SQLite online backup) into backups/ beside it, or --to DIR; rotates old ones.")
public final class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "DIR", description = "The folder to back up into.")
    Path to;

    private final CandorCommand root;

    BackupCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            Path made = to != null ? core.backups().backupTo(to.toAbsolutePath()) : core.backups().backupNow();
            root.out().println("Backed up to " + made);
            root.out().flush();
        }
        return 0;
    }
}
