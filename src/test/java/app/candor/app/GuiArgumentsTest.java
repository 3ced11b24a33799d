package app.candor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a run that will open the window starts the toolkit early; every other command line takes the usual path. */
class GuiArgumentsTest {

    @Test
    void theWindowRunsAreRecognisedWithTheirDatabase() {
        assertThat(GuiArguments.databaseOption(new String[0])).contains(Optional.empty());
        assertThat(GuiArguments.databaseOption(new String[] {"--db", "my.db"})).contains(Optional.of("my.db"));
        assertThat(GuiArguments.databaseOption(new String[] {"--db=my.db"})).contains(Optional.of("my.db"));
    }

    @Test
    void subcommandsHelpAndAnythingUnusualAreLeftToTheCommandLine() {
        for (String[] args : new String[][] {{"alerts"}, {"--help"}, {"--version"}, {"--db", "my.db", "alerts"},
            {"--db"}, {"--db="}, {"--db", "--help"}, {"report", "losses"}}) {
            assertThat(GuiArguments.databaseOption(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
