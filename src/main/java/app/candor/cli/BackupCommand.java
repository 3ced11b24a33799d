package app.candor.cli;

import app.candor.followup.Core;
import app.candor.store.Backups;
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
        try (Core core = root.open()) {
            Path folder = to != null ? to.toAbsolutePath() : Backups.folderFor(core.database().file());
            Path made = new Backups(folder, core.database().file(), core.clock()).backup(core.database());
            root.out().println("Backed up to " + made);
            root.out().flush();
        }
        return 0;
    }
}
