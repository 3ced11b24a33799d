package app.candor.followup;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a pipeline is kept: a person's own database file, or a team's PostgreSQL server (its address, never a
 * password). What the window and the commands open.
 */
public record Place(Path file, String server) {

    public Place {
        if ((file == null) == (server == null)) {
            throw new IllegalArgumentException("a place is a file or a server");
        }
    }

    public static Place file(Path file) {
        return new Place(Objects.requireNonNull(file, "file"), null);
    }

    public static Place server(String address) {
        return new Place(null, Objects.requireNonNull(address, "address"));
    }

    public boolean isServer() {
        return server != null;
    }

    /** As people read it: the file's path, or the server's address. */
    public String describe() {
        return isServer() ? server : file.toString();
    }

    /** Short, for a title: the file's name, or the server's address. */
    public String name() {
        return isServer() ? server : String.valueOf(file.getFileName());
    }
}
