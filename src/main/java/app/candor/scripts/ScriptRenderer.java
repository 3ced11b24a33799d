package app.candor.scripts;

import app.candor.domain.Script;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Fills a script's variants with values; never returns text with a placeholder, "null" or a gap in it. */
public final class ScriptRenderer {

    private ScriptRenderer() {
    }

    /**
     * The script rendered, or the names of the values still missing. Texts are empty for variants the script does
     * not have, and for all variants while anything is missing.
     */
    public record Rendering(String emailSubject, String emailBody, String phoneText, Set<String> missing) {
        public Rendering {
            missing = Set.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** Rejects a script whose templates are malformed, naming the field, line and column. */
    public static void validate(Script script) {
        parse("email subject", script.emailSubject());
        parse("email body", script.emailBody());
        parse(script.channel().code().equals("card") ? "card" : "phone text", script.phoneBody());
    }

    /** Every placeholder the script uses in any variant. */
    public static Set<String> placeholders(Script script) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(Template.parse(script.emailSubject()).placeholders());
        names.addAll(Template.parse(script.emailBody()).placeholders());
        names.addAll(Template.parse(script.phoneBody()).placeholders());
        return names;
    }

    public static Rendering render(Script script, Map<String, String> values) {
        Template subject = Template.parse(script.emailSubject());
        Template body = Template.parse(script.emailBody());
        Template phone = Template.parse(script.phoneBody());
        Set<String> missing = new LinkedHashSet<>();
        missing.addAll(subject.missing(values));
        missing.addAll(body.missing(values));
        missing.addAll(phone.missing(values));
        if (!missing.isEmpty()) {
            return new Rendering("", "", "", missing);
        }
        return new Rendering(subject.render(values), body.render(values), phone.render(values), Set.of());
    }

    private static void parse(String field, String text) {
        try {
            Template.parse(text);
        } catch (TemplateException e) {
            throw e.inField(field);
        }
    }
}
