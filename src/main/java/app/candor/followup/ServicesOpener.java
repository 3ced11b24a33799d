package app.candor.followup;

import java.nio.file.Path;
import java.time.Clock;

/** Opens the services on a database file, or on a team's server, with a given clock; implemented where objects are wired. */
public interface ServicesOpener {
    Services open(Path databaseFile, Clock clock);

    /**
     * The services on a team's PostgreSQL server ({@code postgresql://LOGIN@HOST/DATABASE}), as that login, its
     * password from where PostgreSQL's tools keep it; refused in plain words when the server is away or says no.
     */
    Services openServer(String address, Clock clock);

    /** The services on {@code place}, a file or a team's server. */
    default Services open(Place place, Clock clock) {
        return place.isServer() ? openServer(place.server(), clock) : open(place.file(), clock);
    }
}
