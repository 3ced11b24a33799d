package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** The window on an empty database: an honest empty state with the ways to begin. */
class FirstRunTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return false;
    }

    @Test
    void firstRunSaysWhatCandorDoesAndOffersToStart(FxRobot robot) {
        Node firstRun = robot.lookup("#first-run").query();
        assertThat(shownInScene(firstRun)).isTrue();
        assertThat(shownInScene(robot.lookup("#queue").query())).isFalse();
        robot.clickOn("#first-run-sample");
        assertThat(hostCalls).containsExactly("sample");
        robot.clickOn("#first-run-add");
        assertThat(robot.lookup("#prospect-name").tryQuery()).isPresent();
    }

    @Test
    void addingTheFirstProspectLeavesTheEmptyState(FxRobot robot) {
        robot.clickOn("#first-run-add");
        robot.clickOn("#prospect-name").write("Ada Lovelace");
        robot.clickOn("#prospect-email").write("ada@example.com");
        robot.clickOn("#save-prospect");
        assertThat(core.prospects().count()).isEqualTo(1);
        robot.clickOn("#nav-today");
        assertThat(shownInScene(robot.lookup("#first-run").query())).isFalse();
        assertThat(shownInScene(robot.lookup("#queue").query())).isTrue();
    }

}
