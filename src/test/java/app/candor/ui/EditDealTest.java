package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Deal;
import app.candor.domain.RuleId;
import app.candor.rules.FollowUpQueue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every field of a deal is edited where it is shown, and the alerts follow. */
class EditDealTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    @Test
    void knowingTheDecisionMakerFromTodayClearsItsAlertAndARefusalKeepsWhatWasTyped(FxRobot robot) {
        FollowUpQueue.Entry unknown = queue(robot).getItems().stream()
                .filter(e -> e.alerts().stream().anyMatch(a -> a.rule() == RuleId.UNKNOWN_DECISION_MAKER))
                .findFirst().orElseThrow();
        long dealId = unknown.subject().dealId();
        robot.interact(() -> queue(robot).getSelectionModel().select(unknown));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-deal");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            robot.lookup("#deal-form-value").queryAs(TextField.class).setText("4,500");
            robot.lookup("#deal-form-decider").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#deal-form-next-step").queryAs(TextField.class).setText("Meet their CFO on Thursday");
        });
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deal-form-problem").queryAs(Label.class).getText())
                .startsWith("'4,500' is not an amount");
        assertThat(core.deals().find(dealId).orElseThrow().decisionMakerKnown()).as("nothing saved").isFalse();

        robot.interact(() -> robot.lookup("#deal-form-value").queryAs(TextField.class).setText("4500"));
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#deal-form").tryQuery()).as("the form closed").isEmpty();
        Deal saved = core.deals().find(dealId).orElseThrow();
        assertThat(saved.decisionMakerKnown()).isTrue();
        assertThat(saved.nextStep()).isEqualTo("Meet their CFO on Thursday");
        assertThat(saved.value().amount()).isEqualByComparingTo("4500");
        assertThat(queue(robot).getItems()).noneMatch(e -> Long.valueOf(dealId).equals(e.subject().dealId())
                && e.alerts().stream().anyMatch(a -> a.rule() == RuleId.UNKNOWN_DECISION_MAKER));
    }

    @Test
    void aDealIsOpenedFromTheProspectsListAndItsStageMovesAndIsRecorded(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("Priya Raman");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("Analytics rollout · proposal · " + new app.candor.domain.Money(1_850_000, "GBP")
                .display(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#deal-form-stage").<javafx.scene.control.ComboBox<app.candor.domain.Stage>>
                query().setValue(app.candor.domain.Stage.NEGOTIATION));
        robot.clickOn(save(robot));
        WaitForAsyncUtils.waitForFxEvents();

        long priya = core.prospects().search("Priya", 1).get(0).id();
        Deal deal = core.deals().forProspect(priya).get(0);
        assertThat(deal.stage()).isEqualTo(app.candor.domain.Stage.NEGOTIATION);
        assertThat(core.deals().stageHistory(deal.id())).last().satisfies(change ->
                assertThat(change.stage()).isEqualTo(app.candor.domain.Stage.NEGOTIATION));
        assertThat(robot.lookup("#prospects-status").queryAs(Label.class).getText())
                .contains("stage: proposal -> negotiation");
    }

    @Test
    void afterISentItTheCheckInOfferStaysWithThatDealWhileTheQueueMovesOn(FxRobot robot) {
        FollowUpQueue.Entry marcus = queue(robot).getItems().stream()
                .filter(e -> e.subject().prospectName().equals("Marcus Bell")).findFirst().orElseThrow();
        long dealId = marcus.subject().dealId();
        robot.interact(() -> queue(robot).getSelectionModel().select(marcus));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#i-sent-it");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#check-in-form").tryQuery()).as("the offer is open").isPresent();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .contains("Marcus Bell");
        // Meanwhile the user looks at someone else.
        robot.interact(() -> queue(robot).getSelectionModel().select(queue(robot).getItems().stream()
                .filter(e -> !e.subject().prospectName().equals("Marcus Bell")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        java.time.LocalDate day = java.time.LocalDate.now(clock).plusDays(9);
        robot.interact(() -> robot.lookup("#check-in-date").<javafx.scene.control.DatePicker>query().setValue(day));
        robot.clickOn("#check-in-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#check-in-form").tryQuery()).isEmpty();
        assertThat(core.deals().find(dealId).orElseThrow().agreedCheckIn()).isEqualTo(day);
    }

    private static Button save(FxRobot robot) {
        return robot.lookup(".button").match(n -> n instanceof Button b && "Save".equals(b.getText())
                && b.getScene() != null && b.getScene().getRoot().lookup("#deal-form") != null).queryButton();
    }
}
