package app.candor.cli;

import app.candor.followup.BackupService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code candor restore FILE}: puts a checked backup in place of the database, keeping the current file aside. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database by a backup after an integrity check; the current file is kept aside.")
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BACKUP_FILE")
    Path backup;

    private final CandorCommand root;

    RestoreCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Path target = root.databaseFile();
        Optional<Path> aside = BackupService.restore(backup, target, root.clock());
        root.out().println("Restored " + target + " from " + backup.toAbsolutePath() + "."
                + aside.map(p -> " The previous file is kept as " + p + ".").orElse(""));
        root.out().flush();
        return 0;
    }
}
