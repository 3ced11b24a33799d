package app.candor.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/** Run in its own JVM by {@link WindowToolkitTest}: starts the toolkit as the app does and prints the name it has. */
public final class ToolkitProbe {

    private ToolkitProbe() {
    }

    public static void main(String[] args) {
        Candor.startToolkit().join();
        // The toolkit's own record of the application's name: what it gives each window as its class on Linux. Read
        // on the FX thread, printed by this one, which the JVM waits for (the toolkit's threads it may not).
        CompletableFuture<String> name = new CompletableFuture<>();
        Platform.runLater(() -> name.complete(com.sun.glass.ui.Application.GetApplication().getName()));
        System.out.println(name.join());
        Platform.exit();
    }
}
