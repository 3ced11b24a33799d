package app.candor.followup;

import app.candor.domain.Bounds;
import app.candor.domain.Refused;
import app.candor.platform.SafeFiles;
import app.candor.store.StoreException;
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
            return failure.getMessage() == null ? "Cancelled; nothing was changed." : failure.getMessage();
        }
        if (failure instanceof java.time.DateTimeException) {
            return "A date is not valid or is out of range (" + failure.getMessage() + "). Use a date between "
                    + Bounds.FIRST_DAY + " and " + Bounds.LAST_DAY + ".";
        }
        if (failure instanceof java.io.IOException io) {
            return SafeFiles.describe(io) + ".";
        }
        if (failure instanceof java.io.UncheckedIOException io) {
            return SafeFiles.describe(io.getCause()) + ".";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Candor ran out of memory (Java's limit is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB). Nothing half-done was saved. Close other programs and try again.";
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
        return "Something went wrong inside Candor: this is a bug, and nothing half-done was saved. The details"
                + " are in the log, " + System.getProperty("candor.logDir", "the logs folder") + "/candor.log;"
                + " please send them to us.";
    }
}
