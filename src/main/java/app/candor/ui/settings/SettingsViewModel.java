package app.candor.ui.settings;

import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.followup.BackupService;
import app.candor.followup.SettingsService;
import app.candor.rules.RuleSet;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings: per-stage thresholds and rule switches (written to rules.json), queue cap, your name, theme. */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final TaskExecutor executor;
    /** A save the team's server could not take, tried again with the values then on screen. */
    private final app.candor.ui.common.Retry retry;
    private final Runnable applyRules;
    private final Consumer<Theme> applyTheme;
    private final Map<Stage, IntegerProperty> thresholds = new EnumMap<>(Stage.class);
    private final Map<RuleId, BooleanProperty> enabled = new EnumMap<>(RuleId.class);
    private final IntegerProperty queueCap = new SimpleIntegerProperty();
    private final StringProperty myName = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final BackupService backups;
    private final Consumer<Path> restore;
    private final ObservableList<Path> backupFiles = FXCollections.observableArrayList();

    public SettingsViewModel(SettingsService settings, BackupService backups, TaskExecutor executor,
                             Theme currentTheme, Runnable applyRules, Consumer<Theme> applyTheme,
                             Consumer<Path> restore) {
        this.retry = new app.candor.ui.common.Retry(executor::later);
        RuleSet current = settings.rules();
        this.backups = backups;
        this.restore = restore;
        this.settings = settings;
        this.executor = executor;
        this.applyRules = applyRules;
        this.applyTheme = applyTheme;
        for (Stage stage : Stage.values()) {
            if (stage.isOpen()) {
                thresholds.put(stage, new SimpleIntegerProperty(current.noResponseDays(stage)));
            }
        }
        for (RuleId id : RuleId.values()) {
            enabled.put(id, new SimpleBooleanProperty(current.rule(id).enabled()));
        }
        queueCap.set(current.queueCap());
        theme = new SimpleObjectProperty<>(currentTheme);
        executor.run(settings::myName, myName::set, f -> status.set(f.getMessage()));
    }

    /** Saves everything; rule changes are applied by reopening the core, which recomputes the alert schedules. */
    public void save() {
        retry.hold();
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        thresholds.forEach((stage, value) -> days.put(stage, value.get()));
        Map<RuleId, Boolean> switches = new EnumMap<>(RuleId.class);
        enabled.forEach((id, on) -> switches.put(id, on.get()));
        int cap = queueCap.get();
        String name = myName.get() == null ? "" : myName.get().strip();
        Theme chosen = theme.get();
        executor.run(() -> {
            settings.save(days, switches, cap, name);
            return true;
        }, ok -> {
            retry.stop();
            status.set(Messages.text("settings.savedTo", settings.rulesFile()));
            applyTheme.accept(chosen);
            applyRules.run();
        }, failure -> {
            String words = Messages.text("settings.notSaved", app.candor.followup.Failures.plain(failure));
            status.set(retry.after(failure, this::save).map(again -> words + " " + again).orElse(words));
        });
    }

    public void refreshBackups() {
        executor.run(backups::restorable, backupFiles::setAll, failure -> status.set(failure.getMessage()));
    }

    public void backupNow() {
        executor.run(backups::backupNow, made -> {
            status.set(Messages.text("settings.backedUp", made));
            refreshBackups();
        }, failure -> status.set(Messages.text("settings.backupFailed", failure.getMessage())));
    }

    /** Restores the chosen backup; the window reopens on it and the current file is kept aside. */
    public void restore(Path backup) {
        if (backup != null) {
            restore.accept(backup);
        }
    }

    public ObservableList<Path> backupFiles() {
        return backupFiles;
    }

    /** The rules file the thresholds and switches are saved to. */
    public Path rulesFile() {
        return settings.rulesFile();
    }

    /** Whether the pipeline is on a team's server, which its administrator backs up (no file here to copy). */
    public boolean onTeamServer() {
        return backups.onServer();
    }

    /** Where the pipeline is: the file's path or the team server's address. */
    public String where() {
        return backups.where();
    }

    public Path backupFolder() {
        return backups.folder();
    }

    public IntegerProperty threshold(Stage stage) {
        return thresholds.get(stage);
    }

    public BooleanProperty enabled(RuleId id) {
        return enabled.get(id);
    }

    public IntegerProperty queueCapProperty() {
        return queueCap;
    }

    public StringProperty myNameProperty() {
        return myName;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
