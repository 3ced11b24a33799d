package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Assembly;
import app.candor.app.Wiring;
import app.candor.domain.Prospect;
import app.candor.domain.TeamRole;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A manager's window on a team's server: whose each prospect is, and handing one to another seller. */
class HandOverWindowTest extends UiTestBase {

    String ana;
    String ben;
    long dana;

    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    boolean withDemoData() {
        return false;
    }

    @Override
    Assembly openStore(Path dir) {
        ServerAddress db = TestServer.newDatabase();
        ana = TestServer.login("ana");
        ben = TestServer.login("ben");
        String mia = TestServer.login("mia");
        try (TeamServer admin = TeamServer.connect(db, null)) {
            admin.init();
            admin.addUser(ana, TeamRole.REP, "ana-secret".toCharArray());
            admin.addUser(ben, TeamRole.REP, "ben-secret".toCharArray());
            admin.addUser(mia, TeamRole.MANAGER, "mia-secret".toCharArray());
        }
        try (Assembly anas = Wiring.assembleOn(TeamServer.openStore(db.as(ana), "ana-secret"), dir, clock, Locale.UK)) {
            dana = anas.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com", "", "",
                    clock.instant())).id();
        }
        return Wiring.assembleOn(TeamServer.openStore(db.as(mia), "mia-secret"), dir, clock, Locale.UK);
    }

    @Override
    void waitForTheDetailPane() {
        // An empty queue: nothing to wait for.
    }

    @Test
    void aManagerSeesWhoseProspectItIsAndHandsItToAnotherSeller(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        javafx.scene.control.TableView<Prospect> table = robot.lookup(".table-view").queryTableView();
        javafx.scene.control.TableColumn<Prospect, ?> sellers = table.getColumns().stream()
                .filter(c -> "prospects-col-seller".equals(c.getId())).findFirst().orElseThrow();
        assertThat(sellers.isVisible()).as("a manager's list names the sellers").isTrue();
        assertThat(sellers.getCellData(0)).isEqualTo(ana);
        robot.clickOn("Dana Ortiz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prospect-seller").queryAs(Label.class).getText()).isEqualTo("Seller");
        ComboBox<String> to = robot.lookup("#hand-over-to").queryComboBox();
        assertThat(to.getValue()).isEqualTo(ana);
        assertThat(to.getItems()).contains(ana, ben);
        assertThat(robot.lookup("#hand-over").queryButton().isDisabled()).as("already ana's").isTrue();

        robot.interact(() -> to.setValue(ben));
        robot.clickOn("#hand-over");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(core.prospects().owner(dana)).contains(ben);
        assertThat(to.getValue()).isEqualTo(ben);
        assertThat(sellers.getCellData(0)).isEqualTo(ben);
        assertThat(robot.lookup("#hand-over").queryButton().isDisabled()).as("now ben's").isTrue();
        assertThat(robot.lookup("#prospects-status").queryAs(Label.class).getText()).isEqualTo("Handed Dana Ortiz from " + ana + " to " + ben + ", with their deals, calls and check-ins.");
    }
}
