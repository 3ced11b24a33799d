package app.candor.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database work off the FX thread on two lanes: quick work (what a keystroke or a click asks for) on one thread,
 * long work (an import) on another, so the first never waits behind the second; results return on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService worker = lane("candor-db");
    private final ExecutorService longWorker = lane("candor-long");
    private final java.util.concurrent.ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "candor-later");
                t.setDaemon(true);
                return t;
            });

    /** One daemon thread, so an open window never keeps the JVM alive by itself. */
    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            // The window is closing: a screen still answering an earlier result asks for more; there is no one to show it to.
            LOG.debug("Closing: work asked for after close is not started");
            return;
        }
        worker.execute(task(work, onSuccess, onFailure));
    }

    @Override
    public <T> Cancellable runLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        java.util.concurrent.Future<?> running = longWorker.submit(task(work, onSuccess, onFailure));
        return () -> running.cancel(true);
    }

    @Override
    public Cancellable later(java.time.Duration delay, Runnable action) {
        java.util.concurrent.Future<?> waiting = timer.schedule(() -> Platform.runLater(action), delay.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        return () -> waiting.cancel(false);
    }

    /** The work on its thread; its result, or its failure in plain words, handed back on the FX thread. */
    private static <T> Runnable task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Background work failed or was cancelled", e);
                Throwable forPeople = app.candor.followup.Failures.forPeople(e);
                Platform.runLater(() -> onFailure.accept(forPeople));
            }
        };
    }

    @Override
    public void close() {
        worker.shutdown();
        longWorker.shutdown();
        timer.shutdownNow();
    }

    @Override
    public void awaitIdle() {
        try {
            if (!worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)
                    || !longWorker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Database work still running after 30 s at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
