package app.candor.cli;

import app.candor.followup.Services;
import app.candor.insights.Report;
import app.candor.insights.ReportRange;
import app.candor.insights.ReportTable;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor report NAME}: the Insights figures, as text, JSON or CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print what your history teaches: reply-rates (by script), losses (loss lessons),"
            + " discipline (follow-ups by week) or pipeline (open value per stage, stage moves).",
        footer = {"", "Without --from/--to: the last 12 weeks, as in the app. Definitions: `candor docs reports`."})
public final class ReportCommand implements Callable<Integer> {

    /** How a report is printed. */
    enum Format { text, json, csv }

    @Parameters(paramLabel = "NAME", description = "reply-rates, losses, discipline or pipeline.")
    String name;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the range (included).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the range (included); default today.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (the report's main table).")
    Format format;

    @Option(names = "--by-seller", description = "discipline only, on a team's server: one row per seller (a"
            + " manager sees the team's).")
    boolean bySeller;

    private final CandorCommand root;

    ReportCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Report report = Report.fromCode(name);
        try (Services core = root.open()) {
            LocalDate today = core.insights().today();
            ReportRange defaults = report.defaultRange(today);
            ReportRange range = new ReportRange(from == null ? (to == null ? defaults.from() : to.minusDays(
                    defaults.to().toEpochDay() - defaults.from().toEpochDay())) : from, to == null ? today : to);
            PrintWriter out = root.out();
            if (bySeller) {
                if (report != Report.DISCIPLINE) {
                    throw app.candor.domain.Refused.because("report.bySeller.only");
                }
                printBySeller(core, range, out);
                out.flush();
                return 0;
            }
            switch (format) {
                case json -> {
                    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .enable(SerializationFeature.INDENT_OUTPUT);
                    json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    json.writeValue(out, core.insights().figures(report, range));
                    out.println();
                }
                case csv -> {
                    for (ReportTable t : core.insights().tables(report, range)) {
                        if (t.forCsv()) {
                            t.writeCsv(out);
                        }
                    }
                }
                case text -> {
                    List<ReportTable> tables = core.insights().tables(report, range);
                    out.println(report.title() + " (" + range + ")");
                    for (ReportTable t : tables) {
                        out.println();
                        out.print(app.candor.domain.Text.visible(t.text(), true));
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    private void printBySeller(Services core, ReportRange range, PrintWriter out) throws IOException {
        switch (format) {
            case json -> {
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeValue(out, core.insights().disciplineBySeller(range));
                out.println();
            }
            case csv -> core.insights().disciplineBySellerTable(range).writeCsv(out);
            case text -> {
                out.println(Report.DISCIPLINE.title() + " by seller (" + range + ")");
                out.println();
                out.print(app.candor.domain.Text.visible(core.insights().disciplineBySellerTable(range).text(), true));
            }
        }
    }
}
