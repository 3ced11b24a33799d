package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.ui.common.FxTaskExecutor;
import app.candor.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen with the app's real executor: database work on background threads, results back on the FX
 * thread. Each screen fills in without the test running anything on the FX thread itself.
 */
class AsyncScreensTest extends UiTestBase {

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    TaskExecutor executor() {
        return executor;
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not fill in within 10 s", e);
        }
    }

    void go(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    }

    @Test
    void everyScreenFillsInFromTheBackgroundThreads(FxRobot robot) {
        waitFor("Today's queue", () -> !queue(robot).getItems().isEmpty());

        go(robot, KeyCode.DIGIT2);
        waitFor("the prospects table", () -> robot.lookup("#prospects-count").queryAs(Label.class).getText()
                .matches("\\d+ prospects"));

        go(robot, KeyCode.DIGIT3);
        waitFor("the pipeline board", () -> robot.lookup(".deal-card").tryQuery().isPresent());

        go(robot, KeyCode.DIGIT4);
        waitFor("the reports", () -> robot.lookup(".chart").tryQuery().isPresent());

        go(robot, KeyCode.DIGIT5);
        waitFor("the script library", () -> !robot.lookup("#script-list").queryAs(ListView.class).getItems().isEmpty());

        go(robot, KeyCode.DIGIT6);
        waitFor("your name in Settings", () -> robot.lookup(".text-field").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TextField f && "Sam Carter".equals(f.getText())));

        go(robot, KeyCode.DIGIT1);
        assertThat(queue(robot).getItems()).isNotEmpty();
        executor.close();
    }
}
