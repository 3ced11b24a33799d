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
    void addingTheFirstProspectLeavesTheEmptyState(FxRobot robot) throws Exception {
        robot.clickOn("#first-run-add");
        // The form takes the focus by itself, so what is typed at once lands in the name (see also
        // theFormsNameGetsTheFocusEvenWhenTheScreenIsLaidOutAfterTheRequest); a form that never takes it fails here.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () ->
                robot.lookup("#prospect-name").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("Ada Lovelace");
        assertThat(robot.lookup("#prospect-name").queryTextInputControl().getText()).isEqualTo("Ada Lovelace");
        robot.clickOn("#prospect-email").write("ada@example.com");
        robot.clickOn("#save-prospect");
        assertThat(core.prospects().count()).isEqualTo(1);
        robot.clickOn("#nav-today");
        assertThat(shownInScene(robot.lookup("#first-run").query())).isFalse();
        assertThat(shownInScene(robot.lookup("#queue").query())).isTrue();
    }


    /**
     * Add a prospect before the Prospects screen was ever shown: its form joins the scene only when the next pulse
     * lays the new screen out, and the name must get the focus all the same (it went to a button of the bar). The
     * window is hidden while the button fires, so no pulse comes between the press and the focus request.
     */
    @Test
    void theFormsNameGetsTheFocusEvenWhenTheScreenIsLaidOutAfterTheRequest(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            ((javafx.scene.control.Button) window.lookup("#first-run-add")).fire();
        });
        robot.interact(stage::show);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node name = robot.lookup("#prospect-name").query();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(name);
        robot.write("Grace Hopper");
        assertThat(robot.lookup("#prospect-name").queryTextInputControl().getText()).isEqualTo("Grace Hopper");
    }

    /** On an empty file the first thing to do has the focus: Enter opens the form, and typing fills in the name. */
    @Test
    void enterOnTheEmptyStateStartsTheFirstProspect(FxRobot robot) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#first-run-add").query().isFocused());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () ->
                robot.lookup("#prospect-name").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("Grace Hopper");
        assertThat(robot.lookup("#prospect-name").queryTextInputControl().getText()).isEqualTo("Grace Hopper");
    }

    @Test
    void importingACsvShowsTheMappingAndProblemsThenImportsTheValidRows(FxRobot robot) throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("contacts.csv"),
                "name,email,company,notes\nAda Lovelace,ada@example.com,Engines,Met at the fair\n,nobody@example.com,,\n");
        robot.interact(() -> window.previewImport(csv));
        assertThat(robot.lookup("#import-kind").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Candor prospects file, 2 rows");
        javafx.scene.control.ListView<String> problems = robot.lookup("#import-problems").queryListView();
        assertThat(problems.getItems()).containsExactly("line 3: a name is required");
        robot.clickOn("#import-run");
        assertThat(core.prospects().count()).isZero();
        assertThat(robot.lookup("#import-status").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Nothing was imported");
        robot.clickOn("#import-valid-only");
        robot.clickOn("#import-run");
        assertThat(core.prospects().count()).isEqualTo(1);
        assertThat(robot.lookup("#import-status").queryAs(javafx.scene.control.Label.class).getText())
                .contains("1 added");
    }
}
