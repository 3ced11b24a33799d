package app.candor.scripts;

import app.candor.text.Catalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Reads a draft for wording that adds pressure instead of trust, in the kinds {@link PressureKind} names. Two
 * readers: patterns over normalised words ({@link PressurePatterns}) name the exact phrase; for a sentence no
 * pattern names, a model trained on Candor's corpus ({@link PressureModel}) judges the whole sentence. Every
 * finding says where, which kind, why, and what to say instead; a flag without its kind is never shown.
 * Precision and recall on the corpus's test split are in docs/SCRIPTS.md.
 */
public final class PressureCheck {

    /** One stretch that reads as pressure; {@code start} inclusive and {@code end} exclusive, in chars. */
    public record Finding(int start, int end, String phrase, PressureKind kind, String reason, String suggestion) {
    }

    private final PressurePatterns patterns = new PressurePatterns();
    private final Supplier<PressureModel> model;

    private PressureCheck(Supplier<PressureModel> model) {
        this.model = model;
    }

    /** The whole check, its model read now (for the command line and tests). */
    public static PressureCheck loaded() {
        PressureModel m = PressureModel.shipped();
        return new PressureCheck(() -> m);
    }

    /**
     * The whole check with its model read on {@code executor}: until it is read (a few milliseconds after
     * start-up) the patterns alone answer, so the window never waits for it.
     */
    public static PressureCheck loadingOn(Executor executor) {
        CompletableFuture<PressureModel> m = CompletableFuture.supplyAsync(PressureModel::shipped, executor);
        return new PressureCheck(() -> m.getNow(null));
    }

    /** The patterns alone, to measure what each half contributes. */
    static PressureCheck patternsOnly() {
        return new PressureCheck(() -> null);
    }

    /** Whether the model has been read (and so takes part). */
    public boolean modelReady() {
        return model.get() != null;
    }

    /** Every pressure finding in {@code draft}, in order of position; overlapping ones are reported once. */
    public List<Finding> check(String draft) {
        if (draft == null || draft.isBlank()) {
            return List.of();
        }
        Tokens tokens = new Tokens(draft);
        Catalogue words = Catalogue.personal();
        List<Finding> found = new ArrayList<>();
        boolean[] named = new boolean[tokens.sentences.size()];
        for (PressurePatterns.Match m : patterns.matches(tokens)) {
            Tokens.Token first = tokens.tokens.get(m.firstToken());
            Tokens.Token last = tokens.tokens.get(m.endToken() - 1);
            named[first.sentence()] = true;
            found.add(finding(draft, first.start(), last.end(), m.kind(), words));
        }
        PressureModel judge = model.get();
        if (judge != null) {
            for (int s = 0; s < tokens.sentences.size(); s++) {
                Tokens.Sentence sentence = tokens.sentences.get(s);
                if (named[s] || sentence.endToken() - sentence.firstToken() < PressureModel.MIN_WORDS) {
                    continue;
                }
                PressureModel.Verdict v = judge.judge(tokens, sentence.firstToken(), sentence.endToken());
                if (judge.flags(v)) {
                    found.add(finding(draft, sentence.start(), sentence.end(), v.kind(), words));
                }
            }
        }
        found.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> distinct = new ArrayList<>();
        int coveredUntil = -1;
        for (Finding f : found) {
            if (f.start() >= coveredUntil) {
                distinct.add(f);
                coveredUntil = f.end();
            }
        }
        return distinct;
    }

    private static Finding finding(String draft, int start, int end, PressureKind kind, Catalogue words) {
        return new Finding(start, end, draft.substring(start, end), kind, words.text("pressure." + kind.code() + ".why"),
                words.text("pressure." + kind.code() + ".instead"));
    }
}
