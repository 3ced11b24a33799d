package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024x700 and 1280x800 no label, button or field value on any screen or overlay is cut to "…". Rows of lists
 * and tables are left out: they are cut to fit by design and carry their whole text in a tooltip.
 */
class NothingCutTest extends UiTestBase {

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
    void everyScreenAndOverlayShowsItsWordsWhole(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            String at = (int) size[0] + "x" + (int) size[1];
            robot.clickOn("#nav-today");
            robot.clickOn("Marcus Bell · Bellweather Logistics");
            check(robot, at + " Today", cut);
            robot.clickOn("#snooze");
            robot.clickOn("#snooze-confirm");
            check(robot, at + " Today, snooze without a reason", cut);
            robot.clickOn("#agree-check-in");
            check(robot, at + " Today, agree a check-in", cut);
            robot.clickOn("Not now");
            robot.clickOn("#edit-deal");
            check(robot, at + " Today, edit the deal", cut);
            robot.clickOn("Cancel");
            robot.clickOn("#nav-prospects");
            robot.interact(() -> {
                TableView<app.candor.domain.Prospect> table = robot.lookup("#prospect-table").queryTableView();
                table.getSelectionModel().select(table.getItems().stream()
                        .filter(p -> p.name().equals("Priya Raman")).findFirst().orElseThrow());
            });
            check(robot, at + " Prospects", cut);
            robot.clickOn("#delete-prospect");
            check(robot, at + " Prospects, confirm the delete", cut);
            robot.clickOn("Keep");
            robot.clickOn("#new-prospect");
            check(robot, at + " Prospects, new prospect", cut);
            robot.clickOn("Cancel");
            for (String screen : new String[] {"pipeline", "reports", "scripts", "settings"}) {
                robot.clickOn("#nav-" + screen);
                check(robot, at + " " + screen, cut);
            }
            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            check(robot, at + " quick log", cut);
            robot.type(KeyCode.ESCAPE);
            robot.type(KeyCode.F1);
            check(robot, at + " help", cut);
            robot.type(KeyCode.ESCAPE);
        }
        assertThat(cut).as("cut to \u2026").isEmpty();
    }

    /** Every window on screen: the main one and any dialog over it. */
    private void check(FxRobot robot, String where, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.stage.Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null) {
                collect(w.getScene().getRoot(), where, cut);
            }
        }
    }

    private static void collect(Node node, String where, List<String> cut) {
        if (!node.isVisible() || node instanceof ListView || node instanceof TableView) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(l.getText())
                        && (shown.getText().endsWith("\u2026") || shown.getText().endsWith("..."))) {
                    cut.add(where + ": " + (l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId())
                            + " \"" + l.getText() + "\" shown as \"" + shown.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, where, cut);
            }
        }
    }
}
