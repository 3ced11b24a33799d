package app.candor.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The user documentation shipped inside Candor (the project's docs/ files, copied in at build time), by topic:
 * Help in the app and {@code candor docs} read it, so neither points to a file the user does not have.
 */
public enum HelpTopic {
    RULES("rules", "help.topic.rules", "RULES.md"),
    IMPORT("import", "help.topic.import", "IMPORT.md"),
    SCRIPTS("scripts", "help.topic.scripts", "SCRIPTS.md"),
    REPORTS("reports", "help.topic.reports", "INSIGHTS.md"),
    MAIL("mail", "help.topic.mail", "MAIL.md");

    private final String code;
    private final String title;
    private final String file;

    HelpTopic(String code, String title, String file) {
        this.code = code;
        this.title = title;
        this.file = file;
    }

    public String code() {
        return code;
    }

    /** The topic's name as people read it (from the catalogue). */
    public String title() {
        return app.candor.text.Catalogue.personal().text(title);
    }

    /** The topic's text (Markdown). */
    public String text() {
        try (InputStream in = HelpTopic.class.getResourceAsStream("/app/candor/help/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing help resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HelpTopic of(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst()
                .orElseThrow(() -> app.candor.domain.Refused.because("refused.help", code.strip(), codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(HelpTopic::code).collect(Collectors.joining(", "));
    }
}
