package app.candor.ui.common;

import app.candor.domain.Unreachable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A save the store could not take because it could not be reached (a team's server restarting, the network down),
 * tried again by itself while what the person typed stays on the form: after 3 seconds, then 5, 10, 20 and every 30
 * seconds from then on. Save pressed meanwhile tries at once; saving, a refusal of another kind, or closing the form
 * ends the tries. Runs on the FX thread, as the forms do.
 */
public final class Retry {

    static final List<Duration> WAITS = List.of(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(20), Duration.ofSeconds(30));

    private final BiFunction<Duration, Runnable, TaskExecutor.Cancellable> timer;
    private TaskExecutor.Cancellable pending;
    private long generation;
    private int tries;

    /** Tries again through {@code timer}, which runs an action on the FX thread after a wait. */
    public Retry(BiFunction<Duration, Runnable, TaskExecutor.Cancellable> timer) {
        this.timer = timer;
    }

    /**
     * After a save failed: when the store could not be reached, {@code again} runs after the next wait and the words
     * saying so are returned, to show beside the failure; otherwise empty, and no more tries.
     */
    public Optional<String> after(Throwable failure, Runnable again) {
        cancelPending();
        if (!(failure instanceof Unreachable)) {
            tries = 0;
            return Optional.empty();
        }
        Duration wait = WAITS.get(Math.min(tries, WAITS.size() - 1));
        tries++;
        long mine = generation;
        pending = timer.apply(wait, () -> {
            // A wait that was cancelled after its time came does nothing.
            if (mine == generation) {
                pending = null;
                again.run();
            }
        });
        return Optional.of(Messages.text("retry.soon", wait.toSeconds()));
    }

    /** Tries again on the FX thread's own timer (a form's dialog or pane). */
    public static Retry onFx() {
        return new Retry((wait, action) -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        });
    }

    /** A save is starting (Save pressed, or a try come due): the waiting try is no longer needed. */
    public void hold() {
        cancelPending();
    }

    /** Saved, refused for good, or the form closed: no more tries. */
    public void stop() {
        cancelPending();
        tries = 0;
    }

    /** Whether a try is waiting for its time. */
    public boolean waiting() {
        return pending != null;
    }

    private void cancelPending() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
