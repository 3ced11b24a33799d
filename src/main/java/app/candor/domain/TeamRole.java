package app.candor.domain;

import java.util.Locale;

/** What a seller may see on a team server: a rep their own pipeline, a manager everyone's. */
public enum TeamRole {
    REP,
    MANAGER;

    /** As typed and shown: {@code rep}, {@code manager}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
