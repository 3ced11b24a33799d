package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Channel;
import app.candor.domain.Coded;
import app.candor.domain.Direction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue and the code agree: every key used is there, every key there is used, and plurals are right. */
class MessagesTest {

    private static final Pattern USE = Pattern.compile(
            "(?:Messages\\.text|words\\.text|Refused\\.because|personal\\(\\)\\.text|\\bwords)\\(\\s*\"([a-zA-Z.-]+)\"");

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
            assertThat(all.contains("\"" + key + "\"") || key.startsWith("screen.") && all.contains("\"screen.\" + id")
                    || key.startsWith(Messages.WORD) || key.startsWith("pressure.") && all.contains("\"pressure.\" + kind"))
                    .as(key + " is used").isTrue();
        }
    }

    @Test
    void everyCodedValueHasItsWordsAndNoWordsNameAValueThatIsNot() {
        Set<String> expected = new HashSet<>();
        for (Class<? extends Enum<?>> type : List.of(Stage.class, WhoseMove.class, Severity.class, InteractionKind.class,
                Direction.class, Outcome.class, Channel.class, RuleId.class,
                app.candor.scripts.PressureKind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                Coded coded = (Coded) value;
                expected.add(Messages.WORD + type.getSimpleName() + "." + coded.code());
                assertThat(Messages.word(coded)).as(coded.code()).isNotBlank();
            }
        }
        assertThat(Messages.keys().stream().filter(k -> k.startsWith(Messages.WORD))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Messages.word(Outcome.PROMISED_TO_GET_BACK)).isEqualTo("promised to get back");
    }

    @Test
    void everyKindOfPressureSaysWhyAndWhatInstead() {
        for (app.candor.scripts.PressureKind kind : app.candor.scripts.PressureKind.values()) {
            assertThat(Messages.text("pressure." + kind.code() + ".why")).as(kind.code()).isNotBlank();
            assertThat(Messages.text("pressure." + kind.code() + ".instead")).as(kind.code()).isNotBlank();
        }
        assertThat(Messages.keys().stream().filter(k -> k.startsWith("pressure.")))
                .hasSize(2 * app.candor.scripts.PressureKind.values().length);
    }

    @Test
    void anApostropheInAWordIsWrittenTwiceSoMessageFormatKeepsIt() {
        java.util.ResourceBundle raw = java.util.ResourceBundle.getBundle(app.candor.text.Catalogue.NAME, Locale.ROOT);
        for (String key : raw.keySet()) {
            assertThat(raw.getString(key)).as(key).doesNotContainPattern("[A-Za-z]'[A-Za-z]");
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
