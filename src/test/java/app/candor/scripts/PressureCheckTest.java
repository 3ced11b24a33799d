package app.candor.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.text.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pressure check: every kind is found and named, hard negatives stay quiet, findings explain themselves, and
 * the shipped model is the one training makes. Measured on the train and dev splits only; the test split is read
 * by the lab, to report (docs/SCRIPTS.md).
 */
class PressureCheckTest {

    static final PressureCheck CHECK = PressureCheck.loaded();

    @Test
    void theCorpusIsWorthTheNameAndWasSplitOnce() {
        List<PressureCorpus.Row> all = PressureCorpus.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(400);
        long pushy = all.stream().filter(PressureCorpus.Row::pushy).count();
        assertThat(pushy).isBetween(all.size() * 4L / 10, all.size() * 6L / 10);
        for (PressureKind kind : PressureKind.values()) {
            assertThat(all.stream().filter(r -> r.kind() == kind)).as(kind.code()).hasSizeGreaterThanOrEqualTo(20);
            for (String split : List.of("train", "dev", "test")) {
                assertThat(all.stream().filter(r -> r.kind() == kind && r.split().equals(split))).as(kind + " in " + split)
                        .isNotEmpty();
            }
        }
        assertThat(all.stream().map(PressureCorpus.Row::sentence).distinct()).hasSameSizeAs(all);
    }

