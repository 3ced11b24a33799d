package app.candor.ui.common;

import app.candor.followup.Failures;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a failure no code expected, on the FX thread or any worker: it is logged with its thread and
 * shown to the person in plain words with the log's place. Under javaw there is no terminal to print it to.
 */
public final class UncaughtFailures {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);

    private UncaughtFailures() {
    }

    /** Installs the handler for every thread; {@code show} receives the plain message on the FX thread. */
    public static void install(Consumer<String> show) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.error("Uncaught failure on thread {}", thread.getName(), failure);
            String text = Failures.plain(failure);
            if (Platform.isFxApplicationThread()) {
                show.accept(text);
            } else {
                Platform.runLater(() -> show.accept(text));
            }
        });
    }
}
