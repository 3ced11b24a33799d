package app.candor.ui;

import app.candor.followup.Place;
import app.candor.followup.ServicesOpener;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * What was set going first, for a run that will open the window: the toolkit starting on one thread and the
 * database opening on another (docs/PERFORMANCE.md). This class holds no logger: the first logger sets up Logback,
 * and that must not delay the toolkit; the database thread sets it up before anything else.
 *
 * @param database the file or team server being opened
 * @param opening  the open database and the Today screen's first queue
 * @param toolkit  done when the JavaFX toolkit is running
 * @param logging  done when the database thread has set logging up: until then another thread's log calls would be
 *                 held and replayed with a warning on the terminal
 */
public record EarlyStart(Place database, CompletableFuture<OpenedDatabase> opening, CompletableFuture<Void> toolkit,
                         CompletableFuture<Void> logging) {

    /** Starts the JavaFX toolkit and opens {@code databaseFile} at once, each on its own thread. */
    public static EarlyStart begin(Place databaseFile, ServicesOpener opener, Clock clock) {
        CompletableFuture<Void> toolkit = Candor.startToolkit();
        var logging = new CompletableFuture<Void>();
        var opening = CompletableFuture.supplyAsync(() -> {
            try {
                LoggerFactory.getILoggerFactory();
            } finally {
                logging.complete(null);
            }
            return OpenedDatabase.warm(opener.open(databaseFile, clock));
        });
        return new EarlyStart(databaseFile, opening, toolkit, logging);
    }
}