    @ParameterizedTest
    @EnumSource(PressureKind.class)
    void everyTrainingSentenceOfEachKindIsFoundAndMostAreNamedRight(PressureKind kind) {
        List<PressureCorpus.Row> rows = PressureCorpus.split("train").stream().filter(r -> r.kind() == kind).toList();
        PressureCorpus.Measure m = PressureCorpus.measure(CHECK, rows);
        assertThat(m.recall(kind)).as(m.misses().toString()).isEqualTo(1.0);
        assertThat(m.kindAccuracy()).as(m.misses().toString()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void onTheDevSplitPrecisionAndRecallAreAtLeastNinetyPercentAndNoKindBelowEighty() {
        PressureCorpus.Measure m = PressureCorpus.measure(CHECK, PressureCorpus.split("dev"));
        assertThat(m.precision()).as(m.table("dev") + m.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(m.recall()).as(m.table("dev") + m.misses()).isGreaterThanOrEqualTo(0.9);
        for (PressureKind kind : PressureKind.values()) {
            assertThat(m.recall(kind)).as(kind.code() + "\n" + m.misses()).isGreaterThanOrEqualTo(0.8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The VP on my side needs your signature before the quarter closes.|authority",
        "Most teams your size switched to us last year.|social-proof",
        "I was hoping for a bit more courtesy after all the time I've put in.|guilt",
        "Which day next week should our engineers arrive to set things up?|presumptive",
        "Sending this one more time in case it got buried.|chasing",
        "There's news I can only share if we get on the phone.|teaser",
        "If you sign by Friday, I can take 15% off.|conditional-discount",
        "Surely you can see how much money this would save you.|condescension",
        "We only have two onboarding slots left this quarter.|scarcity",
        "This price is only good until Friday, so I'd need your go-ahead by then.|urgency",
        "I know you're busy, so I'll keep this short.|assumed-busy"})
    void theSentencesTheReviewFoundMissedAreFoundWithTheirKind(String sentence, String kind) {
        assertThat(CHECK.check(sentence)).extracting(f -> f.kind().code()).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You mentioned your board meets Thursday, so I've kept the summary to one page.",
        "Does Tuesday or Wednesday suit you for a short call?",
        "If it's a no, that's fine, just tell me.",
        "You said you'd know more after the audit; how did it go?",
        "Our offer stays valid until the end of March, so there's time to compare.",
        "Following up on your question about VAT: the prices in the quote exclude it.",
        "As you said on our call, the rollout should wait until the warehouse move is done.",
        "Our price list changes in January, but your quote is fixed until June either way.",
        "If you'd like, I can send the contract so your lawyers can start reading; there's no obligation.",
        "We have had a busy month, which is why my reply took longer than usual.",
        "Here is where we left off: you wanted the rollout plan for two sites. Is that still accurate? What has"
                + " changed since we last spoke?"})
    void hardNegativesStayQuiet(String sentence) {
        assertThat(CHECK.check(sentence)).isEmpty();
    }

    @Test
    void everySuggestionTheCheckerOffersPassesTheChecker() {
        Catalogue words = new Catalogue(Locale.UK);
        for (PressureKind kind : PressureKind.values()) {
            String instead = words.text("pressure." + kind.code() + ".instead");
            assertThat(CHECK.check(instead)).as(kind.code() + ": " + instead).isEmpty();
        }
    }

    @Test
    void findingsNameTheSpanTheKindWhyAndWhatToSayInstead() {
        String draft = "Hi Dana,\nI'm just following up. This offer expires Friday, and I was counting on you.";
        List<PressureCheck.Finding> findings = CHECK.check(draft);
        assertThat(findings).extracting(PressureCheck.Finding::kind)
                .containsExactly(PressureKind.CHASING, PressureKind.URGENCY, PressureKind.GUILT);
        for (PressureCheck.Finding f : findings) {
            assertThat(draft.substring(f.start(), f.end())).isEqualTo(f.phrase());
            assertThat(f.reason()).isNotBlank();
            assertThat(f.suggestion()).isNotBlank();
        }
        assertThat(findings.get(0).phrase()).isEqualTo("just following up");
        assertThat(findings.get(0).suggestion()).contains("where we left off");
    }

    @Test
    void wordingIsReadWhateverItsInflectionContractionOrApostrophe() {
        for (String s : List.of("I haven\u2019t heard back from you.", "I have not heard back from you.",
                "I HAVEN'T HEARD BACK FROM YOU.")) {
            assertThat(CHECK.check(s)).as(s).extracting(PressureCheck.Finding::kind).containsExactly(PressureKind.CHASING);
        }
        assertThat(CHECK.check("This offer won't last.")).isNotEmpty();
        assertThat(CHECK.check("This offer will not last long.")).isNotEmpty();
    }

    @Test
    void aSentenceNoPatternNamesIsJudgedByTheModelWithItsKind() {
        // A teaser in words no pattern names: the model reads it, and the finding is the whole sentence.
        String sentence = "There's news I can only share if we get on the phone.";
        assertThat(PressureCheck.patternsOnly().check(sentence)).isEmpty();
        PressureModel model = PressureModel.shipped();
        Tokens tokens = new Tokens(sentence);
        PressureModel.Verdict verdict = model.judge(tokens, 0, tokens.tokens.size());
        assertThat(model.flags(verdict)).isTrue();
        assertThat(verdict.kind()).isEqualTo(PressureKind.TEASER);
        assertThat(CHECK.check(sentence)).extracting(PressureCheck.Finding::phrase, PressureCheck.Finding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sentence, PressureKind.TEASER));
    }

    @Test
    void overlappingFindingsAreReportedOnce() {
        assertThat(CHECK.check("Just wanted to follow up on my last email.")).hasSize(1);
    }

    @Test
    void theShippedModelIsTheOneTrainingOnTheCorpusMakes() throws IOException {
        String shipped;
        try (InputStream in = PressureModel.class.getResourceAsStream(PressureModel.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(PressureCorpus.trained().write()).isEqualTo(shipped);
    }

    @Test
    void theModelIsReadOnTheExecutorGivenAndThePatternsAnswerMeanwhile() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        PressureCheck check = PressureCheck.loadingOn(later);
        assertThat(check.modelReady()).isFalse();
        assertThat(check.check("Just checking in again.")).extracting(PressureCheck.Finding::kind)
                .containsExactly(PressureKind.CHASING);
        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(check.modelReady()).isTrue();
    }
}
