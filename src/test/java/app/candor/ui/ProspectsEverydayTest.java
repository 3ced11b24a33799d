package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Prospect;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Prospects screen in everyday use: the keyboard from the search, counts, and one person one prospect. */
class ProspectsEverydayTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return true;
    }

    private String count(FxRobot robot) {
        return robot.lookup("#prospects-count").queryAs(Label.class).getText();
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#prospect-search").queryTextInputControl().setText(text));
        robot.clickOn("#prospect-search").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    @Test
    void aLongTimelineEntryGetsAllItsLinesAndNeverRunsIntoTheNext(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        search(robot, "Priya");
        TableView<Prospect> table = robot.lookup("#prospect-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> timeline = robot.lookup("#timeline").queryListView();
        // Narrow enough that entries wrap onto several lines.
        robot.interact(() -> timeline.getScene().getWindow().setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<javafx.scene.control.ListCell<?>> cells = robot.lookup("#timeline .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .<javafx.scene.control.ListCell<?>>map(c -> c)
                .filter(c -> c.isVisible() && c.getGraphic() instanceof Label).toList();
        assertThat(cells).as("timeline entries shown").hasSizeGreaterThanOrEqualTo(3);
        assertThat(cells).anySatisfy(c -> assertThat(((Label) c.getGraphic()).getText()).contains("Walked through"));
        for (javafx.scene.control.ListCell<?> cell : cells) {
            Label entry = (Label) cell.getGraphic();
            double needed = entry.prefHeight(entry.getWidth());
            assertThat(entry.getHeight()).as("%s", entry.getText()).isGreaterThanOrEqualTo(needed - 0.5);
            assertThat(cell.getHeight()).as("%s", entry.getText()).isGreaterThanOrEqualTo(needed - 0.5);
        }
    }

    @Test
    void downFromTheSearchSelectsTheFirstResultAndTheKeyboardGoesOn(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("#prospect-search").write("okafor");
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Prospect> table = robot.lookup("#prospect-table").queryTableView();
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Daniel Okafor");
        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aPendingDeleteNeverMakesACountNegative(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("Tom Alvarez");
        robot.clickOn("#delete-prospect");
        robot.clickOn("#confirm-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("8 prospects");

        search(robot, "nobody-matches-this");
        assertThat(count(robot)).isEqualTo("0 prospects");
        search(robot, "tom");
        assertThat(count(robot)).isEqualTo("0 prospects");
        search(robot, "");
        assertThat(count(robot)).isEqualTo("8 prospects");
    }

    @Test
    void anAddressAnotherProspectHasIsRefusedAndThatProspectOffered(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("#new-prospect");
        fill(robot, "#prospect-name", "Priya R.");
        fill(robot, "#prospect-email", "PRIYA.RAMAN@northwind.example");
        robot.clickOn("#save-prospect");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#prospect-problem").queryAs(Label.class).getText())
                .isEqualTo("Priya Raman already has the address PRIYA.RAMAN@northwind.example: one person, one prospect.");
        assertThat(core.prospects().count()).isEqualTo(9);
        robot.clickOn("#open-existing-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prospect-card-name").queryAs(Label.class).getText()).isEqualTo("Priya Raman");
    }

    @Test
    void otherEmailsAreEditedOnTheFormAndAnotherProspectsAddressIsRefused(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("Priya Raman");
        robot.clickOn("#edit-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#prospect-other-emails", "m.bell@bellweather.example");
        robot.clickOn("#save-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prospect-problem").queryAs(Label.class).getText())
                .isEqualTo("Marcus Bell already has the address m.bell@bellweather.example: one person, one prospect.");

        fill(robot, "#prospect-other-emails", "Priya@Home.example, p.raman@northwind.example");
        robot.clickOn("#save-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        long priya = core.prospects().findByEmail("priya.raman@northwind.example").orElseThrow().id();
        assertThat(core.prospects().otherAddresses(priya)).containsExactly("priya@home.example",
                "p.raman@northwind.example");
        robot.clickOn("#edit-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prospect-other-emails").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("priya@home.example, p.raman@northwind.example");
    }

    @Test
    void aSecondProspectOfTheSameNameIsAddedOnlyWhenAskedTwice(FxRobot robot) {
        robot.clickOn("#nav-prospects");
        robot.clickOn("#new-prospect");
        fill(robot, "#prospect-name", "Marcus Bell");
        robot.clickOn("#save-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prospect-problem").queryAs(Label.class).getText())
                .startsWith("There is already a prospect called Marcus Bell at Bellweather Logistics.");
        assertThat(core.prospects().count()).isEqualTo(9);

        robot.clickOn("#save-prospect");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(core.prospects().count()).isEqualTo(10);
    }
}
