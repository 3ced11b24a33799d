package app.candor.followup;

import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.rules.RuleSet;
import app.candor.store.SettingsRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The person's settings: their name for the scripts, and the rules file's thresholds and switches. */
public final class SettingsService {

    private final SettingsRepository settings;
    private final RuleSet current;
    private final Path rulesFile;

    public SettingsService(SettingsRepository settings, RuleSet current, Path rulesFile) {
        this.settings = settings;
        this.current = current;
        this.rulesFile = rulesFile;
    }

    /** The rules in force. */
    public RuleSet rules() {
        return current;
    }

    public Path rulesFile() {
        return rulesFile;
    }

    /** The name the scripts sign with; empty when not set. */
    public String myName() {
        return settings.get(ScriptService.MY_NAME).orElse("");
    }

    /**
     * Saves the thresholds, switches and cap into the rules file (keeping whatever else it sets; written whole or
     * not at all) and the name. Rules apply when the database is opened again, which recomputes the schedules.
     */
    public void save(Map<Stage, Integer> thresholds, Map<RuleId, Boolean> enabled, int queueCap, String myName)
            throws IOException {
        RulesFile.save(rulesFile, thresholds, enabled, queueCap);
        settings.put(ScriptService.MY_NAME, myName == null ? "" : myName.strip());
    }
}
