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

    /**
     * The same with the password the person typed in the window; kept in the system's password store when
     * {@code remember}, else for this session only (a later open of the same address reuses it).
     */
    Services openServer(String address, char[] password, boolean remember, Clock clock);

    /** The system password store's name as people know it, if this system has one ("Remember in …"). */
    java.util.Optional<String> passwordStoreName();

    /** The services on {@code place}, a file or a team's server. */
    default Services open(Place place, Clock clock) {
        return place.isServer() ? openServer(place.server(), clock) : open(place.file(), clock);
    }
}
