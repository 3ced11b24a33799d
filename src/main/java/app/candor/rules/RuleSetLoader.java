package app.candor.rules;

import app.candor.domain.Refused;
import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import app.candor.json.JsonTree;
import app.candor.text.Catalogue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shipped default rules and merges a user's {@code rules.json} over them. A file with any problem
 * (syntax, unknown rule id, negative number, wrong type) is set aside as a whole, with each problem reported.
 */
public final class RuleSetLoader {

    /** The user's rules file, in the data folder. */
    public static final String FILE_NAME = "rules.json";
    public static final String DEFAULTS_RESOURCE = "/app/candor/rules/default-rules.json";
    private static final Map<RuleId, Set<String>> PARAMETERS = Map.of(
            RuleId.CHECKIN_SLIPPED, Set.of("slips"),
            RuleId.QUIET_AFTER_PROMISE, Set.of("businessDays"),
            RuleId.UNANSWERED_ATTEMPTS, Set.of("attempts"),
            RuleId.LOST_ASK_FEEDBACK, Set.of("days"));
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "escalatedSeverity", "scripts");

    /** The rules shipped with Candor. */
    public RuleSet defaults() {
        return build(defaultTree());
    }

    /** The defaults with the user's rules file's text merged over them; any problem means the defaults, said. */
    public RulesLoad parse(String text) {
        JsonNode user;
        Map<String, Integer> lines;
        try {
            user = JsonTree.read(text);
            lines = lineMap(text);
        } catch (JsonProcessingException e) {
            Catalogue words = Catalogue.personal();
            return new RulesLoad(defaults(), List.of(e.getLocation() == null
                    ? words.text("rules.file.json", e.getOriginalMessage())
                    : words.text("rules.file.jsonAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    e.getOriginalMessage())));
        } catch (StackOverflowError e) {
            return new RulesLoad(defaults(), List.of(Catalogue.personal().text("rules.file.deep")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        if (user == null || user.isMissingNode()) {
            problems.add("line 1, $: the file is empty; expected a JSON object");
        } else {
            new Validator(lines, problems).validate(user);
        }
        if (!problems.isEmpty()) {
            return new RulesLoad(defaults(), problems);
        }
        ObjectNode merged = defaultTree();
        merge(merged, user);
        return new RulesLoad(build(merged), List.of());
    }

    /**
     * The rules file's text with the given thresholds, switches and cap written into it, keeping whatever else it
     * sets (such as script mappings); {@code current} is the file's text, or null when there is none. Refuses text
     * that has problems, naming {@code fileName}: a file the user is fixing is never overwritten.
     */
    public String withOverrides(String current, String fileName, Map<Stage, Integer> thresholds,
                                Map<RuleId, Boolean> enabled, int queueCap) throws IOException {
        ObjectNode tree = JsonTree.object();
        if (current != null) {
            RulesLoad load = parse(current);
            if (load.usingDefaultsBecauseOfProblems()) {
                throw new Refused(fileName + " has problems, so Candor will not overwrite it. Fix or"
                        + " remove it first:\n  " + String.join("\n  ", load.problems()));
            }
            tree = (ObjectNode) JsonTree.read(current);
        }
        tree.put("queueCap", queueCap);
        ObjectNode days = tree.with("noResponseDays");
        thresholds.forEach((stage, value) -> days.put(stage.code(), value));
        ObjectNode rules = tree.with("rules");
        enabled.forEach((id, on) -> rules.with(id.code()).put("enabled", on));
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private ObjectNode defaultTree() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULTS_RESOURCE);
            }
            return (ObjectNode) JsonTree.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    private static void merge(ObjectNode target, JsonNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                merge(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static RuleSet build(JsonNode tree) {
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        tree.get("noResponseDays").fields().forEachRemaining(e -> days.put(Stage.fromCode(e.getKey()), e.getValue().intValue()));
        Map<RuleId, RuleConfig> rules = new EnumMap<>(RuleId.class);
        tree.get("rules").fields().forEachRemaining(e -> {
            RuleId id = RuleId.fromCode(e.getKey());
            JsonNode rule = e.getValue();
            Severity severity = Severity.fromCode(rule.get("severity").asText());
            Severity escalated = rule.has("escalatedSeverity")
                    ? Severity.fromCode(rule.get("escalatedSeverity").asText()) : severity;
            List<String> scripts = new ArrayList<>();
            rule.path("scripts").forEach(s -> scripts.add(s.asText()));
            Map<String, Integer> parameters = new HashMap<>();
            for (String name : PARAMETERS.getOrDefault(id, Set.of())) {
                parameters.put(name, rule.get(name).intValue());
            }
            rules.put(id, new RuleConfig(rule.path("enabled").asBoolean(true), severity, escalated, scripts, parameters));
        });
        return new RuleSet(days, rules, tree.get("queueCap").intValue(), tree.get("reviveAfterDays").intValue(),
                tree.get("arrivalsPerDay").intValue());
    }

    /** JSON pointer of every value and field name to the line it starts on, for messages. */
    private static Map<String, Integer> lineMap(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Walks the user's tree, reporting every problem with its path and line. */
    private static final class Validator {
        private final Map<String, Integer> lines;
        private final List<String> problems;
        private final Catalogue words = Catalogue.personal();

        Validator(Map<String, Integer> lines, List<String> problems) {
            this.lines = lines;
            this.problems = problems;
        }

        void validate(JsonNode root) {
            if (!root.isObject()) {
                problem("", words.text("rules.file.object"));
                return;
            }
            root.fields().forEachRemaining(e -> {
                String pointer = "/" + e.getKey();
                switch (e.getKey()) {
                    case "queueCap" -> integer(pointer, e.getValue(), 1);
                    case "reviveAfterDays" -> integer(pointer, e.getValue(), 1);
                    case "arrivalsPerDay" -> integer(pointer, e.getValue(), 1);
                    case "noResponseDays" -> thresholds(pointer, e.getValue());
                    case "rules" -> rules(pointer, e.getValue());
                    default -> problem(pointer, words.text("rules.file.setting", e.getKey()));
                }
            });
        }

        private void thresholds(String pointer, JsonNode node) {
            if (!object(pointer, node)) {
                return;
            }
            node.fields().forEachRemaining(e -> {
                String child = pointer + "/" + e.getKey();
                Stage stage = stage(e.getKey());
                if (stage == null || !stage.isOpen()) {
                    problem(child, words.text("rules.file.stage", e.getKey()));
                } else {
                    integer(child, e.getValue(), 0);
                }
            });
        }

        private void rules(String pointer, JsonNode node) {
            if (!object(pointer, node)) {
                return;
            }
            node.fields().forEachRemaining(e -> {
                String child = pointer + "/" + e.getKey();
                RuleId id = ruleId(e.getKey());
                if (id == null) {
                    problem(child, words.text("rules.file.rule", e.getKey(),
                            java.util.Arrays.stream(RuleId.values()).map(RuleId::code).toList().toString()));
                } else {
                    rule(child, id, e.getValue());
                }
            });
        }

        private void rule(String pointer, RuleId id, JsonNode node) {
            if (!object(pointer, node)) {
                return;
            }
            Set<String> parameters = PARAMETERS.getOrDefault(id, Set.of());
            node.fields().forEachRemaining(e -> {
                String child = pointer + "/" + e.getKey();
                JsonNode value = e.getValue();
                String key = e.getKey();
                if (key.equals("enabled")) {
                    if (!value.isBoolean()) {
                        problem(child, words.text("rules.file.boolean", describe(value)));
                    }
                } else if (key.equals("severity") || key.equals("escalatedSeverity")) {
                    if (!value.isTextual() || severity(value.asText()) == null) {
                        problem(child, words.text("rules.file.severity", describe(value)));
                    }
                } else if (key.equals("scripts")) {
                    scripts(child, value);
                } else if (parameters.contains(key)) {
                    integer(child, value, key.equals("days") ? 0 : 1);
                } else {
                    List<String> allowed = new ArrayList<>(RULE_KEYS);
                    allowed.addAll(parameters);
                    problem(child, words.text("rules.file.ruleSetting", key, id.code(),
                            allowed.stream().sorted().toList().toString()));
                }
            });
        }

        private void scripts(String pointer, JsonNode value) {
            if (!value.isArray()) {
                problem(pointer, words.text("rules.file.scripts", describe(value)));
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual() || item.asText().isBlank()) {
                    problem(pointer + "/" + i, words.text("rules.file.script", describe(item)));
                }
            }
        }

        private boolean object(String pointer, JsonNode node) {
            if (!node.isObject()) {
                problem(pointer, words.text("rules.file.objectAt", describe(node)));
                return false;
            }
            return true;
        }

        private void integer(String pointer, JsonNode node, int minimum) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                problem(pointer, words.text("rules.file.number", describe(node)));
            } else if (node.intValue() < minimum) {
                problem(pointer, words.text("rules.file.minimum", minimum, node.intValue()));
            }
        }

        private void problem(String pointer, String message) {
            Integer line = lines.get(pointer);
            String path = "$" + pointer.replace('/', '.');
            problems.add(line == null ? words.text("rules.file.problem", path, message)
                    : words.text("rules.file.problemAt", line, path, message));
        }

        private static String describe(JsonNode node) {
            if (node.isTextual()) {
                return "\"" + node.asText() + "\"";
            }
            return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node;
        }

        private static Stage stage(String code) {
            try {
                return Stage.fromCode(code);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static RuleId ruleId(String code) {
            for (RuleId id : RuleId.values()) {
                if (id.code().equals(code)) {
                    return id;
                }
            }
            return null;
        }

        private static Severity severity(String code) {
            for (Severity s : Severity.values()) {
                if (s.code().equals(code)) {
                    return s;
                }
            }
            return null;
        }
    }
}
