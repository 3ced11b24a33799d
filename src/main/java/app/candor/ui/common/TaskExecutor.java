package app.candor.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the FX thread and hands the result back on it. Views never block; tests use
 * {@link #currentThread()} so that work finishes before the next line.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

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
        };
    }
}
