package app.candor.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pressure check against a labelled corpus of ordinary and pressuring sentences (src/test/resources/
 * pressure-corpus.tsv). Precision and recall are printed and reported in docs/SCRIPTS.md.
 */
class PressureCheckCorpusTest {

    record Example(boolean pressure, String sentence) {
    }

    static List<Example> corpus() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = PressureCheckCorpusTest.class.getResourceAsStream("/pressure-corpus.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                examples.add(new Example(parts[0].equals("pressure"), parts[1]));
            }
        }
        return examples;
    }

    @Test
    void precisionAndRecallAreAtLeastNinetyPercentOnTheLabelledCorpus() throws IOException {
        List<Example> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus).filteredOn(Example::pressure).hasSizeGreaterThanOrEqualTo(25);
        assertThat(corpus).filteredOn(e -> !e.pressure()).hasSizeGreaterThanOrEqualTo(25);
        PressureCheck check = new PressureCheck();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        for (Example e : corpus) {
            boolean flagged = !check.check(e.sentence()).isEmpty();
            if (flagged && e.pressure()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                misses.add("false alarm: " + e.sentence());
            } else if (e.pressure()) {
                falseNegatives++;
                misses.add("missed: " + e.sentence());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("Pressure check on %d sentences: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n%s%n",
                corpus.size(), precision, recall, truePositives, falsePositives, falseNegatives, String.join("\n", misses));
        assertThat(precision).as("precision; %s", misses).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findingsCarryPositionPhraseReasonAndSuggestion() {
        String draft = "Hi Dana,\nI'm just following up. This offer expires Friday, and I was counting on you.";
        List<PressureCheck.Finding> findings = new PressureCheck().check(draft);
        assertThat(findings).extracting(PressureCheck.Finding::category).containsExactly("opener", "urgency", "guilt");
        PressureCheck.Finding first = findings.get(0);
        assertThat(draft.substring(first.start(), first.end())).isEqualTo(first.phrase()).isEqualTo("just following up");
        assertThat(first.reason()).isNotBlank();
        assertThat(first.suggestion()).contains("where we left off");
    }

    @Test
    void overlappingPatternsAreReportedOnce() {
        assertThat(new PressureCheck().check("Just wanted to follow up on my last email.")).hasSize(1);
    }

    @Test
    void curlyApostrophesAreReadLikeStraightOnes() {
        assertThat(new PressureCheck().check("I haven\u2019t heard back from you.")).hasSize(1);
    }
}
