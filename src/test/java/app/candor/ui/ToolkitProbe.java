package app.candor.ui;

import javafx.application.Platform;

/** Run in its own JVM by {@link WindowToolkitTest}: starts the toolkit as the app does and prints the name it has. */
public final class ToolkitProbe {

    private ToolkitProbe() {
    }

    public static void main(String[] args) {
        Candor.startToolkit().join();
        Platform.runLater(() -> {
            // The toolkit's own record of the application's name: what it gives each window as its class on Linux.
            System.out.println(com.sun.glass.ui.Application.GetApplication().getName());
            Platform.exit();
        });
    }
}
