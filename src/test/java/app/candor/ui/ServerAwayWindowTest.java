package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Assembly;
import app.candor.app.Wiring;
import app.candor.domain.Interaction;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import app.candor.ui.common.FxTaskExecutor;
import app.candor.ui.common.TaskExecutor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team's server that stops in the middle of the session and starts again: the quick log and the
 * deal form say so, keep what was typed, and save it by themselves once the server is back, once.
 */
class ServerAwayWindowTest extends UiTestBase {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private EmbeddedPostgres server;
    private Path data;
    private int port;

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

    @Override
    Assembly openStore(Path dir) throws Exception {
        data = dir.resolve("pg");
        server = TestServer.startOwn(data, 0);
        port = server.getPort();
        ServerAddress admin = TestServer.ownTeam(server, "window_rep", "pw");
        return Wiring.assembleOn(TeamServer.openStore(admin.as("window_rep"), "pw"), dir, clock, Locale.UK);
    }

    @Override
    @AfterEach
    void close() {
        super.close();
        try {
            server.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void waitFor(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not happen within " + seconds + " s", e);
        }
    }

    @Test
    void theQuickLogAndTheDealFormSaveByThemselvesOnceTheServerIsBack(FxRobot robot) throws Exception {
        waitFor("Today's queue", 10, () -> !queue(robot).getItems().isEmpty());
        long daniel = core.prospects().search("Okafor", 1).get(0).id();
        int before = core.interactions().timeline(daniel, 0, 100).size();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("Daniel");
        waitFor("Daniel among the matches", 10, () -> robot.lookup("#quick-log-matches")
                .queryListView().getItems().size() > 0);
        robot.type(KeyCode.ENTER);
        robot.write("He counted 14 sites and wants a quote by Friday.");
        server.close();
        robot.type(KeyCode.ENTER);
        Label problem = robot.lookup("#quick-log-problem").queryAs(Label.class);
        waitFor("the quick log saying the server is away", 10, () -> problem.getText().contains("cannot be reached"));
        assertThat(problem.getText()).contains("tries again by itself in 3 seconds");
        assertThat(robot.lookup("#quick-log-summary").queryAs(TextArea.class).getText())
                .isEqualTo("He counted 14 sites and wants a quote by Friday.");

        server = TestServer.startOwn(data, port);
        waitFor("the quick log saved by itself", 30, () -> robot.lookup("#quick-log").tryQuery().isEmpty());
        List<Interaction> timeline = core.interactions().timeline(daniel, 0, 100);
        assertThat(timeline).hasSize(before + 1);
        assertThat(timeline).filteredOn(i -> i.summary().startsWith("He counted 14 sites")).hasSize(1);

        // The deal form: the same, with the form open until its save goes through.
        var priya = queue(robot).getItems().stream().filter(e -> e.subject().prospectName().equals("Priya Raman"))
                .findFirst().orElseThrow();
        long dealId = priya.subject().dealId();
        robot.interact(() -> queue(robot).getSelectionModel().select(priya));
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("the deal's card", 10, () -> robot.lookup("#edit-deal").tryQuery().isPresent());
        robot.clickOn("#edit-deal");
        waitFor("the deal form", 10, () -> robot.lookup("#deal-form-next-step").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#deal-form-next-step").queryAs(TextField.class)
                .setText("Send the security answers by Wednesday"));
        server.close();
        robot.interact(() -> save(robot).fire());
        Label formProblem = robot.lookup("#deal-form-problem").queryAs(Label.class);
        waitFor("the deal form saying the server is away", 10, () -> formProblem.getText().contains("cannot be reached"));
        assertThat(formProblem.getText()).contains("tries again by itself");
        assertThat(robot.lookup("#deal-form-next-step").queryAs(TextField.class).getText())
                .isEqualTo("Send the security answers by Wednesday");

        server = TestServer.startOwn(data, port);
        waitFor("the deal form saved by itself", 40, () -> robot.lookup("#deal-form").tryQuery().isEmpty());
        assertThat(core.deals().find(dealId).orElseThrow().nextStep())
                .isEqualTo("Send the security answers by Wednesday");

        // The card's own small forms too: a snooze and its reason.
        waitFor("the snooze button", 10, () -> robot.lookup("#snooze").tryQuery().isPresent());
        robot.clickOn("#snooze");
        robot.clickOn("#snooze-reason").write("She is at a conference until next week");
        server.close();
        robot.clickOn("#snooze-confirm");
        Label snoozeProblem = robot.lookup("#snooze-problem").queryAs(Label.class);
        waitFor("the snooze form saying the server is away", 10,
                () -> snoozeProblem.getText().contains("tries again by itself"));
        assertThat(robot.lookup("#snooze-reason").queryAs(TextField.class).getText())
                .isEqualTo("She is at a conference until next week");

        server = TestServer.startOwn(data, port);
        waitFor("the snooze saved by itself", 40, () -> robot.lookup("#snooze-reason").tryQuery().isEmpty());
        waitFor("Priya off the queue while snoozed", 10, () -> !queueNames(robot).contains("Priya Raman"));
        executor.close();
    }

    private static javafx.scene.control.Button save(FxRobot robot) {
        return robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b && "Save".equals(b.getText())
                && b.getScene() != null && b.getScene().getRoot().lookup("#deal-form") != null).queryButton();
    }
}
