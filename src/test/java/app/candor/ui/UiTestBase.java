package app.candor.ui;


import app.candor.app.Wiring;
import app.candor.domain.Alert;
import app.candor.domain.RuleId;
import app.candor.app.Assembly;
import app.candor.rules.FollowUpQueue;
import app.candor.sample.DemoData;
import app.candor.store.TestClock;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the main window headless (Monocle) on a real SQLite file (or a team's real PostgreSQL server), with database
 * work on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
abstract class UiTestBase {

    Clock clock = TestClock.at("2026-11-23");
    final List<String> hostCalls = new ArrayList<>();
    Path dir;
    Assembly core;
    MainWindow window;
    Stage stage;

    /** How database work runs: on the FX thread by default, so each step has finished before the next line. */
    TaskExecutor executor() {
        return TaskExecutor.currentThread();
    }

    /** Whether the database starts with the demo data. */
    abstract boolean withDemoData();

    /** Where the pipeline is kept: a file, unless a test class runs its flows on a team's server. */
    app.candor.app.Stores store() {
        return app.candor.app.Stores.FILE;
    }

    /** Everything built on the store the window opens, in {@code dir}. */
    Assembly openStore(Path dir) throws Exception {
        return store().assemble(dir, clock, Locale.UK);
    }

    /** Called from each test class's own {@code @Start} (TestFX looks for it on the concrete class only). */
    void startWindow(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("candor-ui");
        core = openStore(dir);
        if (withDemoData()) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
        }
        Theme.LIGHT.apply();
        window = new MainWindow(app.candor.app.Wiring.services(core, dir), executor(), ClipboardService.system(),
                (to, subject, body) -> hostCalls.add("mail " + to), new RecordingHost());
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Theme.CANDOR_CSS);
        stage.setScene(scene);
        stage.show();
    }

    /** Today paints its queue first and builds the detail pane two frames later; tests start once it is there. */
    @org.junit.jupiter.api.BeforeEach
    void waitForTheDetailPane() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.lookup("#detail-slot")
                instanceof javafx.scene.layout.Pane slot && !slot.getChildren().isEmpty());
    }

    @AfterEach
    void close() {
        // A dialog or menu one test leaves open would stay over the stage the next test reuses.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != stage && w.isShowing()).forEach(javafx.stage.Window::hide));
        core.close();
        app.candor.store.TestFiles.deleteTree(dir);
    }

    /** Visible itself and through every parent. */
    static boolean shownInScene(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    MainWindow.Host recordingHost() {
        return new RecordingHost();
    }

    ListView<FollowUpQueue.Entry> queue(FxRobot robot) {
        return robot.lookup("#queue").queryListView();
    }

    List<String> queueNames(FxRobot robot) {
        return queue(robot).getItems().stream().map(e -> e.subject().prospectName()).toList();
    }

    List<RuleId> queueRules(FxRobot robot, String name) {
        return queue(robot).getItems().stream().filter(e -> e.subject().prospectName().equals(name))
                .flatMap(e -> e.alerts().stream()).map(Alert::rule).toList();
    }

    static String clipboardText(FxRobot robot) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> Clipboard.getSystemClipboard().getString());
    }

    private final class RecordingHost implements MainWindow.Host {
        @Override
        public void openSampleData() {
            hostCalls.add("sample");
        }

        @Override
        public void openOwnData() {
            hostCalls.add("own");
        }

        @Override
        public boolean showingSampleData() {
            return false;
        }

        @Override
        public void quit() {
            hostCalls.add("quit");
        }

        @Override
        public void reload(String screen) {
            hostCalls.add("reload " + screen);
        }

        @Override
        public Path dataFolder() {
            return dir;
        }

        @Override
        public Theme theme() {
            return Theme.LIGHT;
        }

        @Override
        public void applyTheme(Theme theme) {
            hostCalls.add("theme " + theme);
        }

        @Override
        public void connectToTeam(String address, char[] password, boolean remember,
                                  java.util.function.Consumer<java.util.Optional<String>> done) {
            String typed = password == null ? "" : new String(password);
            hostCalls.add("connect " + address + " " + typed + " " + remember);
            done.accept(typed.equals("right") ? java.util.Optional.empty()
                    : java.util.Optional.of("The team server refused the login: the password is wrong."));
        }

        @Override
        public java.util.Optional<String> passwordStoreName() {
            return java.util.Optional.of("the test keyring");
        }

        @Override
        public void restore(Path backup) {
            hostCalls.add("restore " + backup.getFileName());
        }
    }
}
