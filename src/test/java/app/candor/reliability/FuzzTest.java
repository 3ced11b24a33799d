package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.rules.RuleSetLoader;
import app.candor.rules.RulesLoad;
import app.candor.scripts.PressureCheck;
import app.candor.scripts.Template;
import app.candor.scripts.TemplateException;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated input to the parsers: each either succeeds or gives its documented validation result,
 * never another exception. (The JSON import's fuzzing is in ImportFuzzTest, against real files.)
 */
class FuzzTest {

    static final String RULES = """
            {"queueCap": 10, "noResponseDays": {"proposal": 4},
             "rules": {"no-response": {"enabled": true, "severity": "high", "scripts": ["ok-to-say-no"]},
                       "unanswered-attempts": {"attempts": 2}}}""";

    @Provide
    Arbitrary<String> mutatedRules() {
        return mutations(RULES);
    }

    @Provide
    Arbitrary<String> mutatedTemplates() {
        return mutations("Hi {firstName}, about {dealTitle} {{braces}} on {proposedDate}. {myName}");
    }

    static Arbitrary<String> mutations(String seed) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, seed.length());
        Arbitrary<String> insert = Arbitraries.strings().withChars("{}[]\":,-0123456789 \\\n\u0000\uD83D\uDE00abc")
                .ofMaxLength(6);
        return at.flatMap(start -> at.flatMap(end -> insert.map(text -> {
            int from = Math.min(start, end);
            int to = Math.max(start, end);
            return seed.substring(0, from) + text + seed.substring(Math.min(seed.length(), from + (to - from) % 5));
        })));
    }

    @Property(tries = 2000)
    void rulesLoaderReportsProblemsOrLoadsButNeverThrows(@ForAll("mutatedRules") String text) {
        RulesLoad load = new RuleSetLoader().parse(text);
        assertThat(load.rules()).isNotNull();
        if (load.usingDefaultsBecauseOfProblems()) {
            assertThat(load.rules()).isEqualTo(new RuleSetLoader().defaults());
            assertThat(load.problems()).allSatisfy(p -> assertThat(p).isNotBlank());
        }
    }

    @Property(tries = 2000)
    void rulesLoaderSurvivesArbitraryText(@ForAll String text) {
        assertThat(new RuleSetLoader().parse(text).rules()).isNotNull();
    }

    @Property(tries = 3000)
    void templatesParseOrAreRejectedWithAPosition(@ForAll("mutatedTemplates") String text) {
        try {
            Template t = Template.parse(text);
            String rendered = t.render(Map.of("firstName", "Ada", "dealTitle", "Pilot", "proposedDate", "1 Dec",
                    "myName", "Sam", "company", "Engines", "lastContactDate", "2 Nov", "lastSummary", "x",
                    "agreedCheckinDate", "3 Dec"));
            assertThat(rendered).doesNotContain("{firstName}");
        } catch (TemplateException e) {
            assertThat(e.offset()).isBetween(0, text.length());
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
        }
    }

    @Property(tries = 3000)
    void pressureCheckNeverFailsAndItsSpansLieInTheText(@ForAll String text) {
        for (PressureCheck.Finding f : PressureCheck.loaded().check(text)) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.phrase());
        }
    }
}
