package app.candor.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The statistical half of the pressure check: a multinomial logistic regression over a sentence's words and word
 * pairs (normalised by {@link Tokens}, negated words marked), trained on the corpus's train and dev splits, that reads
 * wording no pattern names. It answers with the most likely kind and how likely the sentence is plain; a
 * sentence is flagged when that is below the threshold chosen by cross-validation. Shipped as a resource
 * ({@value #RESOURCE}); {@link #train} makes it again, the same to the last digit.
 */
final class PressureModel {

    static final String RESOURCE = "/app/candor/scripts/pressure-model.txt";
    static final String PLAIN = "plain";

    /** A labelled sentence: {@code label} is a kind's code or {@value #PLAIN}. */
    record Example(String label, String sentence) {
    }

    /** What the model says of one sentence. */
    record Verdict(PressureKind kind, double plainProbability) {
    }

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final float[] bias;
    private final double threshold;

    private PressureModel(List<String> labels, Map<String, float[]> weights, float[] bias, double threshold) {
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    double threshold() {
        return threshold;
    }

    /** Flags the sentence when it is less likely plain than the threshold, with its most likely kind. */
    boolean flags(Verdict v) {
        return v.plainProbability() < threshold;
    }

    /** Sentences the model judges: at least this many words (fewer say too little to judge). */
    static final int MIN_WORDS = 3;

    /** Whether any sentence of {@code text} reads as pressure at threshold {@code t}, judged as the check judges. */
    boolean flagsAny(String text, double t) {
        Tokens tokens = new Tokens(text);
        for (Tokens.Sentence s : tokens.sentences) {
            if (s.endToken() - s.firstToken() >= MIN_WORDS
                    && judge(tokens, s.firstToken(), s.endToken()).plainProbability() < t) {
                return true;
            }
        }
        return false;
    }

    /** The verdict on the sentence of {@code tokens} from token {@code first} to {@code end} (exclusive). */
    Verdict judge(Tokens tokens, int first, int end) {
        double[] scores = scores(features(tokens, first, end));
        double[] p = softmax(scores);
        int plain = labels.indexOf(PLAIN);
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != plain && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return new Verdict(PressureKind.fromCode(labels.get(best)), p[plain]);
    }

    private double[] scores(List<String> features) {
        double[] s = new double[labels.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = bias[i];
        }
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < s.length; i++) {
                    s[i] += w[i];
                }
            }
        }
        return s;
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The sentence's words (a negated one marked "!"), its word pairs, and its first word. */
    static List<String> features(Tokens tokens, int first, int end) {
        List<String> out = new ArrayList<>();
        String previous = "^";
        for (int i = first; i < end; i++) {
            Tokens.Token t = tokens.tokens.get(i);
            String word = (t.negated() ? "!" : "") + t.stem();
            out.add(word);
            out.add(previous + "_" + word);
            previous = word;
        }
        out.add(previous + "_$");
        return out;
    }

    // ---- training ----

    /**
     * Trains on {@code examples} and sets the threshold by {@code folds}-fold cross-validation on the same
     * examples: the highest recall of the whole check (the model beside {@code namedByPatterns}) on held-out folds
     * whose precision is at least {@code minPrecision}. Deterministic: fixed folds and a fixed seed.
     */
    static PressureModel train(List<Example> examples, int folds, double minPrecision,
                               java.util.function.Predicate<String> namedByPatterns) {
        List<List<Example>> heldOut = new ArrayList<>();
        List<PressureModel> models = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Example> in = new ArrayList<>();
            List<Example> out = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (i % folds == f ? out : in).add(examples.get(i));
            }
            heldOut.add(out);
            models.add(fit(in));
        }
        double best = 0.05;
        double bestRecall = -1;
        for (int step = 5; step <= 95; step += 5) {
            double t = step / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int f = 0; f < folds; f++) {
                for (Example e : heldOut.get(f)) {
                    boolean flagged = namedByPatterns.test(e.sentence()) || models.get(f).flagsAny(e.sentence(), t);
                    boolean pushy = !e.label().equals(PLAIN);
                    tp += flagged && pushy ? 1 : 0;
                    fp += flagged && !pushy ? 1 : 0;
                    fn += !flagged && pushy ? 1 : 0;
                }
            }
            double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double recall = tp / (double) Math.max(1, tp + fn);
            if (precision >= minPrecision && recall > bestRecall) {
                best = t;
                bestRecall = recall;
            }
        }
        PressureModel all = fit(examples);
        return new PressureModel(all.labels, all.weights, all.bias, best);
    }

    /** The weights learnt from {@code train}, with a neutral threshold. */
    private static PressureModel fit(List<Example> train) {
        List<String> labels = new ArrayList<>();
        labels.add(PLAIN);
        for (PressureKind k : PressureKind.values()) {
            labels.add(k.code());
        }
        List<List<String>> xs = new ArrayList<>();
        int[] ys = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            Tokens t = new Tokens(train.get(i).sentence());
            xs.add(features(t, 0, t.tokens.size()));
            ys[i] = labels.indexOf(train.get(i).label());
            if (ys[i] < 0) {
                throw new IllegalArgumentException("unknown label " + train.get(i).label());
            }
        }
        Map<String, double[]> w = new TreeMap<>();
        double[] b = new double[labels.size()];
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(7);
        int epochs = 60;
        double l2 = 1e-3;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double rate = 0.5 / (1 + epoch * 0.1);
            for (int n : order) {
                List<String> x = xs.get(n);
                double[] s = b.clone();
                for (String f : x) {
                    double[] wf = w.get(f);
                    if (wf != null) {
                        for (int k = 0; k < s.length; k++) {
                            s[k] += wf[k];
                        }
                    }
                }
                double[] p = softmax(s);
                for (int k = 0; k < p.length; k++) {
                    double g = p[k] - (k == ys[n] ? 1 : 0);
                    b[k] -= rate * g;
                    for (String f : x) {
                        double[] wf = w.computeIfAbsent(f, key -> new double[labels.size()]);
                        wf[k] -= rate * (g + l2 * wf[k]);
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        w.forEach((f, v) -> weights.put(f, round(v)));
        return new PressureModel(labels, weights, round(b), 0.5);
    }

    private static float[] round(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 10000) / 10000f;
        }
        return out;
    }

    // ---- the resource ----

    /** The model as text: a header (labels, threshold, bias), then a line per feature with a weight that matters. */
    String write() {
        StringBuilder out = new StringBuilder();
        out.append("# Candor's pressure model: written by PressureModel.train from the corpus's train and dev splits.\n");
        out.append("labels\t").append(String.join(" ", labels)).append('\n');
        out.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
        out.append("bias\t").append(numbers(bias)).append('\n');
        new TreeMap<>(weights).forEach((f, w) -> {
            boolean matters = false;
            for (float v : w) {
                matters |= Math.abs(v) >= 0.001f;
            }
            if (matters) {
                out.append(f).append('\t').append(numbers(w)).append('\n');
            }
        });
        return out.toString();
    }

    private static String numbers(float[] values) {
        StringBuilder s = new StringBuilder();
        for (float v : values) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(v == 0 ? "0" : String.format(Locale.ROOT, "%.4f", v));
        }
        return s.toString();
    }

    static PressureModel read(String text) {
        List<String> labels = null;
        double threshold = 0.5;
        float[] bias = null;
        Map<String, float[]> weights = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String key = line.substring(0, tab);
            String value = line.substring(tab + 1);
            switch (key) {
                case "labels" -> labels = List.of(value.split(" "));
                case "threshold" -> threshold = Double.parseDouble(value);
                case "bias" -> bias = floats(value);
                default -> weights.put(key, floats(value));
            }
        }
        if (labels == null || bias == null) {
            throw new IllegalStateException("the pressure model has no labels or bias");
        }
        return new PressureModel(labels, weights, bias, threshold);
    }

    private static float[] floats(String text) {
        String[] parts = text.split(" ");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    /** The model shipped with Candor. */
    static PressureModel shipped() {
        try (InputStream in = PressureModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
