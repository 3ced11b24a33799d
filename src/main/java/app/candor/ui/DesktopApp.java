package app.candor.ui;

import app.candor.followup.BackupService;
import app.candor.followup.Services;
import app.candor.followup.Place;
import app.candor.followup.ServicesOpener;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.FirstFrame;
import app.candor.ui.common.FxTaskExecutor;
import app.candor.ui.common.MailService;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.common.WindowState;
import app.candor.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit, opens the database off the FX thread, and shows the main window until it closes.
 * "Try it with sample data" opens a separate file in the data folder and never touches the user's own.
 */
public final class DesktopApp implements MainWindow.Host {

    /** {@code -Dcandor.trainingRun=true}: open, paint Today once, close (see {@link #closeOnceTodayIsPainted}). */
    public static final String TRAINING_RUN = "candor.trainingRun";

    public static final String SAMPLE_FILE = "sample-data.db";
    private static final int BACKUP_DELAY_SECONDS = 5;
    /** More prospects than this changed at once elsewhere (an import): every screen reads again. */
    private static final int TEAM_BATCH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    /** What the window shows when not on the sample data: the place it opened on, or a team's server since. */
    private Place ownDatabase;
    /** The place the window was opened on (a file, or a server named by --db). */
    private final Place startedOn;
    private final Path dataFolder;
    private final ServicesOpener opener;
    private final Clock clock;
    private final CountDownLatch closed;
    private final TaskExecutor executor = new FxTaskExecutor();
    private final WindowState state;
    private final StackPane root = new StackPane();
    private Stage stage;
    private Services core;
    private MainWindow window;
    private boolean sample;
    private java.util.concurrent.CompletableFuture<OpenedDatabase> firstOpen;
    /** On a team's server: hears teammates' changes and shows them (nothing for a file). */
    private AutoCloseable teamChanges = () -> { };

    private DesktopApp(Place ownDatabase, Path dataFolder, ServicesOpener opener, Clock clock, CountDownLatch closed) {
        this.ownDatabase = ownDatabase;
        this.startedOn = ownDatabase;
        this.dataFolder = dataFolder;
        this.opener = opener;
        this.clock = clock;
        this.closed = closed;
        this.state = new WindowState(dataFolder.resolve("window.properties"));
    }

    /** An open database and, when it was read while the toolkit started, the Today screen's first queue. */
    /**
     * Blocks until the window is closed, using what {@link EarlyStart#begin} already set going for this database, if
     * anything ({@code early} may be null).
     */
    public static void run(Place databaseFile, Path dataFolder, ServicesOpener opener, Clock clock, EarlyStart early) {
        CountDownLatch closed = new CountDownLatch(1);
        DesktopApp app = new DesktopApp(databaseFile, dataFolder, opener, clock, closed);
        boolean reuse = early != null && early.database().equals(databaseFile);
        if (early != null && !reuse) {
            early.opening().thenAccept(o -> o.core().close());
        }
        // The database opens while the toolkit starts: the first Today screen needs both.
        app.firstOpen = reuse ? early.opening() : java.util.concurrent.CompletableFuture.supplyAsync(
                () -> OpenedDatabase.warm(opener.open(databaseFile, clock)));
        try {
            (early != null ? early.toolkit() : Candor.startToolkit()).join();
        } catch (java.util.concurrent.CompletionException e) {
            // No window (no screen, say): the database opened meanwhile is closed again.
            app.firstOpen.thenAccept(o -> o.core().close());
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Platform.runLater(app::start);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        LOG.info("Window closed");
    }

    private void start() {
        LOG.info("Toolkit started");
        app.candor.ui.common.UncaughtFailures.install(text -> message(Messages.text("app.failure.title"), text));
        Platform.setImplicitExit(false);
        Theme.parse(state.text("theme", "light")).apply();
        stage = new Stage();
        stage.setTitle(Messages.text("app.candor"));
        // Never larger than the screen it opens on (a laptop after a large monitor, say).
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(state.number("width", 1280), bounds.getWidth()),
                Math.min(state.number("height", 800), bounds.getHeight()));
        scene.getStylesheets().add(Theme.CANDOR_CSS);
        stage.setScene(scene);
        if (state.text("x", null) != null) {
            stage.setX(Math.max(bounds.getMinX(), Math.min(state.number("x", 0), bounds.getMaxX() - 200)));
            stage.setY(Math.max(bounds.getMinY(), Math.min(state.number("y", 0), bounds.getMaxY() - 200)));
        }
        stage.setOnCloseRequest(e -> quit());
        showIconOnceFirstPainted();
        String screen = state.text("screen", "Today");
        OpenedDatabase ready = openedAlready(firstOpen);
        if (ready != null) {
            // The database opened while the toolkit started: the window shows its content from the first frame.
            firstOpen = null;
            showOpened(ready, false, screen, true);
            stage.show();
        } else {
            root.getChildren().setAll(busy(Messages.text("app.opening", ownDatabase.describe())));
            stage.show();
            open(ownDatabase, false, screen);
        }
    }

