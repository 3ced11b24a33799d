package app.candor.bench;

import app.candor.ui.common.FirstFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline for the benchmark: a bare JavaFX window with one label, timed the same way as Candor's
 * first painted Today screen (milliseconds from JVM start until its first frame is painted, {@link FirstFrame}), written to a file.
 * With {@code --themed} it applies Candor's theme, to show what the look itself costs. The benchmark also starts it
 * with the options of Candor's window JVM, for comparison.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        java.util.List<String> options = java.util.Arrays.asList(args).subList(1, args.length);
        boolean themed = options.contains("--themed");
        Platform.startup(() -> {
            if (themed) {
                app.candor.ui.common.Theme.LIGHT.apply();
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
            FirstFrame.whenPainted(() -> true, now -> {
                try {
                    Files.writeString(out, Long.toString(FirstFrame.msFromJvmStart(now)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                Platform.exit();
            });
        });
    }
}
