package app.candor.ui.reports;

import app.candor.insights.Figures.Discipline;
import app.candor.insights.Figures.LossLessons;
import app.candor.insights.Figures.Pipeline;
import app.candor.insights.Figures.ReplyRates;
import app.candor.insights.Insights;
import app.candor.insights.Report;
import app.candor.insights.ReportRange;
import app.candor.insights.ReportTable;
import app.candor.insights.ReportTables;
import app.candor.platform.SafeFiles;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Reports screen: the four Insights reports over one date range, loaded off the FX thread. */
public final class ReportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);

    /** All four reports at once, as one load. */
    public record Loaded(ReportRange range, ReplyRates replyRates, LossLessons losses, Discipline discipline,
                         Pipeline pipeline, List<app.candor.insights.Figures.SellerDiscipline> bySeller) {

        /** The table a chart's "Save data as CSV" writes. */
        public ReportTable table(Report report) {
            List<ReportTable> tables = switch (report) {
                case REPLY_RATES -> ReportTables.of(replyRates);
                case LOSSES -> ReportTables.of(losses);
                case DISCIPLINE -> ReportTables.of(discipline);
                case PIPELINE -> ReportTables.of(pipeline);
            };
            return report == Report.LOSSES ? tables.get(0) : tables.stream().filter(ReportTable::forCsv).findFirst()
                    .orElseThrow();
        }
    }

    private final Insights insights;
    private final TaskExecutor executor;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public ReportsViewModel(Insights insights, TaskExecutor executor) {
        this.insights = insights;
        this.executor = executor;
        usePreset(Preset.LAST_12_WEEKS);
    }

    /** Ranges offered in one click. */
    public enum Preset {
        LAST_12_WEEKS("reports.range.weeks"), THIS_MONTH("reports.range.month"), LAST_12_MONTHS("reports.range.months");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return Messages.text(label);
        }
    }

    public void usePreset(Preset preset) {
        LocalDate today = insights.today();
        ReportRange range = switch (preset) {
            case LAST_12_WEEKS -> ReportRange.standard(today);
            case THIS_MONTH -> ReportRange.monthTo(today);
            case LAST_12_MONTHS -> new ReportRange(today.minusMonths(12).plusDays(1), today);
        };
        from.set(range.from());
        to.set(range.to());
    }

    /** Loads the four reports for the chosen range; a backward range is said, not loaded. */
    public void refresh() {
        Optional<ReportRange> range = range();
        if (range.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(Messages.text("reports.working"));
        ReportRange r = range.get();
        executor.run(() -> new Loaded(r, insights.replyRates(r), insights.lossLessons(r), insights.discipline(r),
                insights.pipeline(r), insights.team() ? insights.disciplineBySeller(r) : List.of()), result -> {
                    busy.set(false);
                    status.set("");
                    loaded.set(result);
                }, failure -> {
                    busy.set(false);
                    LOG.warn("Reports failed", failure);
                    status.set(Messages.text("reports.failed", failure.getMessage()));
                });
    }

    private Optional<ReportRange> range() {
        if (from.get() == null || to.get() == null) {
            status.set(Messages.text("reports.bothDates"));
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            status.set(Messages.text("reports.backwards"));
            return Optional.empty();
        }
        return Optional.of(new ReportRange(from.get(), to.get()));
    }

    /** Writes the data behind {@code report}'s chart as CSV, off the FX thread; the file appears whole or not at all. */
    public void saveCsv(Report report, Path file) {
        Loaded l = loaded.get();
        if (l == null) {
            status.set(Messages.text("reports.stillLoading"));
            return;
        }
        ReportTable table = l.table(report);
        save(file, stream -> {
            try (Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                table.writeCsv(out);
            }
        });
    }

    /** Writes a snapshot of a chart as a PNG image, off the FX thread; the file appears whole or not at all. */
    public void savePng(Image image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        save(file, part -> {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            out.setRGB(0, 0, w, h, argb, 0, w);
            if (!ImageIO.write(out, "png", part)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    private void save(Path file, SafeFiles.Content work) {
        executor.run(() -> {
            SafeFiles.write(file, work);
            return file;
        }, saved -> status.set(Messages.text("reports.saved", saved.getFileName())), failure -> {
            LOG.warn("Saving {} failed", file, failure);
            status.set(Messages.text("reports.notSaved", file, failure.getMessage()));
        });
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Loaded> loadedProperty() {
        return loaded;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
