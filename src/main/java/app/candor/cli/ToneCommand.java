package app.candor.cli;

import app.candor.scripts.PressureCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor tone}: the pressure check on a draft read from stdin. Exits 0 whether or not it finds anything. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = "Read a draft on stdin and point out wording that adds pressure, with a trust-based alternative.")
public final class ToneCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", description = "text or json ({\"findings\": [...]})")
    OutputFormat format;

    private final CandorCommand root;

    ToneCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        String draft = root.in().lines().collect(Collectors.joining("\n"));
        List<PressureCheck.Finding> findings = PressureCheck.loaded().check(draft);
        PrintWriter out = root.out();
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PressureCheck.Finding f : findings) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("start", f.start());
                row.put("end", f.end());
                row.put("phrase", f.phrase());
                row.put("kind", f.kind().code());
                row.put("reason", f.reason());
                row.put("suggestion", f.suggestion());
                rows.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("findings", rows);
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else if (findings.isEmpty()) {
            out.println("No pressure found. Read it once more as if you were them.");
        } else {
            for (PressureCheck.Finding f : findings) {
                int line = 1 + (int) draft.substring(0, f.start()).chars().filter(c -> c == '\n').count();
                int column = f.start() - draft.lastIndexOf('\n', f.start() - 1);
                out.printf("line %d, column %d: \"%s\"%n  kind: %s%n  why: %s%n  instead: %s%n", line, column,
                        app.candor.domain.Text.visible(f.phrase(), false), f.kind().code(),
                        f.reason(), f.suggestion());
            }
        }
        out.flush();
        return 0;
    }
}
