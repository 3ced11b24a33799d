package app.candor.ui.common;

/**
 * What a screen changed, so the others refresh only what it touched: Today judges again only the prospects named
 * here instead of the whole queue.
 */
public sealed interface Change {

    /** The one prospect the change is about, or null when it is about everything. */
    default Long prospect() {
        if (this instanceof InteractionLogged c) {
            return c.prospectId();
        }
        if (this instanceof DealChanged c) {
            return c.prospectId();
        }
        if (this instanceof ProspectChanged c) {
            return c.prospectId();
        }
        return null;
    }

    /** A call, email, meeting or note was logged with the prospect (and a check-in perhaps agreed in it). */
    record InteractionLogged(long prospectId) implements Change {
    }

    /** One of the prospect's deals changed: a stage, a check-in, a snooze, won or lost, a new deal. */
    record DealChanged(long prospectId) implements Change {
    }

    /** The prospect itself was added, edited, archived or deleted. */
    record ProspectChanged(long prospectId) implements Change {
    }

    /** Much changed at once (an import): every screen reads again. */
    record Everything() implements Change {
    }
}
