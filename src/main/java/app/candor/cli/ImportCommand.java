package app.candor.cli;

import app.candor.followup.Core;
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
        description = "Restore a Candor JSON export into an EMPTY database, all or nothing.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    private final CandorCommand root;

    ImportCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new IllegalArgumentException("Importing CSV files is not available in this version; a Candor JSON"
                    + " export (candor export --format json) can be imported. Nothing was imported.");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no file " + file.toAbsolutePath() + ".");
        }
        try (Core core = root.open(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonImport.Counts counts = new JsonImport().restore(in, core.fullData(), file.getFileName().toString());
            root.out().printf("Imported %d prospects, %d deals and %d interactions into %s.%n", counts.prospects(),
                    counts.deals(), counts.interactions(), core.database().file());
            root.out().flush();
        }
        return 0;
    }
}
