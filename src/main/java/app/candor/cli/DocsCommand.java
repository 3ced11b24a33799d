package app.candor.cli;

import app.candor.help.HelpTopic;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code candor docs TOPIC}: the documentation shipped inside Candor, as text. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Print Candor's documentation on a topic: rules (the queue and its rules), import (formats,"
                + " CSV columns, JSON), scripts (placeholders, the pressure check), reports.")
public final class DocsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TOPIC", defaultValue = "rules", description = "rules, import, scripts or reports.")
    String topic;

    private final CandorCommand root;

    DocsCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        root.out().print(HelpTopic.of(topic).text());
        root.out().flush();
        return 0;
    }
}
