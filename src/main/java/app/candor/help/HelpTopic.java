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
    RULES("rules", "The queue and its rules", "RULES.md"),
    IMPORT("import", "Import and export", "IMPORT.md"),
    SCRIPTS("scripts", "Scripts and the pressure check", "SCRIPTS.md"),
    REPORTS("reports", "Reports", "INSIGHTS.md");

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

    public String title() {
        return title;
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
                .orElseThrow(() -> new app.candor.domain.Refused("There is no help on '" + code.strip() + "'; the"
                        + " topics are " + codes() + "."));
    }

    public static String codes() {
        return Arrays.stream(values()).map(HelpTopic::code).collect(Collectors.joining(", "));
    }
}
