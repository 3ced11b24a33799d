package app.candor.cli;

import app.candor.domain.Refused;
import app.candor.followup.Services;
import app.candor.io.CsvImport;
import app.candor.io.JsonImport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code candor import FILE.json}: restores a full export into an empty database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a CSV file (Candor's prospects or interactions format, a HubSpot contacts export or a"
            + " Pipedrive deals export), validated whole first; or restore a Candor JSON export into an EMPTY database.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A Candor JSON export, or a CSV file (`candor docs import`).")
    Path file;

    @picocli.CommandLine.Option(names = "--dry-run", description = "CSV: check and report; write nothing.")
    boolean dryRun;

    @picocli.CommandLine.Option(names = "--valid-only", description = "CSV: write the valid rows even when others have problems.")
    boolean validOnly;

    @picocli.CommandLine.Option(names = "--on-duplicate", paramLabel = "skip|update",
            description = "CSV: what to do with rows whose email matches an existing prospect.")
    CsvImport.OnDuplicate onDuplicate;

    private final CandorCommand root;

    ImportCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Refused.because("refused.cli.noFile", file.toAbsolutePath());
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return csv();
        }
        try (Services core = root.open(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonImport.Counts counts = core.data().importJson(in, file.getFileName().toString());
            root.out().printf("Imported %d prospects, %d deals and %d interactions into %s.%n", counts.prospects(),
                    counts.deals(), counts.interactions(), core.where());
            root.out().flush();
        }
        return 0;
    }

    private int csv() throws IOException {
        try (Services core = root.open()) {
            CsvImport.Report r = core.data().importCsv(file, new CsvImport.Options(dryRun, validOnly, onDuplicate));
            var out = root.out();
            if (r.kind() != null) {
                out.printf("%s: %s, %s%n", app.candor.domain.Text.visible(file.getFileName().toString(), false),
                        r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        app.candor.domain.Text.count(r.rows(), "row"));
                out.println("Columns used: " + r.columnsUsed());
            }
            if (!r.ignoredColumns().isEmpty()) {
                out.println("Columns ignored: " + String.join(", ", r.ignoredColumns()));
            }
            for (String problem : r.problems()) {
                out.println("  " + app.candor.domain.Text.visible(problem, false));
            }
            String verb = r.written() ? "" : "would be ";
            out.printf("%d %sadded, %d %supdated, %d %sskipped.%s%n", r.added(), verb, r.updated(), verb, r.skipped(),
                    verb, r.written() ? "" : dryRun ? " (dry run: nothing written)" : " Nothing was written.");
            out.flush();
            boolean errors = r.blocking();
            return r.written() || (dryRun && !errors) ? 0 : Cli.FAILED;
        }
    }
}
