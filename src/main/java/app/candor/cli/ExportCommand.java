package app.candor.cli;

import app.candor.followup.Services;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import app.candor.platform.SafeFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor export --format json}: every record, versioned, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every prospect, deal, interaction, check-in change, snooze, user script and setting as"
            + " a versioned JSON document, or prospects or interactions as CSV in the import format (`candor docs import`).")
public final class ExportCommand implements Callable<Integer> {

    /** The formats export writes. */
    enum Format { json, csv }

    /** Which CSV: both are in the import format. */
    enum What { prospects, interactions }

    @Option(names = "--format", defaultValue = "json", description = "json (everything) or csv (in the import format)")
    Format format;

    @Option(names = "--what", defaultValue = "prospects", description = "For csv: prospects or interactions.")
    What what;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (written whole or not at all) instead of stdout.")
    Path out;

    private final CandorCommand root;

    ExportCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        try (Services core = root.open()) {
            if (out == null) {
                write(core, root.out());
                root.out().flush();
                return 0;
            }
            Path target = out.toAbsolutePath();
            SafeFiles.write(target, stream -> {
                try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                    write(core, w);
                }
            });
            root.err().println("Exported to " + target);
            root.err().flush();
        }
        return 0;
    }

    private void write(Services core, java.io.Writer w) throws IOException {
        if (format == Format.json) {
            core.data().exportJson(w);
        } else if (what == What.prospects) {
            core.data().exportProspectsCsv(w);
        } else {
            core.data().exportInteractionsCsv(w);
        }
    }
}
