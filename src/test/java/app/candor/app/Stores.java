package app.candor.app;

import app.candor.domain.TeamRole;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The two stores a test can run on: the personal SQLite file, and a team's PostgreSQL server (a fresh team database
 * on the test server, set up by {@code team init}, used by a rep with their own login, as a seller would).
 */
public enum Stores {
    FILE, TEAM_SERVER;

    private static final String PASSWORD = "rep-password";
    /** The team database of each test folder, so that a test opening its store again finds its data. */
    private static final java.util.Map<Path, ServerAddress> TEAMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The services on a new, empty store of this kind, as the app and the commands open them. */
    public app.candor.followup.Services openServices(Path dir, Clock clock, Locale locale) {
        return Wiring.services(assemble(dir, clock, locale), dir);
    }

    public app.candor.followup.Services openServices(Path dir, String name, Clock clock, Locale locale) {
        return Wiring.services(assemble(dir, name, clock, locale), dir);
    }

    /**
     * Everything built on a store of this kind, as the app and the commands wire it: new and empty the first time
     * for {@code dir}, the same one again after.
     */
    public Assembly assemble(Path dir, Clock clock, Locale locale) {
        return assemble(dir, "candor.db", clock, locale);
    }

    /** As above, for a test with more than one store in {@code dir}: each {@code name} is a store of its own. */
    public Assembly assemble(Path dir, String name, Clock clock, Locale locale) {
        if (this == FILE) {
            return Wiring.assemble(dir.resolve(name), dir, clock, locale);
        }
        ServerAddress seller = TEAMS.computeIfAbsent(dir.toAbsolutePath().resolve(name), d -> {
            ServerAddress admin = TestServer.newDatabase();
            String rep = TestServer.login("rep");
            try (TeamServer server = TeamServer.connect(admin, null)) {
                server.init();
                server.addUser(rep, TeamRole.REP, PASSWORD.toCharArray());
            }
            return admin.as(rep);
        });
        return Wiring.assembleOn(TeamServer.openStore(seller, PASSWORD), dir, clock, locale);
    }
}
