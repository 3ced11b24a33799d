package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.sample.DemoData;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.shell.MainWindow;
import app.candor.ui.today.TodayViewModel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * At start-up the Today queue is read while the toolkit starts and handed to the window, which shows it in its
 * first frame without asking the database again. Here the window's executor never runs anything, so the queue can
 * only come from the snapshot.
 */
class FirstQueueTest extends UiTestBase {

    private final List<String> askedFor = new ArrayList<>();
    private TodayViewModel.Snapshot snapshot;

    @Override
    boolean withDemoData() {
        return true;
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("candor-ui");
        core = Wiring.assemble(dir.resolve("candor.db"), dir, clock, Locale.UK);
        new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
        snapshot = TodayViewModel.Snapshot.read(core.followUps(), app.candor.app.Wiring.services(core, dir).prospects(), false);
        TaskExecutor never = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                askedFor.add(work.toString());
            }

            @Override
            public Cancellable later(java.time.Duration delay, Runnable action) {
                askedFor.add("later " + delay);
                return () -> { };
            }
        };
        Theme.LIGHT.apply();
        window = new MainWindow(app.candor.app.Wiring.services(core, dir), never, ClipboardService.system(), (to, subject, body) -> { }, recordingHost(),
                snapshot);
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Test
    void theFirstFrameShowsTheQueueReadAtStartUp(FxRobot robot) {
        ListView<app.candor.rules.FollowUpQueue.Entry> queue = queue(robot);
        assertThat(snapshot.queue().visible()).isNotEmpty();
        assertThat(queue.getItems()).containsExactlyElementsOf(snapshot.queue().visible());
        assertThat(robot.lookup("#today-busy").query().isVisible()).as("Today is not loading").isFalse();
    }
}
