package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.ui.common.UncaughtFailures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nobody expected, on a worker or on the FX thread, reaches the person in plain words. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailuresTest {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.getDefaultUncaughtExceptionHandler();
        UncaughtFailures.install(text -> {
            // Which thread first: the test waits on the text, then reads this.
            onFxThread.add(Platform.isFxApplicationThread());
            shown.add(text);
        });
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void aFailureOnAWorkerIsShownOnTheFxThreadInPlainWords() throws Exception {
        Thread worker = new Thread(() -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        }, "candor-db");
        worker.start();
        worker.join(5000);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown.isEmpty());
        assertThat(shown.get(0)).contains("this is a bug").contains("candor.log").doesNotContain("NullPointer");
        assertThat(onFxThread).containsOnly(true);
    }
}
