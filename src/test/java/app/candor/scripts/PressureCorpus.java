package app.candor.scripts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Candor's pressure corpus (src/test/resources/app/candor/scripts/pressure-corpus.tsv) and how the check measures
 * on it: precision and recall overall, recall per kind, and how often the kind named is the labelled one.
 */
public final class PressureCorpus {

    /** One labelled sentence. {@code kind} is null for a plain one. */
    public record Row(String split, PressureKind kind, String context, String sentence) {
        boolean pushy() {
            return kind != null;
        }

        PressureModel.Example example() {
            return new PressureModel.Example(kind == null ? PressureModel.PLAIN : kind.code(), sentence);
        }
    }

    /** The figures for one split. */
    public record Measure(int sentences, int truePositives, int falsePositives, int falseNegatives, int kindRight,
                          Map<PressureKind, int[]> perKind, List<String> misses) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        /** Of the kind's sentences, the share flagged. */
        public double recall(PressureKind kind) {
            int[] n = perKind.get(kind);
            return n == null || n[1] == 0 ? 1 : n[0] / (double) n[1];
        }

        /** Of the flagged pushy sentences, the share whose first finding names the labelled kind. */
        public double kindAccuracy() {
            return truePositives == 0 ? 1 : kindRight / (double) truePositives;
        }

        public String table(String title) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d sentences, precision %.3f, recall %.3f, kind named right %.3f (TP %d, FP %d, FN %d)%n",
                    title, sentences, precision(), recall(), kindAccuracy(), truePositives, falsePositives,
                    falseNegatives));
            for (PressureKind k : PressureKind.values()) {
                int[] n = perKind.getOrDefault(k, new int[2]);
                out.append(String.format(Locale.ROOT, "  %-22s recall %.2f (%d of %d)%n", k.code(), recall(k), n[0], n[1]));
            }
            return out.toString();
        }
    }

    private PressureCorpus() {
    }

    public static List<Row> all() {
        try (InputStream in = PressureCorpus.class.getResourceAsStream("/app/candor/scripts/pressure-corpus.tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                rows.add(new Row(p[0], p[1].equals("plain") ? null : PressureKind.fromCode(p[1]), p[2], p[3]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> split(String name) {
        return all().stream().filter(r -> r.split().equals(name)).toList();
    }

    static List<PressureModel.Example> examples(String split) {
        return split(split).stream().map(Row::example).toList();
    }

    /**
     * The model as training makes it: on the train and dev splits and Candor's own built-in wording (plain by
     * design), its threshold by five-fold cross-validation over them aiming at a precision of 0.98 for the whole
     * check. The test split plays no part.
     */
    static PressureModel trained() {
        PressureCheck patterns = PressureCheck.patternsOnly();
        List<PressureModel.Example> data = new ArrayList<>(examples("train"));
        data.addAll(examples("dev"));
        data.addAll(builtInWording());
        return PressureModel.train(data, 5, 0.98, s -> !patterns.check(s).isEmpty());
    }

    public static Measure measure(PressureCheck check, List<Row> rows) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kindRight = 0;
        Map<PressureKind, int[]> perKind = new EnumMap<>(PressureKind.class);
        List<String> misses = new ArrayList<>();
        for (Row r : rows) {
            List<PressureCheck.Finding> found = check.check(r.sentence());
            boolean flagged = !found.isEmpty();
            if (r.pushy()) {
                int[] n = perKind.computeIfAbsent(r.kind(), k -> new int[2]);
                n[1]++;
                if (flagged) {
                    n[0]++;
                    tp++;
                    if (found.stream().anyMatch(f -> f.kind() == r.kind())) {
                        kindRight++;
                    } else {
                        misses.add("kind " + found.get(0).kind().code() + " for " + r.kind().code() + ": " + r.sentence());
                    }
                } else {
                    fn++;
                    misses.add("missed " + r.kind().code() + ": " + r.sentence());
                }
            } else if (flagged) {
                fp++;
                misses.add("false alarm (" + found.get(0).kind().code() + " on \"" + found.get(0).phrase() + "\"): "
                        + r.sentence());
            }
        }
        return new Measure(rows.size(), tp, fp, fn, kindRight, perKind, misses);
    }

    /** Every sentence of the built-in scripts, as plain examples: the wording Candor offers is trust-based by design. */
    static List<PressureModel.Example> builtInWording() {
        List<PressureModel.Example> out = new ArrayList<>();
        for (app.candor.domain.Script s : BuiltInScripts.load()) {
            for (String text : List.of(s.emailSubject(), s.emailBody(), s.phoneBody())) {
                Tokens t = new Tokens(text);
                for (Tokens.Sentence sentence : t.sentences) {
                    out.add(new PressureModel.Example(PressureModel.PLAIN, text.substring(sentence.start(), sentence.end())));
                }
            }
        }
        return out;
    }
}
