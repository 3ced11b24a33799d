package app.candor.ui;

import app.candor.domain.Refused;
import app.candor.ui.common.Messages;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application Candor's window runs in. The toolkit is started by {@link Application#launch}, which tells
 * it the application's name: on Linux each window's class ({@link #WINDOW_CLASS}), by which the desktop finds
 * Candor's menu entry (src/dist/linux/candor.desktop) for the window's name and icon in the task bar; a toolkit
 * started otherwise calls every window "java". The window itself is made by {@link DesktopApp} once this runs.
 */
public final class Candor extends Application {

    /** Each window's class on Linux: this class's name, which the launch gives the toolkit. */
    public static final String WINDOW_CLASS = "app.candor.ui.Candor";

    /** Done when the toolkit runs. A process launches the toolkit once at most, so this is one for the process. */
    private static final CompletableFuture<Void> RUNNING = new CompletableFuture<>();

    /** Made by the launch. */
    public Candor() {
        // Nothing to set up: the window is DesktopApp's.
    }

    /**
     * Starts the toolkit on a thread of its own (the launch returns only when the toolkit ends); the future is done
     * when it runs, or fails with a plain message when there is no screen to show a window on.
     */
    static CompletableFuture<Void> startToolkit() {
        Thread launcher = new Thread(() -> {
            try {
                Application.launch(Candor.class);
            } catch (RuntimeException | Error e) {
                RUNNING.completeExceptionally(new Refused(cannotOpen(e), e));
            }
        }, "candor-toolkit-start");
        launcher.setDaemon(true);
        launcher.start();
        return RUNNING;
    }

    @Override
    public void start(Stage unused) {
        RUNNING.complete(null);
    }

    private static String cannotOpen(Throwable failure) {
        boolean noScreen = System.getProperty("os.name", "").startsWith("Linux") && empty(System.getenv("DISPLAY"))
                && empty(System.getenv("WAYLAND_DISPLAY"));
        if (noScreen) {
            return Messages.text("app.window.noScreen");
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Messages.text("app.window.refused", root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage());
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }
}
