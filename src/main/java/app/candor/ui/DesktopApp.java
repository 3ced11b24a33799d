package app.candor.ui;

import app.candor.followup.Core;
import app.candor.followup.CoreOpener;
import app.candor.ui.common.FxTaskExecutor;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.today.TodayView;
import app.candor.ui.today.TodayViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, opens the database off the FX thread, and shows the main window until it closes. */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private DesktopApp() {
    }

    /** Blocks until the window is closed. */
    public static void run(Path databaseFile, Path dataFolder, CoreOpener opener, Clock clock) {
        CountDownLatch closed = new CountDownLatch(1);
        TaskExecutor executor = new FxTaskExecutor();
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setTitle("Candor");
            StackPane root = new StackPane(loading(databaseFile));
            stage.setScene(new Scene(root, 1280, 800));
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
            executor.run(() -> opener.open(databaseFile, clock), core -> {
                stage.setOnHidden(e -> {
                    executor.run(() -> {
                        core.close();
                        return null;
                    }, ignored -> closed.countDown(), failure -> closed.countDown());
                });
                root.getChildren().setAll(mainWindow(core, executor));
            }, failure -> root.getChildren().setAll(failed(failure)));
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.close();
        Platform.exit();
        LOG.info("Window closed");
    }

    private static javafx.scene.Node mainWindow(Core core, TaskExecutor executor) {
        TodayViewModel today = new TodayViewModel(core.followUps(), core.prospects(), executor);
        Label welcome = new Label("Candor keeps track of who you are talking to and whose move it is,\n"
                + "and offers honest wording for the next follow-up. Start by adding a prospect.");
        VBox firstRun = new VBox(12, new Label("Welcome to Candor"), welcome);
        firstRun.setAlignment(Pos.CENTER);
        TodayView view = new TodayView(today, firstRun);
        today.refresh();
        return view;
    }

    private static javafx.scene.Node loading(Path file) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label("Opening " + file));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static javafx.scene.Node failed(Throwable failure) {
        Label title = new Label("Candor could not open its database");
        title.getStyleClass().add("title-3");
        Label message = new Label(failure.getMessage());
        message.setWrapText(true);
        message.setMaxWidth(700);
        VBox box = new VBox(12, title, message);
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
