package app.candor.store.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A login's password, from where PostgreSQL's own tools keep it: {@code PGPASSWORD}, then the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}) in libpq's format, {@code host:port:database:user:password} with
 * {@code *} for any and {@code \:} or {@code \\} inside a field, the first matching line winning. As libpq does, a
 * password file others may read is not used (a notice says so). Never read from or written to the database or logs.
 * (The driver has a reader of its own, but it reads only this process's environment; Candor's is given one.)
 */
public final class ServerPassword {

    /** The password found, if any, and a notice for a password file left unused. */
    public record Found(Optional<String> password, Optional<String> notice) {
    }

    private ServerPassword() {
    }

    public static Found find(ServerAddress address, Map<String, String> env, Path home) {
        String direct = env.get("PGPASSWORD");
        if (direct != null && !direct.isEmpty()) {
            return new Found(Optional.of(direct), Optional.empty());
        }
        String named = env.get("PGPASSFILE");
        Path file = named != null && !named.isBlank() ? Path.of(named) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return new Found(Optional.empty(), Optional.empty());
        }
        try {
            if (othersMayRead(file)) {
                return new Found(Optional.empty(), Optional.of(app.candor.text.Catalogue.personal()
                        .text("team.pgpass.open", file)));
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() == 5 && matches(f.get(0), address.host()) && matches(f.get(1), String.valueOf(address.port()))
                        && matches(f.get(2), address.database()) && matches(f.get(3), address.user())) {
                    return new Found(Optional.of(f.get(4)), Optional.empty());
                }
            }
        } catch (IOException e) {
            return new Found(Optional.empty(), Optional.of(app.candor.text.Catalogue.personal()
                    .text("team.pgpass.unreadable", file)));
        }
        return new Found(Optional.empty(), Optional.empty());
    }

    private static boolean othersMayRead(Path file) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            return false; // Windows: the file is in the user's own profile, as libpq expects there
        }
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The fields of one line: ':' separates, a backslash takes the next character as it is. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
