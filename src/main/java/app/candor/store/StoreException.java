package app.candor.store;

import java.nio.file.Path;

/** A store failure carrying the file and a plain message saying what is wrong and what the user can do. */
public class StoreException extends RuntimeException {

    /** What went wrong, so callers (the CLI's exit code, the UI's dialog) can react without parsing text. */
    public enum Reason { NOT_A_DATABASE, NEWER_VERSION, CORRUPT, READ_ONLY, BUSY, MISSING_FOLDER, IO, CONSTRAINT, DISK_FULL, IN_USE }

    private final Reason reason;
    private final Path file;

    public StoreException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public StoreException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
