package app.candor.ui.importer;

import app.candor.io.CsvImport;
import app.candor.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The import card: what the file is, how its columns map, its problems, the choices, and the result. */
public final class ImportView extends StackPane {

    public ImportView(ImportViewModel model, Runnable close) {
        setId("import-view");
        getStyleClass().add("overlay");
        Label title = new Label(Messages.text("importer.importACsvFile"));
        title.getStyleClass().add("title-3");
        Label file = new Label();
        file.textProperty().bind(model.fileProperty().asString());
        Label kind = new Label();
        kind.setId("import-kind");
        Label mapping = new Label();
        mapping.setWrapText(true);
        mapping.getStyleClass().add("text-muted");
        ListView<String> problems = new ListView<>();
        problems.setId("import-problems");
        problems.setPrefHeight(160);
        problems.setPlaceholder(new Label(Messages.text("importer.noProblemsFound")));
        Label counts = new Label();
        counts.setId("import-counts");
        model.previewProperty().addListener((o, a, r) -> {
            if (r == null) {
                return;
            }
            kind.setText(r.kind() == null ? Messages.text("importer.kind.unknown") : Messages.text(switch (r.kind()) {
                case PROSPECTS -> "importer.kind.prospects";
                case INTERACTIONS -> "importer.kind.interactions";
                case HUBSPOT_CONTACTS -> "importer.kind.hubspot";
                case PIPEDRIVE_DEALS -> "importer.kind.pipedrive";
            }, r.rows()));
            mapping.setText(r.ignoredColumns().isEmpty() ? Messages.text("importer.columns", r.columnsUsed())
                    : Messages.text("importer.columns.ignored", r.columnsUsed(), String.join(", ", r.ignoredColumns())));
            problems.getItems().setAll(r.problems());
            counts.setText(Messages.text("importer.counts", r.added(), r.updated(), r.skipped()));
        });

        CheckBox validOnly = new CheckBox(Messages.text("importer.importTheValidRows"));
        validOnly.setId("import-valid-only");
        validOnly.selectedProperty().bindBidirectional(model.validOnlyProperty());
        ComboBox<CsvImport.OnDuplicate> duplicates = new ComboBox<>(FXCollections.observableArrayList(null,
                CsvImport.OnDuplicate.SKIP, CsvImport.OnDuplicate.UPDATE));
        duplicates.setId("import-on-duplicate");
        duplicates.setConverter(app.candor.ui.common.Shown.by(d -> Messages.text(d == CsvImport.OnDuplicate.SKIP
                ? "importer.duplicates.skip" : "importer.duplicates.update"), Messages.text("importer.duplicates.stop")));
        duplicates.valueProperty().bindBidirectional(model.onDuplicateProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button run = new Button(Messages.text("importer.import"));
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty().or(model.previewProperty().isNull()));
        run.setOnAction(e -> model.importNow());
        Button cancel = new Button(Messages.text("importer.cancelImport"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Button done = new Button(Messages.text("importer.close"));
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());

        VBox card = new VBox(10, title, file, kind, mapping, problems, counts, validOnly, duplicates,
                new HBox(8, run, cancel, done, progress), status);
        card.getStyleClass().add("quick-log-card");
        card.setPadding(new Insets(20));
        card.setMaxWidth(680);
        card.setMaxHeight(USE_PREF_SIZE);
        setAlignment(Pos.TOP_CENTER);
        setPadding(new Insets(50, 0, 0, 0));
        getChildren().add(card);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
    }
}
