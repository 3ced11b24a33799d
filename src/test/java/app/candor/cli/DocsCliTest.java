package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.help.HelpTopic;
import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation ships inside Candor: `candor docs` prints it, and it is the project's own docs/ text. */
class DocsCliTest {

    @TempDir
    Path dir;

    @Test
    void everyTopicIsTheShippedCopyOfItsDocument() throws Exception {
        for (HelpTopic topic : HelpTopic.values()) {
            CliRunner.Result r = new CliRunner(dir, TestClock.at("2026-11-23")).run("docs", topic.code());
            assertThat(r.exitCode()).isZero();
            String file = switch (topic) {
                case RULES -> "RULES.md";
                case IMPORT -> "IMPORT.md";
                case SCRIPTS -> "SCRIPTS.md";
                case REPORTS -> "INSIGHTS.md";
                case MAIL -> "MAIL.md";
            };
            assertThat(r.out()).isEqualTo(Files.readString(Path.of("docs", file)));
        }
    }

    @Test
    void anUnknownTopicNamesTheTopicsThereAre() {
        CliRunner.Result r = new CliRunner(dir, TestClock.at("2026-11-23")).run("docs", "pricing");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("candor: There is no help on 'pricing'; the topics are rules, import, scripts,"
                + " reports, mail.\n");
    }
}
