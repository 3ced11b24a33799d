package app.candor.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Candor keeps its files by default, per platform; the folder of the database holds rules, logs and backups. */
public final class DataFolder {

    public static final String DATABASE_FILE = "candor.db";

    private DataFolder() {
    }

    /**
     * {@code $XDG_DATA_HOME/candor} (else {@code ~/.local/share/candor}) on Linux, {@code %APPDATA%\Candor} on
     * Windows, {@code ~/Library/Application Support/Candor} on macOS.
     */
    public static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Candor");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Candor");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("candor");
    }

    /** The database a run uses: {@code --db}, else env {@code CANDOR_DB}, else the default folder's file. */
    public static Path database(String dbOption, Map<String, String> env, Path defaultFolder) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption).toAbsolutePath();
        }
        String fromEnv = env.get("CANDOR_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultFolder.resolve(DATABASE_FILE).toAbsolutePath();
    }
}
