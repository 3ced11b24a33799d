package app.candor.followup;

import app.candor.domain.Refused;
import app.candor.domain.TeamMember;
import app.candor.domain.TeamRemoval;
import app.candor.domain.TeamRole;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.ServerPassword;
import app.candor.store.server.TeamServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's administration on its PostgreSQL server (docs/TEAM.md): set the team's database up, add, list and
 * remove sellers. The caller's own password comes from where PostgreSQL's tools keep it (PGPASSWORD, ~/.pgpass).
 * Each call is one connection, opened and closed: these are occasional commands.
 */
public final class TeamService {

    /** A seller added: who, and the password made for a new login when none was given (shown once). */
    public record Added(TeamMember member, boolean newLogin, Optional<String> madePassword) {
    }

    private static final String PASSWORD_LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ServerAddress address;
    private final Optional<String> password;
    private final List<String> notices = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();

    private TeamService(ServerAddress address, Optional<String> password) {
        this.address = address;
        this.password = password;
    }

    /** For the server {@code url}, the caller's password looked up in {@code env} and under {@code home}. */
    public static TeamService forServer(String url, Map<String, String> env, Path home) {
        ServerAddress address = ServerAddress.parse(url, env);
        ServerPassword.Found found = ServerPassword.find(address, env, home);
        TeamService service = new TeamService(address, found.password());
        found.notice().ifPresent(service.notices::add);
        return service;
    }

    /** Whether {@code text} (a --db value, CANDOR_DB) names a team server rather than a database file. */
    public static boolean isServer(String text) {
        return ServerAddress.isServer(text);
    }

    /** The server as people type it, without a password. */
    public String server() {
        return address.toString();
    }

    /** What the caller should know before anything else (a password file left unused, and why). */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Sets the team's database up (or brings it up to date); the schema version now in place. */
    public String init() {
        try (TeamServer server = connect()) {
            return server.init();
        }
    }

    /**
     * Adds a seller, or changes an existing one's role. A new login without {@code newPassword} gets one made here
     * (20 letters and digits, from a secure random source) for the administrator to pass on.
     */
    public Added addUser(String login, TeamRole role, char[] newPassword) {
        try (TeamServer server = connect()) {
            boolean exists = server.loginExists(login);
            char[] given = newPassword;
            Optional<String> made = Optional.empty();
            if (!exists && (given == null || given.length == 0)) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    b.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
                }
                made = Optional.of(b.toString());
                given = b.toString().toCharArray();
            } else if (given != null && given.length == 0) {
                throw Refused.because("team.user.emptyPassword");
            }
            TeamMember member = server.addUser(login, role, given);
            return new Added(member, !exists, made);
        }
    }

    public List<TeamMember> members() {
        try (TeamServer server = connect()) {
            return server.members();
        }
    }

    public TeamRemoval remove(String login, String handOverTo) {
        try (TeamServer server = connect()) {
            return server.remove(login, handOverTo);
        }
    }

    private TeamServer connect() {
        return TeamServer.connect(address, password.orElse(null));
    }
}
