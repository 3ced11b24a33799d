package app.candor.scripts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pressure check's lab. {@code train} writes the model resource from the corpus's train split (its threshold
 * chosen on dev); {@code report} prints precision and recall on every split (the test split is read here only, to
 * report) and the speed of checking a 2,000-character draft beside a baseline measured in the same run.
 * Run after {@code mvn -B -q test-compile}:
 * {@code java -cp target/bench-classes:target/test-classes:target/classes:$(cat cp.txt) app.candor.scripts.PressureLab report}
 */
public final class PressureLab {

    private PressureLab() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "report" : args[0];
        if (what.equals("train")) {
            Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/app/candor/scripts/pressure-model.txt");
            Files.writeString(out, PressureCorpus.trained().write(), StandardCharsets.UTF_8);
            System.out.println("wrote " + out);
            return;
        }
        if (what.equals("compare")) {
            compare();
            return;
        }
        boolean showMisses = Arrays.asList(args).contains("--misses");
        PressureCheck whole = PressureCheck.loaded();
        PressureCheck patterns = PressureCheck.patternsOnly();
        boolean test = Arrays.asList(args).contains("--test");
        for (String split : test ? List.of("train", "dev", "test") : List.of("train", "dev")) {
            List<PressureCorpus.Row> rows = PressureCorpus.split(split);
            PressureCorpus.Measure m = PressureCorpus.measure(whole, rows);
            System.out.print(m.table(split + " (patterns and model)"));
            if (showMisses && !split.equals("test")) {
                m.misses().forEach(x -> System.out.println("    " + x));
            }
            System.out.print(PressureCorpus.measure(patterns, rows).table(split + " (patterns alone)").lines()
                    .findFirst().orElse("") + "\n");
        }
        speed(whole);
    }

    /** The median time to check a 2,000-character draft, beside one regular expression over the same text. */
    private static void speed(PressureCheck check) {
        StringBuilder draft = new StringBuilder();
        List<PressureCorpus.Row> rows = PressureCorpus.split("train");
        for (int i = 0; draft.length() < 2000; i++) {
            draft.append(rows.get(i % rows.size()).sentence()).append(' ');
        }
        String text = draft.substring(0, 2000);
        Pattern baseline = Pattern.compile("\\bjust\\s+(following|checking)\\s+(up|in)\\b", Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < 2000; i++) {
            check.check(text);
            baseline.matcher(text).find();
        }
        int runs = 501;
        long[] times = new long[runs];
        long[] base = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            check.check(text);
            long t1 = System.nanoTime();
            java.util.regex.Matcher m = baseline.matcher(text);
            while (m.find()) {
                m.start();
            }
            long t2 = System.nanoTime();
            times[i] = t1 - t0;
            base[i] = t2 - t1;
        }
        Arrays.sort(times);
        Arrays.sort(base);
        double median = times[runs / 2] / 1e6;
        double baseMedian = base[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "checking a 2,000-character draft: median %.3f ms (p90 %.3f ms); one regular"
                + " expression over it: %.4f ms; ratio %.0fx%n", median, times[runs * 9 / 10] / 1e6, baseMedian,
                median / baseMedian);
        long t0 = System.nanoTime();
        PressureModel.shipped();
        System.out.printf(Locale.ROOT, "reading the model: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    /**
     * Candor's model against OpenNLP's document categorizer (maximum entropy over word and word-pair features),
     * each trained on the train split and measured alone on dev, at the threshold that keeps precision at 0.9 or
     * more, and beside the patterns.
     */
    private static void compare() throws java.io.IOException {
        List<PressureCorpus.Row> train = PressureCorpus.split("train");
        List<PressureCorpus.Row> dev = PressureCorpus.split("dev");
        PressureModel own = PressureModel.train(train.stream().map(PressureCorpus.Row::example).toList(), 5, 0.98,
                s -> false);
        List<opennlp.tools.doccat.DocumentSample> samples = new java.util.ArrayList<>();
        for (PressureCorpus.Row r : train) {
            samples.add(new opennlp.tools.doccat.DocumentSample(r.pushy() ? r.kind().code() : "plain",
                    words(r.sentence())));
        }
        opennlp.tools.util.TrainingParameters params = opennlp.tools.util.TrainingParameters.defaultParams();
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 1);
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 200);
        opennlp.tools.doccat.DoccatModel model = opennlp.tools.doccat.DocumentCategorizerME.train("en",
                new opennlp.tools.util.CollectionObjectStream<>(samples), params,
                new opennlp.tools.doccat.DoccatFactory(new opennlp.tools.doccat.FeatureGenerator[] {
                        new opennlp.tools.doccat.BagOfWordsFeatureGenerator(),
                        new opennlp.tools.doccat.NGramFeatureGenerator(2, 2)}));
        opennlp.tools.doccat.DocumentCategorizerME nlp = new opennlp.tools.doccat.DocumentCategorizerME(model);
        PressureCheck patterns = PressureCheck.patternsOnly();
        for (boolean withPatterns : new boolean[] {false, true}) {
            for (String who : List.of("Candor's logistic regression", "OpenNLP document categorizer")) {
                double bestRecall = -1;
                String best = "";
                for (int step = 5; step <= 95; step += 5) {
                    double t = step / 100.0;
                    int tp = 0;
                    int fp = 0;
                    int fn = 0;
                    for (PressureCorpus.Row r : dev) {
                        double plain;
                        if (who.startsWith("Candor")) {
                            Tokens tokens = new Tokens(r.sentence());
                            plain = own.judge(tokens, 0, tokens.tokens.size()).plainProbability();
                        } else {
                            double[] p = nlp.categorize(words(r.sentence()));
                            plain = p[nlp.getIndex("plain")];
                        }
                        boolean flagged = plain < t || withPatterns && !patterns.check(r.sentence()).isEmpty();
                        tp += flagged && r.pushy() ? 1 : 0;
                        fp += flagged && !r.pushy() ? 1 : 0;
                        fn += !flagged && r.pushy() ? 1 : 0;
                    }
                    double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
                    double recall = tp / (double) Math.max(1, tp + fn);
                    if (precision >= 0.9 && recall > bestRecall) {
                        bestRecall = recall;
                        best = String.format(Locale.ROOT, "threshold %.2f: precision %.3f, recall %.3f", t, precision,
                                recall);
                    }
                }
                System.out.printf("dev, %s%s: %s%n", who, withPatterns ? " with the patterns" : " alone", best);
            }
        }
    }

    private static String[] words(String sentence) {
        Tokens t = new Tokens(sentence);
        return t.tokens.stream().map(x -> (x.negated() ? "!" : "") + x.stem()).toArray(String[]::new);
    }
}
