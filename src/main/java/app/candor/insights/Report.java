package app.candor.insights;

import app.candor.domain.Refused;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The four reports, by the name the CLI takes. */
public enum Report {
    REPLY_RATES("reply-rates", "Reply rate by script"),
    LOSSES("losses", "Loss lessons"),
    DISCIPLINE("discipline", "Follow-up discipline"),
    PIPELINE("pipeline", "Pipeline");

    private final String code;
    private final String title;

    Report(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The range a report covers when none is given: the same for every report, in the app and the CLI. */
    public ReportRange defaultRange(LocalDate today) {
        return ReportRange.standard(today);
    }

    public static Report fromCode(String code) {
        for (Report r : values()) {
            if (r.code.equalsIgnoreCase(code)) {
                return r;
            }
        }
        throw Refused.because("refused.report", code, codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(Report::code).collect(Collectors.joining(", "));
    }
}
