package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue and the code agree: every key used is there, every key there is used, and plurals are right. */
class MessagesTest {

    private static final Pattern USE = Pattern.compile("Messages\\.text\\(\\s*\"([a-zA-Z.]+)\"");

    @Test
    void everyKeyUsedIsInTheCatalogueAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = new HashSet<>();
        String all;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(f));
            }
            all = text.toString();
        }
        Matcher m = USE.matcher(all);
        while (m.find()) {
            if (!m.group(1).endsWith(".")) {
                used.add(m.group(1));
            }
        }
        assertThat(Messages.keys()).containsAll(used);
        for (String key : Messages.keys()) {
            // A key is used when the code names it (some through a choice: a ? "a.key" : "b.key"); screen titles
            // are read as "screen." + the screen's id.
            assertThat(all.contains("\"" + key + "\"") || key.startsWith("screen.") && all.contains("\"screen.\" + id"))
                    .as(key + " is used").isTrue();
        }
    }

    @Test
    void countsAreGroupedAndInTheRightNumber() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
            assertThat(Messages.text("today.count.queue", 1)).isEqualTo("1 follow-up");
            assertThat(Messages.text("today.count.queue", 7241)).isEqualTo("7,241 follow-ups");
            assertThat(Messages.text("today.count.shown", 15, Messages.text("today.count.queue", 7241)))
                    .isEqualTo("15 of 7,241 follow-ups");
            assertThat(Messages.text("today.arriving", "15 follow-ups", 1))
                    .isEqualTo("15 follow-ups \u00b7 1 imported prospect arrives over the coming days");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
