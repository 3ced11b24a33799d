package app.candor.followup;

import app.candor.domain.Bounds;
import app.candor.domain.Refused;
import app.candor.platform.SafeFiles;
import app.candor.store.StoreException;
import app.candor.text.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person reads when something fails, in the app and on the command line alike: the message of the failures
 * written for people ({@link Refused}: bad input, a step that does not apply; {@link StoreException}: a file refused),
 * a plain sentence for a file the system refused, and for anything else (a bug, whatever its type) a sentence saying
 * so and where the log with the details is; never a Java class name or trace.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The plain message for {@code failure}; a bug is logged with its trace first. */
    public static String plain(Throwable failure) {
        if (failure instanceof StoreException || failure instanceof Refused) {
            return failure.getMessage() == null ? bug(failure) : failure.getMessage();
        }
        if (failure instanceof java.util.concurrent.CancellationException) {
            return failure.getMessage() == null ? Catalogue.personal().text("failure.cancelled") : failure.getMessage();
        }
        if (failure instanceof java.time.DateTimeException) {
            return Catalogue.personal().text("failure.date", failure.getMessage(), Bounds.FIRST_DAY.toString(),
                    Bounds.LAST_DAY.toString());
        }
        if (failure instanceof java.io.IOException io) {
            return SafeFiles.describe(io) + ".";
        }
        if (failure instanceof java.io.UncheckedIOException io) {
            return SafeFiles.describe(io.getCause()) + ".";
        }
        if (failure instanceof OutOfMemoryError) {
            return Catalogue.personal().text("failure.memory", Runtime.getRuntime().maxMemory() / (1 << 20));
        }
        return bug(failure);
    }

    /** {@code failure} itself when its message is for people, else a failure carrying the plain message. */
    public static Throwable forPeople(Throwable failure) {
        String message = plain(failure);
        return message.equals(failure.getMessage()) ? failure : new Refused(message, failure);
    }

    private static String bug(Throwable failure) {
        LOG.error("Unexpected failure", failure);
        return Catalogue.personal().text("failure.bug", System.getProperty("candor.logDir",
                Catalogue.personal().text("failure.logsFolder")));
    }
}
