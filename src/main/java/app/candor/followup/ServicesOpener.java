package app.candor.followup;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the services on a database file with a given clock; implemented where objects are wired. */
@FunctionalInterface
public interface ServicesOpener {
    Services open(Path databaseFile, Clock clock);
}
