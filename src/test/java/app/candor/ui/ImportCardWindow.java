package app.candor.ui;

import app.candor.app.Wiring;
import app.candor.app.Assembly;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.FxTaskExecutor;
import app.candor.ui.common.MailService;
import app.candor.ui.common.Theme;
import app.candor.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For src/tools/screenshots.sh: the main window with the import card open on a given CSV file (a native file
 * dialog cannot be driven under Xvfb without a window manager). Arguments: database file, CSV file.
 */
public final class ImportCardWindow {

    private ImportCardWindow() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        Assembly core = Wiring.assemble(db, db.getParent(), Clock.systemDefaultZone(), Locale.getDefault());
        Platform.startup(() -> {
            Theme.LIGHT.apply();
            MainWindow window = new MainWindow(app.candor.app.Wiring.services(core, db.getParent()), new FxTaskExecutor(), ClipboardService.system(),
                    MailService.desktop(), new NoHost(db.getParent()));
            Scene scene = new Scene(window, 1280, 800);
            scene.getStylesheets().add(Theme.CANDOR_CSS);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            window.previewImport(csv);
        });
    }

    private record NoHost(Path dataFolder) implements MainWindow.Host {
        @Override
        public void openSampleData() {
        }

        @Override
        public void openOwnData() {
        }

        @Override
        public boolean showingSampleData() {
            return false;
        }

        @Override
        public void quit() {
            Platform.exit();
        }

        @Override
        public void reload(String screen) {
        }

        @Override
        public Theme theme() {
            return Theme.LIGHT;
        }

        @Override
        public void applyTheme(Theme theme) {
        }

        @Override
        public void restore(Path backup) {
        }
    }
}