    @Override
    public void connectToTeam(String address, char[] password, boolean remember,
                              java.util.function.Consumer<java.util.Optional<String>> done) {
        if (window != null) {
            window.flushPendingWork();
        }
        Services previous = core;
        // The server opens first: a refusal leaves the window as it was, and the form keeps what was typed.
        executor.run(() -> new OpenedDatabase(opener.openServer(address, password, remember, clock), null), opened -> {
            done.accept(java.util.Optional.empty());
            ownDatabase = Place.server(address);
            state.put("team", address);
            if (previous != null) {
                executor.run(() -> {
                    previous.close();
                    return null;
                }, x -> { }, failure -> LOG.warn("Closing the previous database failed", failure));
            }
            showOpened(opened, false, "Today", false);
        }, failure -> done.accept(java.util.Optional.of(app.candor.followup.Failures.plain(failure))));
    }

    @Override
    public java.util.Optional<String> teamServer() {
        return !sample && ownDatabase.isServer() ? java.util.Optional.of(ownDatabase.server())
                : java.util.Optional.empty();
    }

    @Override
    public String lastTeamServer() {
        return state.text("team", "");
    }

    @Override
    public java.util.Optional<String> passwordStoreName() {
        return opener.passwordStoreName();
    }

    @Override
    public boolean hasOwnFile() {
        return !startedOn.isServer();
    }

    @Override
    public void openOwnFile() {
        ownDatabase = startedOn;
        open(startedOn, false, "Today");
    }

