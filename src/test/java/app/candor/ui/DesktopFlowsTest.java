package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Alert;
import app.candor.domain.Interaction;
import app.candor.domain.RuleId;
import app.candor.rules.FollowUpQueue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flows of the desktop app on the demo data. */
class DesktopFlowsTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    @Test
    void loggingACallFromTodayTakesTheAlertOffTheQueueAndAddsItToTheTimeline(FxRobot robot) {
        assertThat(queueRules(robot, "Daniel Okafor")).contains(RuleId.QUIET_AFTER_PROMISE);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("Daniel");
        robot.type(KeyCode.ENTER);
        robot.write("He counted 14 sites and wants a quote by Friday.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(queueRules(robot, "Daniel Okafor")).doesNotContain(RuleId.QUIET_AFTER_PROMISE);
        long daniel = core.prospects().search("Okafor", 1).get(0).id();
        List<Interaction> timeline = core.interactions().timeline(daniel, 0, 5);
        assertThat(timeline.get(0).summary()).isEqualTo("He counted 14 sites and wants a quote by Friday.");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("Daniel Okafor");
        ListView<app.candor.ui.prospects.ProspectsViewModel.TimelineRow> shown = robot.lookup("#timeline").queryListView();
        assertThat(shown.getItems().get(0).interaction().summary()).isEqualTo("He counted 14 sites and wants a quote by Friday.");
    }

    @Test
    void copyPutsTheRenderedScriptWithNoPlaceholderOnTheClipboard(FxRobot robot) {
        robot.clickOn("Marcus Bell · Bellweather Logistics");
        robot.clickOn("#copy");
        String copied = clipboardText(robot);
        assertThat(copied).startsWith("Hi Marcus,").contains("Sam Carter").doesNotContain("{").doesNotContain("}")
                .doesNotContain("null");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(clipboardText(robot)).isEqualTo(copied);
    }

    @Test
    void snoozeRefusesAnEmptyReasonAndHidesTheDealWithOne(FxRobot robot) {
        robot.clickOn("Priya Raman · Northwind Analytics");
        robot.clickOn("#snooze");
        robot.clickOn("#snooze-confirm");
        assertThat(robot.lookup("#snooze-problem").queryAs(Label.class).getText()).contains("reason is required");
        assertThat(queueNames(robot)).contains("Priya Raman");

        robot.clickOn("#snooze-reason").write("She is at a conference until next week");
        robot.clickOn("#snooze-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queueNames(robot)).doesNotContain("Priya Raman");
    }

    @Test
    void quickLogWorksWithTheKeyboardAlone(FxRobot robot) {
        assertThat(queueRules(robot, "Hannah Weiss")).contains(RuleId.UNANSWERED_ATTEMPTS);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("lumen");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.write("She called back: spring is quieter, talk again in March.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quick-log").tryQuery()).isEmpty();
        assertThat(queueRules(robot, "Hannah Weiss")).doesNotContain(RuleId.UNANSWERED_ATTEMPTS);
        long hannah = core.prospects().search("Hannah", 1).get(0).id();
        assertThat(core.interactions().timeline(hannah, 0, 1).get(0).summary())
                .isEqualTo("She called back: spring is quieter, talk again in March.");
    }

    @Test
    void demoDataShowsEveryRule(FxRobot robot) {
        robot.clickOn("#show-all");
        WaitForAsyncUtils.waitForFxEvents();
        Set<RuleId> seen = EnumSet.noneOf(RuleId.class);
        for (FollowUpQueue.Entry e : queue(robot).getItems()) {
            e.alerts().stream().map(Alert::rule).forEach(seen::add);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(Arrays.asList(RuleId.values()));
    }

    @Test
    void pressureCheckMarksPhrasesLiveAsTheUserEdits(FxRobot robot) {
        robot.clickOn("Marcus Bell · Bellweather Logistics");
        assertThat(robot.lookup("#pressure-ok").tryQuery()).isPresent();
        javafx.scene.control.TextArea draft = robot.lookup("#draft").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> {
            draft.requestFocus();
            draft.end();
        });
        robot.write(" Just checking in, this offer expires Friday.");
        assertThat(draft.getText()).endsWith("this offer expires Friday.");
        assertThat(robot.lookup(".pressure-finding").queryAll()).hasSize(2);
    }


    @Test
    void settingsWriteRulesJsonAndBackupsCanBeMadeAndRestored(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#rule-no-next-step").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        robot.interact(() -> robot.lookup("#save-settings").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String rules = java.nio.file.Files.readString(dir.resolve("rules.json"));
        assertThat(new app.candor.rules.RuleSetLoader().parse(rules).rules().rule(RuleId.NO_NEXT_STEP).enabled()).isFalse();
        assertThat(hostCalls).contains("reload Settings");

        if (store() == app.candor.app.Stores.TEAM_SERVER) {
            assertThat(robot.lookup("#team-backups").queryAs(Label.class).getText())
                    .contains("The server's administrator backs it up");
            assertThat(robot.lookup("#backup-now").tryQuery()).isEmpty();
            return;
        }
        robot.interact(() -> robot.lookup("#backup-now").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<java.nio.file.Path> backups = robot.lookup("#backup-list").queryListView();
        assertThat(backups.getItems()).hasSize(1);
        robot.interact(() -> backups.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#restore-backup").queryButton().fire());
        robot.interact(() -> robot.lookup("Restore " + backups.getItems().get(0).getFileName()).queryButton().fire());
        assertThat(hostCalls).contains("restore " + backups.getItems().get(0).getFileName());
    }

    @Test
    void iSentItRemembersTheScriptAndReportsChartItAndSaveAsPngAndCsv(FxRobot robot) throws Exception {
        robot.clickOn("Marcus Bell · Bellweather Logistics");
        javafx.scene.control.ComboBox<app.candor.domain.Script> scripts = robot.lookup("#script-choice").query();
        robot.interact(() -> scripts.setValue(scripts.getItems().stream()
                .filter(s -> s.id().equals("summarize-what-changed")).findFirst().orElseThrow()));
        robot.clickOn("#variant-email");
        robot.clickOn("#i-sent-it");
        assertThat(core.interactions().timeline(core.prospects().search("Marcus", 1).get(0).id(), 0, 1).get(0)
                .scriptId()).isEqualTo("summarize-what-changed");
        // "I sent it" offers to agree a check-in; not this time.
        robot.clickOn("Not now");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        app.candor.ui.reports.ReportsView reports = robot.lookup("#reports-view")
                .queryAs(app.candor.ui.reports.ReportsView.class);
        var replyChart = reports.replyChart();
        // The demo's email to Marcus (answered by his call) and this one (not yet): two sent, one reply.
        assertThat(replyChart.getData()).extracting(javafx.scene.chart.XYChart.Series::getName)
                .containsExactly("Sent", "Replies");
        // Bars run across, each named down the side in full.
        String category = "Where we left off, and what has changed (email)";
        assertThat(replyChart.getData().get(0).getData()).filteredOn(d -> d.getYValue().equals(category))
                .singleElement().satisfies(d -> assertThat(d.getXValue().intValue()).isEqualTo(2));
        assertThat(replyChart.getData().get(1).getData()).filteredOn(d -> d.getYValue().equals(category))
                .singleElement().satisfies(d -> assertThat(d.getXValue().intValue()).isEqualTo(1));
        assertThat(robot.lookup(".report-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("1 of 2 replied; too few sends to say"))
                .anySatisfy(t -> assertThat(t).contains("Tom Alvarez, Online shop integration"));

        java.nio.file.Path png = dir.resolve("reply-rates.png");
        java.nio.file.Path csv = dir.resolve("reply-rates.csv");
        robot.interact(() -> reports.savePng(app.candor.insights.Report.REPLY_RATES, png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
        robot.interact(() -> reports.saveCsv(app.candor.insights.Report.REPLY_RATES, csv));
        assertThat(robot.lookup("#reports-status").queryAs(Label.class).getText()).isEqualTo("Saved reply-rates.csv.");
        assertThat(java.nio.file.Files.readAllLines(csv)).first().asString().startsWith("Script,Channel,Sent,Replies");
        assertThat(java.nio.file.Files.readString(csv)).contains("\"Where we left off, and what has changed\",email,2,1,");
    }

    @Test
    void reportsSayWhenTheRangeIsBackwardAndFollowTheRangeChosen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        javafx.scene.control.DatePicker from = robot.lookup("#reports-from").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker to = robot.lookup("#reports-to").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(from.getValue()).isEqualTo(java.time.LocalDate.parse("2026-09-07"));
        assertThat(to.getValue()).isEqualTo(java.time.LocalDate.parse("2026-11-23"));
        app.candor.ui.reports.ReportsView reports = robot.lookup("#reports-view")
                .queryAs(app.candor.ui.reports.ReportsView.class);
        var lost = reports.chart(app.candor.insights.Report.LOSSES).getData().get(0).getData();
        assertThat(lost).filteredOn(d -> d.getXValue().equals("negotiation"))
                .singleElement().satisfies(d -> assertThat(d.getYValue().intValue()).isEqualTo(1));

        robot.interact(() -> to.setValue(java.time.LocalDate.parse("2026-09-01")));
        assertThat(robot.lookup("#reports-status").queryAs(Label.class).getText()).contains("ends before it starts");

        // Tom's deal was lost on 18 November: a range that ends before it has no losses.
        robot.interact(() -> {
            from.setValue(java.time.LocalDate.parse("2026-10-01"));
            to.setValue(java.time.LocalDate.parse("2026-11-10"));
        });
        assertThat(reports.chart(app.candor.insights.Report.LOSSES).getData().get(0).getData())
                .allSatisfy(d -> assertThat(d.getYValue().intValue()).isZero());
    }

    @Test
    void aDealMovesStageFromTheKeyboardAndTheMoveIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        app.candor.domain.Deal rollout = core.deals().forProspect(core.prospects().search("Raman", 1).get(0).id()).get(0);
        assertThat(rollout.stage()).isEqualTo(app.candor.domain.Stage.PROPOSAL);
        robot.clickOn("#deal-card-" + rollout.id());
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);

        assertThat(core.deals().find(rollout.id()).orElseThrow().stage()).isEqualTo(app.candor.domain.Stage.NEGOTIATION);
        assertThat(core.deals().stageHistory(rollout.id())).singleElement().satisfies(c -> {
            assertThat(c.previous()).isEqualTo(app.candor.domain.Stage.PROPOSAL);
            assertThat(c.changedAt()).isEqualTo(clock.instant());
        });
        assertThat(robot.lookup("#stage-negotiation").queryAs(javafx.scene.layout.VBox.class).lookup("#deal-card-"
                + rollout.id())).isNotNull();
        assertThat(robot.lookup("#pipeline-status").queryAs(Label.class).getText())
                .isEqualTo("Moved \"Analytics rollout\" to negotiation.");
    }

    @Test
    void quickLogWithoutAProspectStaysOpenAndSaysWhy(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.clickOn("#quick-log-summary").write("Talked about nothing in particular");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#quick-log").tryQuery()).isPresent();
        assertThat(robot.lookup("#quick-log-problem").queryAs(Label.class).getText()).contains("Choose who");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#quick-log").tryQuery()).isEmpty();
    }
}
