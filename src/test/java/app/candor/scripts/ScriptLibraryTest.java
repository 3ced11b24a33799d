package app.candor.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptLibraryTest {

    final List<Script> library = BuiltInScripts.load();

    @Test
    void theLibraryHoldsEveryRequiredScript() {
        assertThat(library).extracting(Script::id).contains("ask-for-feedback", "ok-to-say-no", "where-from-here",
                "mutual-closure", "summarize-what-changed", "learn-from-loss", "firm-follow-up-meeting",
                "humble-equal-prep").doesNotHaveDuplicates();
    }

    @Test
    void everyScriptNamesItsPrincipleAndSourceAndIsReadOnly() {
        assertThat(library).allSatisfy(s -> {
            assertThat(s.principle()).isNotBlank();
            assertThat(s.source()).matches("(Ari Galper|Jeffrey Gitomer|George Gonzo|Mark Silver), \".+\"");
            assertThat(s.builtIn()).isTrue();
        });
    }

    @Test
    void everyBuiltInScriptPassesThePressureCheckWithZeroFindings() {
        PressureCheck check = PressureCheck.loaded();
        for (Script s : library) {
            for (String text : List.of(s.emailSubject(), s.emailBody(), s.phoneBody())) {
                assertThat(check.check(text)).as(s.id() + ": " + text).isEmpty();
            }
        }
    }

    @Test
    void summarizeWhatChangedStartsFromWhereWeLeftOffThenAsksWhatChanged() {
        Script s = library.stream().filter(x -> x.id().equals("summarize-what-changed")).findFirst().orElseThrow();
        assertThat(s.phoneBody().indexOf("where we left off")).isLessThan(s.phoneBody().indexOf("What has changed since we last spoke?"));
        assertThat(s.emailBody()).contains("{lastSummary}").contains("accurate summary");
    }

    @Test
    void thePrepCardIsACardAndMostScriptsOfferACall() {
        assertThat(library).filteredOn(s -> s.id().equals("humble-equal-prep")).singleElement()
                .extracting(Script::channel).isEqualTo(Channel.CARD);
        assertThat(library).allSatisfy(s -> assertThat(s.channel().hasPhone()).as(s.id()).isTrue());
    }
}
