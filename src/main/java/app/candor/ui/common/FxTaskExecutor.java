package app.candor.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One background thread for database work (SQLite serialises writes anyway); results return on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "candor-db");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Background work failed", e);
                Throwable forPeople = app.candor.followup.Failures.forPeople(e);
                Platform.runLater(() -> onFailure.accept(forPeople));
            }
        });
    }

    private final ExecutorService longWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "candor-long");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Cancellable runLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        java.util.concurrent.Future<?> running = longWorker.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Long background work failed or was cancelled", e);
                Throwable forPeople = app.candor.followup.Failures.forPeople(e);
                Platform.runLater(() -> onFailure.accept(forPeople));
            }
        });
        return () -> running.cancel(true);
    }

    @Override
    public void close() {
        worker.shutdown();
        longWorker.shutdown();
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
