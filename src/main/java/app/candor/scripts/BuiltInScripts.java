package app.candor.scripts;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import app.candor.json.JsonTree;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The read-only scripts shipped with Candor, drawn from the trust-based selling articles (docs/SCRIPTS.md). */
public final class BuiltInScripts {

    public static final String RESOURCE = "/app/candor/scripts/builtin-scripts.json";

    private BuiltInScripts() {
    }

    /** Loads and validates every built-in; a malformed one is a bug caught by the tests. */
    public static List<Script> load() {
        try (InputStream in = BuiltInScripts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            List<Script> scripts = new ArrayList<>();
            for (JsonNode n : JsonTree.read(in)) {
                Script script = new Script(n.get("id").asText(), n.get("title").asText(), n.path("principle").asText(),
                        n.path("source").asText(), Channel.fromCode(n.get("channel").asText()),
                        n.path("subject").asText(), n.path("email").asText(), n.path("phone").asText(), true);
                ScriptRenderer.validate(script);
                scripts.add(script);
            }
            return List.copyOf(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
