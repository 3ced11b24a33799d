package app.candor.bench;

import app.candor.app.Main;
import app.candor.ui.common.FirstFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Candor's window, watched from outside: {@code WindowProbe OUT paint|interact CANDOR-ARGS...} runs Candor's own
 * {@code main} and, on the FX thread, finds its window by the ids its screens carry (as the UI tests do).
 * <ul>
 *   <li>{@code paint}: writes "ms heapMb", the milliseconds from the process start ({@link FirstFrame}) to the
 *       first painted frame showing Today's queue, and the heap in use then (after a GC);</li>
 *   <li>{@code interact}: then plays a session on the Prospects screen (searching as one types, scrolling, opening
 *       timelines; a step every 120 ms) while an animation timer records the longest gap between frames, and writes
 *       "ms heapMb maxStallMs".</li>
 * </ul>
 * Then it closes the window as a user would, on Today.
 */
public final class WindowProbe {

    private WindowProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path out = Path.of(args[0]);
        boolean interact = "interact".equals(args[1]);
        Thread watcher = new Thread(() -> {
            // Until the toolkit is up, runLater refuses; Candor starts it on a thread of its own.
            while (true) {
                try {
                    Platform.runLater(() -> new FirstPaint(out, interact).start());
                    return;
                } catch (IllegalStateException notYetStarted) {
                    sleep(5);
                }
            }
        }, "candor-probe");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(Arrays.copyOfRange(args, 2, args.length));
    }

    /** Counts pulses from the one where Today shows its queue, as the bare window counts from its first. */
    private static final class FirstPaint extends AnimationTimer {
        private final Path out;
        private final boolean interact;
        private int frames;

        FirstPaint(Path out, boolean interact) {
            this.out = out;
            this.interact = interact;
        }

        @Override
        public void handle(long now) {
            Scene scene = candorsScene();
            if (scene == null || !todayShowsItsQueue(scene) || ++frames < FirstFrame.PAINTED_AT_PULSE) {
                return;
            }
            stop();
            long ms = FirstFrame.msFromJvmStart(now);
            if (interact) {
                session(scene, ms, out);
            } else {
                write(out, ms + " " + heapMb());
                close(scene);
            }
        }
    }

    private static Scene candorsScene() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#main-window") != null).findFirst().orElse(null);
    }

    private static boolean todayShowsItsQueue(Scene scene) {
        Node queue = scene.lookup("#queue");
        Node busy = scene.lookup("#today-busy");
        return queue instanceof ListView<?> list && !list.getItems().isEmpty() && busy != null && !busy.isVisible();
    }

    /** A user's session on the Prospects screen, its longest frame gap recorded. */
    private static void session(Scene scene, long firstPaint, Path out) {
        click(scene, "#nav-prospects");
        List<Runnable> steps = new ArrayList<>();
        for (String query : new String[] {"a", "an", "ann", "anna", "", "g", "gr", "gra", "grace", "grace t", "",
            "lumen", "okafor", "north", "ber", "berg", ""}) {
            steps.add(() -> ((TextInputControl) scene.lookup("#prospect-search")).setText(query));
        }
        for (int i = 0; i < 1000; i += 50) {
            int row = i;
            steps.add(() -> table(scene).scrollTo(row));
        }
        for (int i = 0; i < 12; i++) {
            int row = i * 37;
            steps.add(() -> {
                table(scene).scrollTo(row);
                table(scene).getSelectionModel().select(row);
            });
        }
        long[] last = {0};
        long[] worst = {0};
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    worst[0] = Math.max(worst[0], now - last[0]);
                }
                last[0] = now;
            }
        };
        Timeline play = new Timeline();
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            play.getKeyFrames().add(new KeyFrame(Duration.millis(100 + 120.0 * i), e -> step.run()));
        }
        play.getKeyFrames().add(new KeyFrame(Duration.millis(1600 + 120.0 * steps.size()), e -> {
            frames.stop();
            write(out, firstPaint + " " + heapMb() + " " + worst[0] / 1_000_000);
            click(scene, "#nav-today");
            close(scene);
        }));
        // The Prospects screen is built when first shown and then reads its first rows: the session starts when
        // those are in and at least 900 ms have passed.
        long shown = System.nanoTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Node busy = scene.lookup("#prospects-busy");
                if (now - shown < 900_000_000L || busy == null || busy.isVisible()) {
                    return;
                }
                stop();
                frames.start();
                play.play();
            }
        }.start();
    }

    private static TableView<?> table(Scene scene) {
        return (TableView<?>) scene.lookup("#prospect-table");
    }

    private static void click(Scene scene, String id) {
        ((ButtonBase) scene.lookup(id)).fire();
    }

    /** As the window's close button does: Candor saves its state and quits. */
    private static void close(Scene scene) {
        Window window = scene.getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private static long heapMb() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
    }

    private static void write(Path out, String text) {
        try {
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
