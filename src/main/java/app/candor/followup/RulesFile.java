package app.candor.followup;

import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.platform.SafeFiles;
import app.candor.rules.RuleSetLoader;
import app.candor.rules.RulesLoad;
import app.candor.text.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The user's {@code rules.json} on disk: read with the checks a file from outside needs (a regular file, of a
 * size a rules file can have), and written whole or not at all. The rules package only ever sees its text.
 */
public final class RulesFile {

    /** The largest rules file read: the shipped one is under 2 KB. */
    static final long MAX_BYTES = 1 << 20;

    private RulesFile() {
    }

    /** The defaults with {@code file} merged over them; a missing file simply means the defaults. */
    public static RulesLoad load(Path file) {
        RuleSetLoader loader = new RuleSetLoader();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return new RulesLoad(loader.defaults(), List.of(Catalogue.personal().text("rules.file.notRegular")));
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                return new RulesLoad(loader.defaults(), List.of(Catalogue.personal().text("rules.file.size",
                        Files.size(file) / 1024, MAX_BYTES / 1024)));
            }
            return loader.parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            return new RulesLoad(loader.defaults(), List.of());
        } catch (IOException e) {
            return new RulesLoad(loader.defaults(), List.of(Catalogue.personal().text("rules.file.read", SafeFiles.describe(e))));
        }
    }

    /** Writes thresholds, switches and cap into {@code file}, keeping the rest; refuses a file with problems. */
    public static void save(Path file, Map<Stage, Integer> thresholds, Map<RuleId, Boolean> enabled, int queueCap)
            throws IOException {
        String current = Files.exists(file) ? Files.readString(file) : null;
        String text = new RuleSetLoader().withOverrides(current, file.toString(), thresholds, enabled, queueCap);
        SafeFiles.folder(file.toAbsolutePath().getParent());
        SafeFiles.writeString(file, text);
    }
}
