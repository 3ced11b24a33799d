package app.candor.cli;

import app.candor.followup.Core;
import app.candor.io.JsonExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor export --format json}: every record, versioned, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every prospect, deal, interaction, check-in change, snooze, user script and setting as"
                + " a versioned JSON document (docs/IMPORT.md).")
public final class ExportCommand implements Callable<Integer> {

    /** The formats export writes. */
    enum Format { json }

    @Option(names = "--format", defaultValue = "json", description = "json")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (written whole or not at all) instead of stdout.")
    Path out;

    private final CandorCommand root;

    ExportCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        try (Core core = root.open()) {
            if (out == null) {
                JsonExport.write(core.fullData(), root.out(), core.clock());
                root.out().flush();
                return 0;
            }
            Path target = out.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            try {
                try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    JsonExport.write(core.fullData(), w, core.clock());
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            root.err().println("Exported to " + target);
            root.err().flush();
        }
        return 0;
    }
}
