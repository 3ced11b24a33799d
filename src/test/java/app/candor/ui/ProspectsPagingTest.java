package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Prospect;
import app.candor.sample.SyntheticData;
import java.util.HashSet;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Prospects table holds a page of results and loads the next as it nears the end, by scrolling or keyboard. */
class ProspectsPagingTest extends UiTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return false;
    }

    @Test
    void theTableLoadsMoreAsItScrollsAndSaysHowManyThereAre(FxRobot robot) {
        new SyntheticData(clock).generate(core.bulk(), 450, 0, 7);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<Prospect> table = robot.lookup("#prospect-table").queryTableView();
        Label count = robot.lookup("#prospects-count").queryAs(Label.class);
        assertThat(table.getItems()).hasSize(200);
        assertThat(count.getText()).isEqualTo("200 of 450 shown; more load as you scroll");

        robot.interact(() -> table.scrollTo(199));
        assertThat(table.getItems()).hasSize(400);
        // By keyboard: End selects the last row loaded, which asks for the rest.
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.type(KeyCode.END);
        assertThat(table.getItems()).hasSize(450);
        assertThat(count.getText()).isEqualTo("450 prospects");

        List<String> names = table.getItems().stream().map(p -> p.name().toLowerCase()).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(new HashSet<>(table.getItems().stream().map(Prospect::id).toList())).hasSize(450);
        assertThat(core.prospects().count()).isEqualTo(450);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 5 s", e);
        }
    }

    @Test
    void aSearchSaysHowManyMatch(FxRobot robot) {
        new SyntheticData(clock).generate(core.bulk(), 450, 0, 7);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        int matching = core.prospects().countMatching("trade fair");
        robot.clickOn("#prospect-search").write("trade fair");
        Label count = robot.lookup("#prospects-count").queryAs(Label.class);
        assertThat(matching).isBetween(1, 200);
        // The search runs once typing pauses (150 ms), not on every keystroke.
        waitFor(() -> count.getText().equals(matching + " prospects"));
        assertThat(count.getText()).isEqualTo(matching + " prospects");
        robot.interact(() -> robot.lookup("#prospect-search").queryAs(javafx.scene.control.TextField.class)
                .setText("nobody by this name"));
        robot.type(KeyCode.ENTER);
        assertThat(count.getText()).as("Enter searches at once").isEqualTo("0 prospects");
    }
}
