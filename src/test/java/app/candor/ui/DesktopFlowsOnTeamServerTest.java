package app.candor.ui;

import app.candor.app.Stores;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The main flows of the desktop app, every one of them, on a team's server as a rep logged in with their own login. */
class DesktopFlowsOnTeamServerTest extends DesktopFlowsTest {

    @Override
    @Start
    void start(Stage stage) throws Exception {
        startWindow(stage);
    }

    @Override
    Stores store() {
        return Stores.TEAM_SERVER;
    }
}
