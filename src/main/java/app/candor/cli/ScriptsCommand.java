package app.candor.cli;

import app.candor.domain.Script;
import app.candor.followup.Services;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor scripts}: the library, built-in and the user's own. */
@Command(name = "scripts", mixinStandardHelpOptions = true,
        description = "List the follow-up scripts: built-in ones and your own, with principle and source.")
public final class ScriptsCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    OutputFormat format;

    private final CandorCommand root;

    ScriptsCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        try (Services core = root.open()) {
            List<Script> scripts = core.scripts().all();
            PrintWriter out = root.out();
            if (format == OutputFormat.json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Script s : scripts) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", s.id());
                    row.put("title", s.title());
                    row.put("principle", s.principle());
                    row.put("source", s.source());
                    row.put("channel", s.channel().code());
                    row.put("builtIn", s.builtIn());
                    row.put("emailSubject", s.emailSubject());
                    row.put("emailBody", s.emailBody());
                    row.put("phoneText", s.phoneBody());
                    rows.add(row);
                }
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            } else {
                for (Script s : scripts) {
                    out.printf("%-24s %s [%s%s]%n", app.candor.domain.Text.visible(s.id(), false),
                            app.candor.domain.Text.visible(s.title(), false), s.channel().code(), s.builtIn() ? "" : ", yours");
                    out.printf("%-24s %s%n", "", app.candor.domain.Text.visible(s.principle(), false));
                    if (!s.source().isEmpty()) {
                        out.printf("%-24s Source: %s%n", "", app.candor.domain.Text.visible(s.source(), false));
                    }
                }
            }
            out.flush();
        }
        return 0;
    }
}
