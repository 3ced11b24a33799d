package app.candor.cli;

import app.candor.followup.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code candor demo}: believable sample data in an empty database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an EMPTY database with sample prospects and deals relative to today (every rule fires).")
public final class DemoCommand implements Callable<Integer> {

    private final CandorCommand root;

    DemoCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            int added = core.data().demo();
            root.out().printf("Added %d sample prospects to %s.%nTry: candor --db %s alerts%n", added,
                    core.where(), core.where());
            root.out().flush();
        }
        return 0;
    }
}