    /**
     * A teammate's call, a manager's reassignment: the screens read again what they show of those prospects. The
     * listening starts off the FX thread (it waits for the server), and only while {@code shown} is the window.
     */
    private void hearTeam(Services opened, MainWindow shown) {
        executor.run(() -> opened.watchOthers(prospects -> Platform.runLater(() -> {
            if (window == shown) {
                if (prospects.size() > TEAM_BATCH) {
                    shown.changed(new app.candor.ui.common.Change.Everything());
                } else {
                    prospects.forEach(id -> shown.changed(new app.candor.ui.common.Change.ProspectChanged(id)));
                }
            }
        })), watch -> {
            if (window == shown) {
                teamChanges = watch;
            } else {
                closeQuietly(watch);
            }
        }, failure -> LOG.warn("Not hearing the team's changes", failure));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Stopping to hear the team's changes failed", e);
        }
    }

    private void stopHearingTeam() {
        try {
            teamChanges.close();
        } catch (Exception e) {
            LOG.warn("Stopping to hear the team's changes failed", e);
        }
        teamChanges = () -> { };
    }

    /** What {@code opening} gave, if it has already finished without a failure; null otherwise. */
    private static OpenedDatabase openedAlready(java.util.concurrent.CompletableFuture<OpenedDatabase> opening) {
        return opening != null && opening.isDone() && !opening.isCompletedExceptionally() ? opening.join() : null;
    }

    private void open(Place file, boolean asSample, String screen) {
        root.getChildren().setAll(busy(Messages.text("app.opening", file.describe())));
        Services previous = core;
        if (window != null) {
            window.flushPendingWork();
        }
        java.util.concurrent.CompletableFuture<OpenedDatabase> early = firstOpen;
        firstOpen = null;
        executor.run(() -> {
            if (previous != null) {
                previous.close();
            }
            OpenedDatabase opened = early != null ? joinOpen(early) : new OpenedDatabase(opener.open(file, clock), null);
            if (asSample && !opened.core().data().holdsData()) {
                opened.core().data().demo();
            }
            return opened;
        }, result -> showOpened(result, asSample, screen, early != null), failure -> {
            core = null;
            root.getChildren().setAll(failed(file, failure));
        });
    }

    /** Puts the main window on {@code result}'s database in the stage; {@code first} for the start-up open. */
    private void showOpened(OpenedDatabase result, boolean asSample, String screen, boolean first) {
        Services opened = result.core();
        LOG.info("Database ready for the window");
        core = opened;
        sample = asSample;
        stage.setTitle(asSample ? Messages.text("app.title.sample") : ownDatabase.isServer()
                ? Messages.text("app.title.team", result.core().where()) : Messages.text("app.candor"));
        window = new MainWindow(opened, executor, ClipboardService.system(), MailService.desktop(), this,
                "Today".equals(screen) ? result.today() : null);
        stopHearingTeam();
        if (!asSample && ownDatabase.isServer()) {
            hearTeam(opened, window);
        }
        window.show(screen);
        root.getChildren().setAll(window);
        LOG.info("Main window built");
        if (Boolean.getBoolean(TRAINING_RUN)) {
            closeOnceTodayIsPainted();
        }
        if (first) {
            // The first open of the day backs up a few seconds after the window is up, not while it starts.
            java.util.concurrent.CompletableFuture.runAsync(() -> backupIfDue(opened),
                    java.util.concurrent.CompletableFuture.delayedExecutor(BACKUP_DELAY_SECONDS,
                            java.util.concurrent.TimeUnit.SECONDS));
        }
        if (opened.rulesLoad().usingDefaultsBecauseOfProblems()) {
            // After the window is showing: the message is a dialog over it.
            Platform.runLater(() -> message(Messages.text("app.rules.notUsed"), opened.rulesLoad().summary(
                    opened.settings().rulesFile().toString())));
        }
        if (!opened.notices().isEmpty()) {
            Platform.runLater(() -> message(Messages.text("app.notices"), String.join("\n\n",
                    opened.notices())));
        }
    }

    /** The daily automatic backup, in the background once the window is up; a failure is logged, not fatal. */
    private void backupIfDue(Services opened) {
        try {
            opened.backups().backupIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Automatic backup failed", e);
        }
    }

    private static OpenedDatabase joinOpen(java.util.concurrent.CompletableFuture<OpenedDatabase> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void openSampleData() {
        open(Place.file(dataFolder.resolve(SAMPLE_FILE)), true, "Today");
    }

    @Override
    public void openOwnData() {
        open(ownDatabase, false, "Today");
    }

    @Override
    public boolean showingSampleData() {
        return sample;
    }

    @Override
    public Path dataFolder() {
        return dataFolder;
    }

    @Override
    public Theme theme() {
        return Theme.parse(state.text("theme", "light"));
    }

    @Override
    public void applyTheme(Theme theme) {
        theme.apply();
        state.put("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
        state.save();
    }

    @Override
    public void restore(Path backup) {
        if (!sample && ownDatabase.isServer()) {
            message(Messages.text("app.failure.title"), app.candor.followup.Failures.plain(
                    app.candor.domain.Refused.because("store.server.noCopy", ownDatabase.describe())));
            return;
        }
        Path target = sample ? dataFolder.resolve(SAMPLE_FILE) : ownDatabase.file();
        Services open = core;
        core = null;
        if (window != null) {
            window.flushPendingWork();
        }
        root.getChildren().setAll(busy(Messages.text("app.restoring", backup.getFileName())));
        executor.run(() -> {
            if (open != null) {
                open.close();
            }
            return BackupService.restore(backup, target, clock);
        }, aside -> {
            open(Place.file(target), sample, "Today");
            aside.ifPresent(p -> message(Messages.text("app.restored.title"),
                    Messages.text("app.restored", backup.getFileName(), p)));
        }, failure -> {
            message(Messages.text("app.restore.failed"), failure.getMessage());
            open(Place.file(target), sample, "Settings");
        });
    }

    @Override
    public void reload(String screen) {
        open(sample ? Place.file(dataFolder.resolve(SAMPLE_FILE)) : ownDatabase, sample, screen);
    }

    @Override
    public void quit() {
        stopHearingTeam();
        state.put("width", stage.getWidth());
        state.put("height", stage.getHeight());
        state.put("x", stage.getX());
        state.put("y", stage.getY());
        if (window != null) {
            state.put("screen", window.currentScreen());
            window.flushPendingWork();
        }
        if (!Boolean.getBoolean(TRAINING_RUN)) {
            state.save();
        }
        stage.hide();
        Services open = core;
        core = null;
        executor.close();
        // Closed off the FX thread, and the latch released there too: the toolkit may already be going away.
        Thread closer = new Thread(() -> {
            try {
                executor.awaitIdle();
                if (open != null) {
                    open.close();
                }
            } finally {
                closed.countDown();
            }
        }, "candor-close");
        closer.start();
    }

    /**
     * A training run: once Today's queue is painted, the window closes as if the user closed it. This is how a
     * package build runs Candor to write its class archive, and how tests open the real window.
     */
    private void closeOnceTodayIsPainted() {
        FirstFrame.whenPainted(() -> !window.loading(), now -> {
            LOG.info("Training run: Today painted {} ms after start, closing", FirstFrame.msFromJvmStart(now));
            quit();
        });
    }

    /**
     * The icon of the window and of its task-bar entry, read on a worker once the screen's content is painted: neither
     * the first frame nor its CPU waits for the image's decoding (docs/PERFORMANCE.md).
     */
    private void showIconOnceFirstPainted() {
        FirstFrame.whenPainted(() -> window != null && !window.loading(), now -> executor.run(
                () -> new javafx.scene.image.Image(Objects.requireNonNull(Candor.class.getResource("candor.png"))
                        .toExternalForm()),
                stage.getIcons()::add, failure -> LOG.warn("The window's icon was not read", failure)));
    }

    private void message(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setHeaderText(title);
        alert.initOwner(stage);
        alert.show();
    }

    private static Node busy(String text) {
        VBox box = new VBox(12, new ProgressIndicator(), new Label(text));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node failed(Place file, Throwable failure) {
        Label title = new Label(Messages.text("app.openFailed", file.name()));
        title.getStyleClass().add("title-3");
        Label message = new Label(failure.getMessage());
        message.setId("open-failure");
        message.setWrapText(true);
        message.setMaxWidth(700);
        javafx.scene.control.Button sampleButton = new javafx.scene.control.Button(Messages.text("app.openFailed.sample"));
        sampleButton.setOnAction(e -> openSampleData());
        javafx.scene.control.Button quitButton = new javafx.scene.control.Button(Messages.text("app.quit"));
        quitButton.setOnAction(e -> quit());
        VBox box = new VBox(12, title, message, new javafx.scene.layout.HBox(8, sampleButton, quitButton));
        box.setPadding(new Insets(40));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(760);
        return new StackPane(box);
    }
}
