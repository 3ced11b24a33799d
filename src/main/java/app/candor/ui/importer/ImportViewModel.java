package app.candor.ui.importer;

import app.candor.followup.DataService;
import app.candor.io.CsvImport;
import app.candor.ui.common.Change;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Importing a CSV file in the app: a dry run shows the kind of file, the column mapping and every problem; the
 * user chooses what to do with duplicates and invalid rows; the import runs in the background, all or nothing.
 */
public final class ImportViewModel {

    private final DataService data;
    private TaskExecutor.Cancellable importing;
    private boolean cancelRequested;
    private final TaskExecutor executor;
    private final Consumer<Change> onImported;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CsvImport.Report> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CsvImport.Report> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty validOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<CsvImport.OnDuplicate> onDuplicate = new SimpleObjectProperty<>();

    public ImportViewModel(DataService data, TaskExecutor executor, Consumer<Change> onImported) {
        this.data = data;
        this.executor = executor;
        this.onImported = onImported;
        validOnly.addListener((o, a, b) -> refreshPreview());
        onDuplicate.addListener((o, a, b) -> refreshPreview());
    }

    /** Checks {@code chosen} without writing anything. */
    public void preview(Path chosen) {
        file.set(chosen);
        result.set(null);
        refreshPreview();
    }

    private void refreshPreview() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        running.set(true);
        status.set(Messages.text("importer.checking", chosen.getFileName()));
        CsvImport.Options options = new CsvImport.Options(true, validOnly.get(), onDuplicate.get());
        cancelRequested = false;
        importing = executor.runLong(() -> data.importCsv(chosen, options), report -> {
            running.set(false);
            importing = null;
            preview.set(report);
            status.set("");
        }, this::failed);
    }

    /** Imports for real with the chosen options. */
    public void importNow() {
        Path chosen = file.get();
        if (chosen == null || running.get()) {
            return;
        }
        running.set(true);
        status.set(Messages.text("importer.importing", chosen.getFileName()));
        CsvImport.Options options = new CsvImport.Options(false, validOnly.get(), onDuplicate.get());
        cancelRequested = false;
        importing = executor.runLong(() -> data.importCsv(chosen, options), report -> {
            running.set(false);
            importing = null;
            result.set(report);
            status.set(report.written() ? Messages.text("importer.done", report.added(), report.updated(), report.skipped())
                    : Messages.text("importer.nothingFix"));
            if (report.written()) {
                onImported.accept(new Change.Everything());
            }
        }, this::failed);
    }

    private void failed(Throwable failure) {
        running.set(false);
        importing = null;
        status.set(cancelRequested ? Messages.text("importer.cancelled") : Messages.text("importer.nothing", failure.getMessage()));
    }

    /** Stops a running import; it is rolled back whole, so nothing of it is kept. */
    public void cancel() {
        TaskExecutor.Cancellable running = importing;
        if (running != null) {
            cancelRequested = true;
            status.set(Messages.text("importer.cancelling"));
            running.cancel();
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CsvImport.Report> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CsvImport.Report> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    public ObjectProperty<CsvImport.OnDuplicate> onDuplicateProperty() {
        return onDuplicate;
    }
}
