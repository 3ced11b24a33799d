package app.candor.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs the last action it was given once the person has paused typing for a moment: a search per pause instead
 * of one per keystroke. {@link #now()} runs a waiting action at once (Enter). FX thread only.
 */
public final class Debounce {

    private final PauseTransition pause;
    private Runnable waiting;

    public Debounce(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> now());
    }

    /** Waits for a pause before running {@code action}, replacing any action still waiting. */
    public void run(Runnable action) {
        waiting = action;
        pause.playFromStart();
    }

    /** Runs the waiting action now, if there is one. */
    public void now() {
        pause.stop();
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }
}
