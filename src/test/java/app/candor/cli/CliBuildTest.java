package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the subcommand a command line names is built; help and mistakes see them all; the window none. */
class CliBuildTest {

    static final Set<String> NAMES = new LinkedHashSet<>(List.of("alerts", "demo", "mail"));

    @Test
    void aNamedCommandIsTheOnlyOneBuiltWhereverTheDatabaseOptionStands() {
        assertThat(Cli.needed(NAMES, new String[] {"alerts"})).containsExactly("alerts");
        assertThat(Cli.needed(NAMES, new String[] {"--db", "x.db", "mail", "sync"})).containsExactly("mail");
        assertThat(Cli.needed(NAMES, new String[] {"--db=demo.db", "demo"})).containsExactly("demo");
    }

    @Test
    void theWindowNeedsNoneAndHelpVersionOrAMistakeSeeEvery() {
        assertThat(Cli.needed(NAMES, new String[] {})).isEmpty();
        assertThat(Cli.needed(NAMES, new String[] {"--db", "x.db"})).isEmpty();
        assertThat(Cli.needed(NAMES, new String[] {"--help"})).containsExactlyElementsOf(NAMES);
        assertThat(Cli.needed(NAMES, new String[] {"-V"})).containsExactlyElementsOf(NAMES);
        assertThat(Cli.needed(NAMES, new String[] {"alert"})).containsExactlyElementsOf(NAMES);
        assertThat(Cli.needed(NAMES, null)).containsExactlyElementsOf(NAMES);
    }

    @Test
    void helpStillListsEveryCommandAndATypoIsAnsweredWithWhatExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRunner cli = new CliRunner(dir, app.candor.store.TestClock.at("2026-11-23"));
        CliRunner.Result help = cli.run("--help");
        assertThat(help.out()).contains("alerts").contains("mail").contains("report").contains("docs");
        CliRunner.Result typo = cli.run("--db", dir.resolve("t.db").toString(), "alert");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("alerts");
        CliRunner.Result one = cli.run("--db", dir.resolve("t.db").toString(), "demo");
        assertThat(one.exitCode()).as(one.err()).isZero();
    }

    /** The list of commands shows each one's description whole, not its first line cut mid-sentence. */
    @Test
    void helpListsEveryCommandWithItsWholeSentence(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String out = new CliRunner(dir, app.candor.store.TestClock.at("2026-11-23")).run("--help").out();
        List<String> lines = out.lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^  (\\S+)\\s+(.*)$");
        String name = null;
        for (String line : lines) {
            java.util.regex.Matcher m = entry.matcher(line);
            if (m.matches()) {
                name = m.group(1);
                entries.put(name, m.group(2).strip());
            } else {
                entries.merge(name, line.strip(), (a, b) -> a + " " + b);
            }
        }
        assertThat(entries).containsKeys("alerts", "export", "import", "report", "mail", "team");
        assertThat(entries).allSatisfy((command, text) -> assertThat(text).as(command).endsWith("."));
    }
}
