package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Deal;
import app.candor.domain.Stage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pipeline board kept in hand: the keyboard stays on the deal it moved, a move can be undone, a card opens. */
class PipelineEverydayTest extends UiTestBase {

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    private Deal rollout() {
        return core.deals().forProspect(core.prospects().search("Raman", 1).get(0).id()).get(0);
    }

    @Test
    void theMovedCardKeepsTheKeyboardAndUndoLeavesNoTraceInTheHistory(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Deal deal = rollout();
        robot.clickOn("#deal-card-" + deal.id());
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Scene scene = robot.lookup("#deal-card-" + deal.id()).query().getScene();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> scene.getFocusOwner() != null
                    && ("deal-card-" + deal.id()).equals(scene.getFocusOwner().getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the moved card did not get the keyboard back; it is on "
                    + scene.getFocusOwner(), e);
        }
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.deals().find(deal.id()).orElseThrow().stage()).as("the last open stage").isEqualTo(
                app.candor.domain.Stage.NEGOTIATION);
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.deals().find(deal.id()).orElseThrow().stage()).isEqualTo(app.candor.domain.Stage.PROPOSAL);
        assertThat(core.deals().stageHistory(deal.id())).hasSize(2);

        robot.clickOn("#undo-move");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.deals().find(deal.id()).orElseThrow().stage()).isEqualTo(app.candor.domain.Stage.NEGOTIATION);
        assertThat(core.deals().stageHistory(deal.id())).singleElement()
                .satisfies(c -> assertThat(c.stage()).isEqualTo(app.candor.domain.Stage.NEGOTIATION));
        assertThat(robot.lookup("#stage-negotiation").queryAs(VBox.class).lookup("#deal-card-" + deal.id())).isNotNull();
    }

    @Test
    void aDoubleClickOrEnterOpensTheDealsForm(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Deal deal = rollout();
        robot.doubleClickOn("#deal-card-" + deal.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deal-form").tryQuery()).isPresent();
        assertThat(robot.lookup("#deal-form-title").queryTextInputControl().getText()).isEqualTo(deal.title());
        // Escape leaves the form without a change.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deal-form").tryQuery()).isEmpty();
        assertThat(core.deals().find(deal.id()).orElseThrow()).isEqualTo(deal);
    }

    @Test
    void aCardDraggedOntoAnotherColumnMovesThere(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Deal deal = rollout();
        robot.drag("#deal-card-" + deal.id()).dropTo("#stage-meeting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.deals().find(deal.id()).orElseThrow().stage()).isEqualTo(app.candor.domain.Stage.MEETING);
        assertThat(robot.lookup("#stage-meeting").queryAs(VBox.class).lookup("#deal-card-" + deal.id())).isNotNull();
    }
}
