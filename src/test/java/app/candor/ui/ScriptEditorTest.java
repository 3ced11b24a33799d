package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The script editor opens on a built-in's copy and on one's own scripts, and its live pressure check names the kind. */
class ScriptEditorTest extends UiTestBase {

    private final app.candor.ui.common.FxTaskExecutor executor = new app.candor.ui.common.FxTaskExecutor();

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return false;
    }

    /** The window's own executor: database work on its thread, answers on the FX thread, as in the app. */
    @Override
    app.candor.ui.common.TaskExecutor executor() {
        return executor;
    }

    private static void settle() {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void duplicatingABuiltInOpensItsCopyAndEditingAnotherOwnScriptOpensTheEditorAgain(FxRobot robot) {
        robot.clickOn("#nav-scripts");
        settle();
        ListView<?> list = robot.lookup("#script-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#edit-script");
        settle();
        assertThat(robot.lookup("#script-phone").tryQuery()).as("the editor is open on the copy").isPresent();

        robot.interact(() -> robot.lookup("#script-phone").queryAs(TextArea.class)
                .setText("Hi, I know you're busy, but this price is only good until Friday."));
        WaitForAsyncUtils.waitForFxEvents();
        String pressure = robot.lookup("#script-pressure").queryAs(Label.class).getText();
        assertThat(pressure).contains("Assuming they are busy").contains("False urgency").contains("Instead");

        // Choosing another script leaves the editor; choosing the copy again and Edit opens it again.
        robot.interact(() -> list.getSelectionModel().select(1));
        settle();
        assertThat(robot.lookup("#script-phone").tryQuery()).as("choosing another script shows it").isEmpty();
        int copy = list.getItems().size() - 1;
        robot.interact(() -> list.getSelectionModel().select(copy));
        settle();
        robot.clickOn("#edit-script");
        settle();
        assertThat(robot.lookup("#script-phone").tryQuery()).as("Edit opens the editor again").isPresent();
    }
}
