package app.candor.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Alert;
import app.candor.domain.Refused;
import app.candor.domain.RuleId;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Candor is translated by adding a file: what it translates is used, the rest stays in English. */
class CatalogueTest {

    private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

    @Test
    void aTranslationFileChangesTheWordsItHoldsAndLeavesTheRestInEnglish() {
        Catalogue eo = new Catalogue(ESPERANTO);
        assertThat(eo.text("word.Stage.proposal")).isEqualTo("propono");
        assertThat(eo.text("word.Stage.lead")).isEqualTo("lead");
    }

    @Test
    void theRulesExplainInTheLanguageTheyAreBuiltWith() {
        var engine = new app.candor.rules.RuleEngine(new app.candor.rules.RuleSetLoader().defaults(),
                java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC, ESPERANTO);
        var facts = new app.candor.domain.FollowUpFacts(1, "Ana", "ana@example.com", "", 1L, "Pilot",
                app.candor.domain.Stage.MEETING, LocalDate.parse("2026-11-01"), null, app.candor.domain.WhoseMove.OURS,
                null, 0, true, null, app.candor.domain.ContactFacts.NONE, app.candor.domain.Money.zero("EUR"));
        assertThat(engine.evaluate(facts, LocalDate.parse("2026-11-03"))).filteredOn(a -> a.rule() == RuleId.NO_NEXT_STEP)
                .extracting(Alert::explanation).containsExactly("Via movo, kaj neniu interkonsentita dato.");
    }

    @Test
    void numbersAndDatesFollowTheLocale() {
        assertThat(new Catalogue(Locale.GERMANY).text("refused.money.digits", "1.2345", 2, "EUR"))
                .isEqualTo("'1.2345' has more than 2 decimals or is too large for EUR");
        assertThat(new Catalogue(Locale.GERMANY).text("rules.file.size", 2048, 1024)).contains("2.048 KB");
        assertThat(Catalogue.day(LocalDate.parse("2026-11-22"), Locale.UK)).isEqualTo("22 Nov 2026");
        assertThat(Catalogue.day(LocalDate.parse("2026-11-22"), Locale.US)).isEqualTo("Nov 22, 2026");
    }

    @Test
    void aRefusalSpeaksThePersonsLanguage() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, ESPERANTO);
            assertThat(Refused.because("word.Stage.proposal").getMessage()).isEqualTo("propono");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
