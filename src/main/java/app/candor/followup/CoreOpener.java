package app.candor.followup;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the core on a database file with a given clock; implemented where objects are wired. */
@FunctionalInterface
public interface CoreOpener {
    Core open(Path databaseFile, Clock clock);
}
