package app.candor.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Window size, position, last screen and theme, kept in {@code window.properties} in the data folder. */
public final class WindowState {

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);
    private final Path file;
    private final Properties values = new Properties();

    public WindowState(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable window state {}", file, e);
            }
        }
    }

    public double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            app.candor.platform.SafeFiles.write(file, out -> values.store(out, "Candor window state"));
        } catch (IOException e) {
            LOG.warn("Cannot save window state to {}", file, e);
        }
    }
}
