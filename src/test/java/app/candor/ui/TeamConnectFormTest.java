package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File, Connect to a team server: the form says why a connection was refused and keeps what was typed. */
class TeamConnectFormTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    @Test
    void aRefusedConnectionStaysOnTheFormWithEverythingTypedAndTheRightPasswordConnects(FxRobot robot) {
        robot.clickOn("File").clickOn("#menu-team");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#team-address").write("postgresql://ana@crm.example.com/sales");
        robot.clickOn("#team-password").write("wrong");
        robot.clickOn("#team-remember");
        robot.clickOn("Connect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hostCalls).contains("connect postgresql://ana@crm.example.com/sales wrong true");
        assertThat(robot.lookup("#team-connect-problem").queryAs(Label.class).getText())
                .contains("the password is wrong");
        assertThat(robot.lookup("#team-address").queryTextInputControl().getText())
                .isEqualTo("postgresql://ana@crm.example.com/sales");
        assertThat(robot.lookup("#team-remember").queryAs(javafx.scene.control.CheckBox.class).getText())
                .isEqualTo("Remember the password in the test keyring");

        robot.doubleClickOn("#team-password").eraseText(5).write("right");
        robot.clickOn("Connect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hostCalls).contains("connect postgresql://ana@crm.example.com/sales right true");
        assertThat(robot.lookup("#team-connect").tryQuery()).as("the form closed once connected").isEmpty();
    }
}
