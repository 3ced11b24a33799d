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
}
