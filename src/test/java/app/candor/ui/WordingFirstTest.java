package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wording is the point: the draft, its pressure marks and Copy are on screen without scrolling. */
class WordingFirstTest extends UiTestBase {

    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    @Test
    void theDraftItsMarksAndCopyAreInViewAt1280By800And1024By700(FxRobot robot) {
        for (double[] size : new double[][] {{1280, 800}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.clickOn("Marcus Bell · Bellweather Logistics");
            WaitForAsyncUtils.waitForFxEvents();
            String where = (int) size[0] + "x" + (int) size[1];
            for (String id : new String[] {"#draft", "#pressure-ok", "#copy", "#i-sent-it", "#script-choice"}) {
                Node node = robot.lookup(id).query();
                Bounds b = node.localToScene(node.getBoundsInLocal());
                assertThat(shownInScene(node)).as(id + " at " + where).isTrue();
                assertThat(b.getMinY()).as(id + " top at " + where).isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxY()).as(id + " bottom at " + where).isLessThanOrEqualTo(node.getScene().getHeight());
                assertThat(b.getMaxX()).as(id + " right at " + where).isLessThanOrEqualTo(node.getScene().getWidth());
            }
            Node draft = robot.lookup("#draft").query();
            assertThat(draft.getBoundsInLocal().getHeight()).as("the draft is a real text area at " + where)
                    .isGreaterThanOrEqualTo(110);
        }
    }

    @Test
    void someoneWhoHasGoneQuietOpensOnThePhoneWordingWithTheReason(FxRobot robot) {
        robot.clickOn("Daniel Okafor · Okafor & Sons Builders");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#variant-phone").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#opening-reason").queryAs(javafx.scene.control.Label.class).getText())
                .contains("gone quiet");
    }
}
