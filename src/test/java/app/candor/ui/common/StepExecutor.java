package app.candor.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * For tests: work runs at once on the calling thread; what is asked to run later waits until the test says its time
 * has come ({@link #runDue}), so a test of trying again needs no real waits.
 */
public final class StepExecutor implements TaskExecutor {

    private final TaskExecutor now = TaskExecutor.currentThread();
    private final List<Duration> asked = new ArrayList<>();
    private final List<Waiting> waiting = new ArrayList<>();

    private static final class Waiting {
        final Runnable action;
        boolean cancelled;

        Waiting(Runnable action) {
            this.action = action;
        }
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        now.run(work, onSuccess, onFailure);
    }

    @Override
    public Cancellable later(Duration delay, Runnable action) {
        asked.add(delay);
        Waiting w = new Waiting(action);
        waiting.add(w);
        return () -> w.cancelled = true;
    }

    /** Every wait asked for so far, in order. */
    public List<Duration> waitsAsked() {
        return List.copyOf(asked);
    }

    /** How many actions wait for their time, not cancelled. */
    public long waiting() {
        return waiting.stream().filter(w -> !w.cancelled).count();
    }

    /** Runs the actions waiting now (as if their time had come), not those they ask for in turn. */
    public void runDue() {
        List<Waiting> due = List.copyOf(waiting);
        waiting.clear();
        for (Waiting w : due) {
            if (!w.cancelled) {
                w.action.run();
            }
        }
    }
}
