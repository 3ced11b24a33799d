package app.candor.scripts;

import app.candor.domain.Refused;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wording with named placeholders: {@code {firstName}}. {@code {{} and {@code }}} stand for literal braces.
 * Parsing rejects unknown and unclosed placeholders with their position, so a bad template is refused when saved.
 */
public final class Template {

    /** Every placeholder a script may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("firstName", "company", "dealTitle", "lastContactDate",
            "lastSummary", "agreedCheckinDate", "proposedDate", "myName");

    private sealed interface Part permits Literal, Placeholder {
    }

    private record Literal(String text) implements Part {
    }

    private record Placeholder(String name) implements Part {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int nextOpen = text.indexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    throw error(text, i, "'{' is not closed; write {{ for a literal brace");
                }
                String name = text.substring(i + 1, close);
                if (!PLACEHOLDERS.contains(name)) {
                    throw error(text, i, "unknown placeholder {" + name + "}; known: "
                            + PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
                }
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Placeholder(name));
                i = close + 1;
            } else if (c == '}') {
                throw error(text, i, "'}' without an opening '{'; write }} for a literal brace");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new Template(parts);
    }

    /** The placeholders this template uses, in order of first use. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p instanceof Placeholder ph) {
                names.add(ph.name());
            }
        }
        return names;
    }

    /** Placeholders with no value, or a blank one: the text must not be copied until they are filled. */
    public Set<String> missing(Map<String, String> values) {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : placeholders()) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The text with every placeholder filled; fails if any is missing (check {@link #missing} first). */
    public String render(Map<String, String> values) {
        Set<String> missing = missing(values);
        if (!missing.isEmpty()) {
            throw Refused.because("refused.template.missing", missing.toString());
        }
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p instanceof Literal l ? l.text() : values.get(((Placeholder) p).name()).strip());
        }
        return out.toString();
    }

    private static TemplateException error(String text, int offset, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int j = 0; j < offset; j++) {
            if (text.charAt(j) == '\n') {
                line++;
                lineStart = j + 1;
            }
        }
        return new TemplateException("", problem, offset, line, offset - lineStart + 1);
    }
}
