package app.candor.domain;

import app.candor.text.Catalogue;

/**
 * A request Candor refuses for a reason the person can act on (a value that is not valid, a file that is not what it
 * should be, a step that does not apply), its message written for them. Anything else that fails is a bug, and is
 * reported as one. It is an {@link IllegalArgumentException} so that the checks that throw it stay ordinary checks.
 */
public class Refused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public Refused(String message) {
        super(message);
    }

    public Refused(String message, Throwable cause) {
        super(message, cause);
    }

    /** A refusal in the person's words: the catalogue's text for {@code key} with {@code args} put in. */
    public static Refused because(String key, Object... args) {
        return new Refused(Catalogue.personal().text(key, args));
    }
}
