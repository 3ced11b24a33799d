package app.candor.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the FX thread and hands the result back on it. Views never block; tests use
 * {@link #currentThread()} so that work finishes before the next line.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work that may take long, such as an import, and that the person may cancel. */
    interface Cancellable {
        /** Asks the work to stop; work that checks stops at its next step and keeps nothing half-done. */
        void cancel();
    }

    /**
     * Runs long work (an import, an export, a backup) apart from the quick work every keystroke asks for, so a
     * search never waits behind it; returns a handle to cancel it. By default, on the same lane as the rest.
     */
    default <T> Cancellable runLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
        return () -> { };
    }

    /**
     * Runs {@code action} on the FX thread after {@code delay} (a save tried again while the team's server is away);
     * the returned handle cancels it if it has not run yet.
     */
    Cancellable later(java.time.Duration delay, Runnable action);

    @Override
    default void close() {
    }

    /** After {@link #close}: waits for the work already handed over to finish. */
    default void awaitIdle() {
    }

    /** Runs everything at once on the calling thread, for tests. */
    static TaskExecutor currentThread() {
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(app.candor.followup.Failures.forPeople(e));
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public Cancellable later(java.time.Duration delay, Runnable action) {
                throw new UnsupportedOperationException("Nothing runs later on the calling thread; tests that try a"
                        + " save again use a test executor that runs what is due when told to");
            }
        };
    }
}
