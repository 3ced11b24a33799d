package app.candor.cli;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.followup.Core;
import app.candor.rules.FollowUpQueue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor alerts}: the daily follow-up queue, as text or JSON. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Print today's follow-up queue: who needs a follow-up, why, and which scripts fit.")
public final class AlertsCommand implements Callable<Integer> {

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Judge as if today were this date.")
    LocalDate today;

    @Option(names = "--format", defaultValue = "text", description = "text or json (every alert, one per deal and rule).")
    OutputFormat format;

    @Option(names = "--all", description = "Show the whole queue, not just the first entries (queue cap).")
    boolean all;

    private final CandorCommand root;

    AlertsCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Clock clock = root.clock();
        if (today != null) {
            clock = Clock.fixed(today.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(), clock.getZone());
        }
        try (Core core = root.open(clock)) {
            LocalDate day = core.followUps().today();
            FollowUpQueue queue = core.followUps().queue(day);
            PrintWriter out = root.out();
            if (format == OutputFormat.json) {
                out.println(json(queue.allAlerts()));
            } else {
                printText(out, queue, day);
            }
            out.flush();
        }
        return 0;
    }

    /** One object per (deal, rule), in queue order, with stable keys. */
    static String json(List<Alert> alerts) throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            FollowUpFacts s = a.subject();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("prospect", s.prospectName());
            row.put("prospectId", s.prospectId());
            row.put("email", s.email());
            row.put("company", s.company());
            row.put("dealId", s.dealId());
            row.put("deal", s.dealId() == null ? null : s.dealTitle());
            row.put("stage", s.stage().code());
            row.put("whoseMove", s.whoseMove().code());
            row.put("rule", a.rule().code());
            row.put("severity", a.severity().code());
            row.put("daysSinceResponse", a.daysSinceResponse());
            row.put("lastResponse", a.lastResponse() == null ? null : a.lastResponse().toString());
            row.put("explanation", a.explanation());
            row.put("scripts", a.scriptIds());
            rows.add(row);
        }
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows);
    }

    private void printText(PrintWriter out, FollowUpQueue queue, LocalDate day) {
        List<FollowUpQueue.Entry> shown = all ? queue.entries() : queue.visible();
        out.printf("Follow-ups for %s: %d of %d%s%n", day, shown.size(), queue.entries().size(),
                shown.size() < queue.entries().size() ? " (--all shows the rest)" : "");
        if (queue.entries().isEmpty()) {
            out.println("Nobody is waiting on you. Every open deal has a next step or it is their move.");
        }
        int n = 1;
        for (FollowUpQueue.Entry e : shown) {
            FollowUpFacts s = e.subject();
            Alert a = e.primary();
            out.printf("%2d. %-6s %s%s%s [%s, %s move]%n", n++, a.severity().code().toUpperCase(Locale.ROOT),
                    s.prospectName(), s.company().isEmpty() ? "" : " (" + s.company() + ")",
                    s.dealId() == null ? "" : ": " + s.dealTitle() + " #" + s.dealId(), s.stage().code(),
                    s.whoseMove().code().equals("ours") ? "our" : "their");
            out.printf("    %s: %s%n", a.rule().code(), a.explanation());
            for (Alert other : e.others()) {
                out.printf("    also %s: %s%n", other.rule().code(), other.explanation());
            }
            out.printf("    scripts: %s%n", String.join(", ", a.scriptIds()));
        }
    }
}
