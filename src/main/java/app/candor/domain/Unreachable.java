package app.candor.domain;

import app.candor.text.Catalogue;

/**
 * A request refused because the store cannot be reached just now (a team's server restarting, the network down):
 * nothing was changed, and the same request may well go through when tried again a little later, which is what the
 * screens do with a save that holds what the person typed.
 */
public final class Unreachable extends Refused {

    private static final long serialVersionUID = 1L;

    public Unreachable(String message) {
        super(message);
    }

    /** Unreachable, in the person's words: the catalogue's text for {@code key} with {@code args} put in. */
    public static Unreachable because(String key, Object... args) {
        return new Unreachable(Catalogue.personal().text(key, args));
    }
}
