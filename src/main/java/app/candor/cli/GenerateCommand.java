package app.candor.cli;

import app.candor.followup.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor generate}: synthetic data for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY database with synthetic prospects, deals and interactions (for benchmarks).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--prospects", required = true, paramLabel = "N") int prospects;
    @Option(names = "--interactions", required = true, paramLabel = "M") int interactions;
    @Option(names = "--seed", defaultValue = "42", paramLabel = "S") long seed;

    private final CandorCommand root;

    GenerateCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            long start = System.nanoTime();
            int added = core.data().generate(prospects, interactions, seed);
            root.out().printf("Generated %d prospects and %d interactions in %s in %d ms.%n", added, interactions,
                    core.where(), (System.nanoTime() - start) / 1_000_000);
            root.out().flush();
        }
        return 0;
    }
}
