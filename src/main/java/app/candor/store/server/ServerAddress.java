package app.candor.store.server;

import app.candor.domain.Refused;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where a team's pipeline lives: a PostgreSQL server named the way PostgreSQL's own tools take it,
 * {@code postgresql://[user@]host[:port]/database[?sslmode=…]}. The login defaults, as in {@code psql}, to
 * {@code PGUSER} and then the system user. A password is never part of it: it comes from {@link ServerPassword}.
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {

    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    /** Whether {@code text} names a server rather than a database file. */
    public static boolean isServer(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /** The address in {@code text}, with {@code env} for the default login; refused in plain words when malformed. */
    public static ServerAddress parse(String text, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw Refused.because("team.address.malformed", text, ": " + e.getReason());
        }
        if (!isServer(text)) {
            throw Refused.because("team.address.malformed", text, "");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            throw Refused.because("team.address.noHost", text);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            // an authority Java cannot read as host and port ("h:port")
            throw Refused.because("team.address.malformed", text, "");
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw Refused.because("team.address.password");
        }
        if (user == null || user.isBlank()) {
            user = firstOf(env, "PGUSER", "USER", "USERNAME");
            if (user == null) {
                throw Refused.because("team.address.noUser", text);
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw Refused.because("team.address.noDatabase", text);
        }
        String sslMode = "prefer";
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!key.equals("sslmode")) {
                    throw Refused.because("team.address.option", key);
                }
                if (!SSL_MODES.contains(value)) {
                    throw Refused.because("team.address.sslmode", value);
                }
                sslMode = value;
            }
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ServerAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user, sslMode);
    }

    /** The same server as another login (a seller connecting with their own). */
    public ServerAddress as(String login) {
        return new ServerAddress(host, port, database, login, sslMode);
    }

    /** Another database on the same server. */
    public ServerAddress withDatabase(String name) {
        return new ServerAddress(host, port, name, user, sslMode);
    }

    /** The driver's address of this server; the login and password go in {@link #properties(String)}. */
    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + encode(database);
    }

    /** The connection's properties: login, password, TLS mode, and Candor's name in the server's activity view. */
    Properties properties(String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", sslMode);
        p.setProperty("ApplicationName", "Candor");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        // Candor's queries are short and run again and again; compiling them (JIT) cost a fifth of a second each.
        p.setProperty("options", "-c jit=off");
        return p;
    }

    /** As people type it, never with a password: {@code postgresql://user@host:port/database}. */
    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database
                + ("prefer".equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }

    private static String encode(String database) {
        return java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String firstOf(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
