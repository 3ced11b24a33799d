package app.candor.cli;

import app.candor.domain.Alert;
import app.candor.domain.FollowUpFacts;
import app.candor.followup.Services;
import app.candor.rules.FollowUpQueue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--revive", description = "Show the revive list instead: leads with no word from them for"
            + " reviveAfterDays (90) or more and no date agreed.")
    boolean revive;

    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    private final CandorCommand root;

    AlertsCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Clock clock = root.clock();
        if (today != null) {
            clock = Clock.fixed(today.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(), clock.getZone());
        }
        try (Services core = root.open(clock)) {
            LocalDate day = core.followUps().today();
            boolean whole = all || format == OutputFormat.json;
            FollowUpQueue queue = whole ? core.followUps().fullQueue(day)
                    : core.followUps().queue(day, null, java.util.Set.of(), null, revive);
            PrintWriter out = root.out();
            if (format == OutputFormat.json) {
                java.util.Set<FollowUpFacts> revived = java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>());
                queue.revive().forEach(e -> revived.add(e.subject()));
                writeJson(queue.allAlerts(), revived, core.followUps().owners(queue.allAlerts()), out);
            } else {
                printText(out, queue, day);
            }
            out.flush();
        }
        return 0;
    }

    /**
     * Streams a JSON array with one object per (deal, rule), in queue order, one object per line; keys are
     * stable: prospect, prospectId, email, company, dealId, deal, stage, whoseMove, rule, severity,
     * daysSinceResponse, lastResponse, explanation, list (queue or revive), scripts, owner (the seller's login on a
     * team's server; null in a file).
     */
    public static void writeJson(List<Alert> alerts, Writer out) throws IOException {
        writeJson(alerts, java.util.Set.of(), java.util.Map.of(), out);
    }

    /**
     * The same, with {@code revived} naming the subjects on the revive list ({@code "list": "revive"}) and
     * {@code owners} the seller owning each prospect, by id.
     */
    public static void writeJson(List<Alert> alerts, java.util.Set<FollowUpFacts> revived,
                                 java.util.Map<Long, String> owners, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeRaw('[');
        boolean first = true;
        for (Alert a : alerts) {
            FollowUpFacts s = a.subject();
            g.writeRaw(first ? "\n" : ",\n");
            first = false;
            g.writeStartObject();
            g.writeStringField("prospect", s.prospectName());
            g.writeNumberField("prospectId", s.prospectId());
            g.writeStringField("email", s.email());
            g.writeStringField("company", s.company());
            if (s.dealId() == null) {
                g.writeNullField("dealId");
                g.writeNullField("deal");
            } else {
                g.writeNumberField("dealId", s.dealId());
                g.writeStringField("deal", s.dealTitle());
            }
            g.writeStringField("stage", s.stage().code());
            g.writeStringField("whoseMove", s.whoseMove().code());
            g.writeStringField("rule", a.rule().code());
            g.writeStringField("severity", a.severity().code());
            g.writeNumberField("daysSinceResponse", a.daysSinceResponse());
            if (a.lastResponse() == null) {
                g.writeNullField("lastResponse");
            } else {
                g.writeStringField("lastResponse", a.lastResponse().toString());
            }
            g.writeStringField("explanation", a.explanation());
            g.writeStringField("list", revived.contains(s) ? "revive" : "queue");
            g.writeArrayFieldStart("scripts");
            for (String id : a.scriptIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            String owner = owners.get(s.prospectId());
            if (owner == null) {
                g.writeNullField("owner");
            } else {
                g.writeStringField("owner", owner);
            }
            g.writeEndObject();
        }
        g.writeRaw(first ? "]\n" : "\n]\n");
        g.flush();
    }

    /** A person's text on one terminal line: control characters shown, never obeyed. */
    private static String shown(String text) {
        return app.candor.domain.Text.visible(text, false);
    }

    private void printText(PrintWriter out, FollowUpQueue queue, LocalDate day) {
        List<FollowUpQueue.Entry> list = revive ? queue.revive() : queue.entries();
        int total = revive ? queue.reviveTotal() : queue.total();
        List<FollowUpQueue.Entry> shown = all || list.size() <= queue.cap() ? list : list.subList(0, queue.cap());
        out.printf("%s for %s: %d of %d%s%n", revive ? "Long-silent leads to revive" : "Follow-ups", day,
                shown.size(), total, shown.size() < total ? " (--all shows the rest)" : "");
        if (total == 0) {
            out.println(revive ? "No long-silent leads to revive." : FollowUpQueue.NOBODY_WAITING);
        }
        int n = 1;
        for (FollowUpQueue.Entry e : shown) {
            FollowUpFacts s = e.subject();
            Alert a = e.primary();
            out.printf("%2d. %-6s %s%s%s [%s, %s]%n", n++, a.severity().code().toUpperCase(Locale.ROOT),
                    shown(s.prospectName()), s.company().isEmpty() ? "" : " (" + shown(s.company()) + ")",
                    s.dealId() == null ? "" : ": " + shown(s.dealTitle()) + " #" + s.dealId(), s.stage().code(),
                    s.whoseMove().inWords());
            out.printf("    %s: %s%n", a.rule().code(), shown(a.explanation()));
            for (Alert other : e.others()) {
                out.printf("    also %s: %s%n", other.rule().code(), shown(other.explanation()));
            }
            out.printf("    scripts: %s%n", String.join(", ", a.scriptIds()));
        }
        if (queue.arriving() > 0) {
            out.printf("%d imported %s the queue over the coming days, a few a day (arrivalsPerDay).%n",
                    queue.arriving(), queue.arriving() == 1 ? "prospect joins" : "prospects join");
        }
        if (!revive && queue.reviveTotal() > 0) {
            out.printf("%d long-silent %s on the revive list (--revive shows %s).%n", queue.reviveTotal(),
                    queue.reviveTotal() == 1 ? "lead waits" : "leads wait", queue.reviveTotal() == 1 ? "it" : "them");
        }
    }
}
