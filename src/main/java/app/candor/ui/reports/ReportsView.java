package app.candor.ui.reports;

import app.candor.domain.Money;
import app.candor.domain.Stage;
import app.candor.domain.StageTotal;
import app.candor.domain.history.LostDeal;
import app.candor.domain.history.StageMove;
import app.candor.insights.Figures.Count;
import app.candor.insights.Figures.DisciplineWeek;
import app.candor.insights.Figures.ReplyRate;
import app.candor.insights.Report;
import app.candor.ui.common.Dates;
import app.candor.ui.common.Messages;
import app.candor.ui.reports.ReportsViewModel.Loaded;
import app.candor.ui.reports.ReportsViewModel.Preset;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Four charts over one date range: reply rate by script, where deals were lost, follow-up discipline per week and
 * the open pipeline. Each chart saves as PNG and its data as CSV.
 */
public final class ReportsView extends BorderPane {

    private static final int MAX_LINES = 5;
    private static final int CHART_BARS = 8;
    /** Counts have no fractions: ticks between whole numbers go unlabelled. */
    private static final javafx.util.StringConverter<Number> WHOLE_NUMBERS = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    };

    private final ReportsViewModel model;
    private final Map<Report, Card> cards = new EnumMap<>(Report.class);

    public ReportsView(ReportsViewModel model) {
        this.model = model;
        setId("reports-view");
        Label title = new Label(Messages.text("reports.reports"));
        title.getStyleClass().add("title-2");
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<Preset> presets = new ComboBox<>(FXCollections.observableArrayList(Preset.values()));
        presets.setPromptText(Messages.text("reports.range"));
        presets.setId("reports-preset");
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                model.usePreset(presets.getValue());
            }
        });
        Label fromLabel = new Label(Messages.text("reports.from"));
        fromLabel.setMnemonicParsing(true);
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(Messages.text("reports.to"));
        toLabel.setMnemonicParsing(true);
        toLabel.setLabelFor(to);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("reports-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("text-muted");
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {title, fromLabel, toLabel, presets}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        from.setMinWidth(120);
        to.setMinWidth(120);
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox header = new HBox(10, title, fromLabel, from, toLabel, to, presets, busy, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 12, 20));
        setTop(header);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(0, 20, 20, 20));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        for (Report r : Report.values()) {
            cards.put(r, new Card(r));
        }
        // The two with many categories (scripts, weeks) get the whole width.
        grid.add(cards.get(Report.REPLY_RATES), 0, 0, 2, 1);
        grid.add(cards.get(Report.LOSSES), 0, 1);
        grid.add(cards.get(Report.PIPELINE), 1, 1);
        grid.add(cards.get(Report.DISCIPLINE), 0, 2, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        model.fromProperty().addListener((o, a, b) -> model.refresh());
        model.toProperty().addListener((o, a, b) -> model.refresh());
        model.loadedProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(b);
            }
        });
        if (model.loadedProperty().get() != null) {
            show(model.loadedProperty().get());
        }
    }

    /** One report: its chart, a few lines in words, and its two save buttons. */
    private final class Card extends VBox {
        final Report report;
        /** The names of the bars: across for most reports, down the side for reply rates (whole script names). */
        final CategoryAxis x = new CategoryAxis();
        final NumberAxis y = new NumberAxis();
        final XYChart<?, ?> chart;
        /** The pipeline's currencies: one at a time, never added together on one axis. */
        final ComboBox<String> currency = new ComboBox<>();
        List<? extends XYChart.Series<?, ?>> allSeries = List.of();
        final VBox lines = new VBox(2);
        /** What the PNG holds: the title, the chart and its lines in words, not the buttons. */
        final VBox content = new VBox(8);

        Card(Report report) {
            super(8);
            this.report = report;
            setId("report-" + report.code());
            getStyleClass().add("report-card");
            Label title = new Label(title(report));
            title.getStyleClass().add("title-4");
            chart = report == Report.REPLY_RATES ? new BarChart<Number, String>(y, x) : new BarChart<String, Number>(x, y);
            chart.setAnimated(false);
            chart.setPrefHeight(260);
            chart.setMinHeight(220);
            chart.setId("chart-" + report.code());
            y.setMinorTickVisible(false);
            if (report != Report.PIPELINE) {
                y.setTickLabelFormatter(WHOLE_NUMBERS);
            }
            Button png = new Button(Messages.text("reports.saveChartAsPng"));
            png.setId("png-" + report.code());
            png.setOnAction(e -> choose(Messages.text("reports.file.png"), "*.png", report.code() + ".png")
                    .ifPresent(file -> savePng(report, file)));
            Button csv = new Button(Messages.text("reports.saveDataAsCsv"));
            csv.setId("csv-" + report.code());
            csv.setOnAction(e -> choose(Messages.text("reports.file.csv"), "*.csv", report.code() + ".csv")
                    .ifPresent(file -> saveCsv(report, file)));
            HBox actions = new HBox(8, png, csv);
            if (report == Report.PIPELINE) {
                currency.setId("pipeline-currency");
                currency.setOnAction(e -> showCurrency());
                content.getChildren().addAll(new HBox(10, title, currency), chart, lines);
            } else {
                content.getChildren().addAll(title, chart, lines);
            }
            getChildren().addAll(content, actions);
            VBox.setVgrow(chart, Priority.ALWAYS);
            VBox.setVgrow(content, Priority.ALWAYS);
        }

        void showCurrency() {
            showCurrencyOf(this);
        }

        private java.util.Optional<Path> choose(String kind, String pattern, String name) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("reports.save", title(report)));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            chooser.setInitialFileName(name);
            File file = chooser.showSaveDialog(getScene().getWindow());
            return java.util.Optional.ofNullable(file).map(File::toPath);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void show(List<? extends XYChart.Series<?, ?>> series, String yLabel, List<String> words) {
            y.setLabel(yLabel);
            allSeries = series;
            if (report == Report.PIPELINE) {
                String chosen = currency.getValue();
                currency.getItems().setAll(series.stream().map(XYChart.Series::getName).toList());
                currency.setVisible(series.size() > 1);
                currency.setManaged(series.size() > 1);
                currency.setValue(currency.getItems().contains(chosen) ? chosen
                        : currency.getItems().isEmpty() ? null : currency.getItems().get(0));
                showCurrency();
            } else {
                ((XYChart) chart).getData().setAll(series);
            }
            lines.getChildren().clear();
            for (String w : words) {
                Label line = new Label(w);
                line.setWrapText(true);
                line.getStyleClass().add("report-line");
                lines.getChildren().add(line);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void showCurrencyOf(Card card) {
        ((XYChart) card.chart).getData().setAll(card.allSeries.stream()
                .filter(s -> s.getName().equals(card.currency.getValue())).toList());
    }

    /** Saves {@code report}'s chart card as a PNG image (encoded and written off the FX thread). */
    public void savePng(Report report, Path file) {
        javafx.scene.SnapshotParameters white = new javafx.scene.SnapshotParameters();
        white.setFill(javafx.scene.paint.Color.WHITE);
        model.savePng(cards.get(report).content.snapshot(white, null), file);
    }

    /** Saves the data behind {@code report}'s chart as CSV. */
    public void saveCsv(Report report, Path file) {
        model.saveCsv(report, file);
    }

    /** The chart of a report with its bar names across (all but reply rates). */
    @SuppressWarnings("unchecked")
    public BarChart<String, Number> chart(Report report) {
        if (report == Report.REPLY_RATES) {
            throw new IllegalArgumentException("reply rates run down the side: replyChart()");
        }
        return (BarChart<String, Number>) cards.get(report).chart;
    }

    /** The reply-rate chart: one bar per script and channel, their whole names down the side. */
    @SuppressWarnings("unchecked")
    public BarChart<Number, String> replyChart() {
        return (BarChart<Number, String>) cards.get(Report.REPLY_RATES).chart;
    }

    private void show(Loaded l) {
        XYChart.Series<Number, String> sent = across(Messages.text("reports.series.sent"));
        XYChart.Series<Number, String> replies = across(Messages.text("reports.series.replies"));
        List<String> replyWords = new java.util.ArrayList<>();
        List<ReplyRate> scripts = l.replyRates().scripts();
        for (ReplyRate r : scripts.subList(0, Math.min(CHART_BARS, scripts.size()))) {
            String name = Messages.text("reports.reply.bar", r.script(), channelWords(r.channel()));
            sent.getData().add(new XYChart.Data<>(r.sent(), name));
            replies.getData().add(new XYChart.Data<>(r.replies(), name));
        }
        for (ReplyRate r : scripts) {
            if (replyWords.size() < MAX_LINES) {
                String rate = r.enoughToSay() ? Messages.text("reports.reply.rate", r.replies(), r.sent(), r.replyRate())
                        : Messages.text("reports.reply.tooFew", r.replies(), r.sent());
                replyWords.add(Messages.text(r.medianDaysToReply() == null ? "reports.reply" : "reports.reply.median",
                        r.script(), channelWords(r.channel()), rate, r.medianDaysToReply()));
            }
        }
        if (scripts.size() > MAX_LINES) {
            replyWords.add(Messages.text("reports.more", scripts.size() - MAX_LINES));
        }
        if (scripts.isEmpty()) {
            replyWords.add(Messages.text("reports.reply.none"));
        }
        // A bar pair per script: the chart grows with them rather than squeezing their names.
        cards.get(Report.REPLY_RATES).chart.setPrefHeight(Math.max(220, 80 + 44 * sent.getData().size()));
        cards.get(Report.REPLY_RATES).show(List.of(sent, replies), Messages.text("reports.axis.touches"), replyWords);

        XYChart.Series<String, Number> lost = series(Messages.text("reports.series.lost"));
        for (Count c : l.losses().byStageLostAt()) {
            lost.getData().add(new XYChart.Data<>(stageWords(c.label()), c.deals()));
        }
        List<String> lossWords = new java.util.ArrayList<>();
        lossWords.add(Messages.text("reports.losses", l.losses().lost(), l.losses().byCheckIn().get(0).deals(),
                l.losses().byCheckIn().get(1).deals()));
        for (LostDeal d : l.losses().deals()) {
            if (lossWords.size() > MAX_LINES) {
                break;
            }
            lossWords.add(d.heardAfter().isEmpty() ? Messages.text("reports.lost", d.prospect(), d.title(), d.reason())
                    : Messages.text("reports.lost.since", d.prospect(), d.title(), d.reason(),
                    d.heardAfter().get(d.heardAfter().size() - 1).summary()));
        }
        cards.get(Report.LOSSES).show(List.of(lost), Messages.text("reports.axis.deals"), lossWords);

        XYChart.Series<String, Number> done = series(Messages.text("reports.series.done"));
        XYChart.Series<String, Number> raised = series(Messages.text("reports.series.raised"));
        int kept = 0;
        int slipped = 0;
        int missed = 0;
        int answered = 0;
        int allRaised = 0;
        for (DisciplineWeek w : l.discipline().weeks()) {
            String week = java.time.format.DateTimeFormatter.ofPattern(Messages.text("reports.week"),
                    java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).format(w.weekOf());
            done.getData().add(new XYChart.Data<>(week, w.followUpsDone()));
            raised.getData().add(new XYChart.Data<>(week, w.alertsRaised()));
            kept += w.checkInsKept();
            slipped += w.checkInsSlipped();
            missed += w.checkInsMissed();
            answered += w.alertsAnswered();
            allRaised += w.alertsRaised();
        }
        List<String> disciplineWords = new java.util.ArrayList<>(List.of(
                Messages.text("reports.discipline.answered", answered, allRaised),
                Messages.text("reports.discipline.checkIns", kept, slipped, missed)));
        if (l.bySeller().size() > 1) {
            // A manager on a team's server: each seller's discipline over the range, in a line each.
            for (app.candor.insights.Figures.SellerDiscipline s : l.bySeller()) {
                disciplineWords.add(Messages.text("reports.discipline.seller", s.seller(), s.followUpsDone(),
                        s.alertsAnswered(), s.alertsRaised(), s.checkInsKept(), s.checkInsSlipped(),
                        s.checkInsMissed()));
            }
        }
        cards.get(Report.DISCIPLINE).show(List.of(done, raised), Messages.text("reports.axis.perWeek"),
                disciplineWords);

        CategoryAxis stages = cards.get(Report.PIPELINE).x;
        stages.setAutoRanging(false);
        stages.setCategories(FXCollections.observableArrayList(java.util.Arrays.stream(Stage.values())
                .filter(Stage::isOpen).map(Messages::word).toList()));
        Map<String, XYChart.Series<String, Number>> byCurrency = new LinkedHashMap<>();
        for (StageTotal t : l.pipeline().openByStage()) {
            byCurrency.computeIfAbsent(t.currency(), this::series).getData().add(new XYChart.Data<>(
                    Messages.word(t.stage()), new Money(t.valueMinor(), t.currency()).amount()));
        }
        List<String> pipelineWords = new java.util.ArrayList<>();
        pipelineWords.add(Messages.text("reports.pipeline.moved", l.pipeline().dealsMoved(), Dates.day(l.range().from()),
                Dates.day(l.range().to())));
        for (StageMove m : l.pipeline().newestMoves()) {
            if (pipelineWords.size() > MAX_LINES) {
                break;
            }
            pipelineWords.add(Messages.text("reports.pipeline.move", Dates.day(m.on()), m.title(), m.prospect(),
                    Messages.word(m.previous()), Messages.word(m.stage())));
        }
        cards.get(Report.PIPELINE).show(List.copyOf(byCurrency.values()), Messages.text("reports.axis.openValue"), pipelineWords);
    }

    /** A report's name as the screen shows it. */
    static String title(Report report) {
        return Messages.text(switch (report) {
            case REPLY_RATES -> "reports.title.replyRates";
            case LOSSES -> "reports.title.losses";
            case DISCIPLINE -> "reports.title.discipline";
            case PIPELINE -> "reports.title.pipeline";
        });
    }

    /** A stage the figures name by its code ("not recorded" for a loss before stages were kept), in words. */
    private static String stageWords(String label) {
        for (Stage s : Stage.values()) {
            if (s.code().equals(label)) {
                return Messages.word(s);
            }
        }
        return Messages.text("reports.stage.unknown");
    }

    /** A channel the figures name ("phone", or a kind of interaction), in words. */
    private static String channelWords(String channel) {
        for (app.candor.domain.InteractionKind k : app.candor.domain.InteractionKind.values()) {
            if (k.code().equals(channel)) {
                return Messages.word(k);
            }
        }
        return "phone".equals(channel) ? Messages.word(app.candor.domain.Channel.PHONE) : channel;
    }

    private XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static XYChart.Series<Number, String> across(String name) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }
}
