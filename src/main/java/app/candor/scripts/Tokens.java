package app.candor.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A draft as the pressure check reads it: words in order, each with its place in the text and a normal form that
 * does not care about case, curly apostrophes, contractions or inflection ("Won't", "will not"; "signing",
 * "signed", "sign" read alike). Sentences end at . ! ? and line breaks. Negated words ("not sure", "never
 * signed") are marked for the model.
 */
final class Tokens {

    /** One word: its stem, whether a negation governs it, its sentence, and its characters in the draft. */
    record Token(String stem, boolean negated, int sentence, int start, int end) {
    }

    /** A sentence's span in the draft and its first and last token (exclusive). */
    record Sentence(int start, int end, int firstToken, int endToken) {
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("am", "be"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"),
            Map.entry("were", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("has", "have"),
            Map.entry("had", "have"), Map.entry("having", "have"), Map.entry("did", "do"), Map.entry("does", "do"),
            Map.entry("done", "do"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("sent", "send"),
            Map.entry("made", "make"), Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("told", "tell"),
            Map.entry("said", "say"), Map.entry("thought", "think"), Map.entry("bought", "buy"), Map.entry("kept", "keep"),
            Map.entry("left", "leave"), Map.entry("heard", "hear"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("wrote", "write"), Map.entry("written", "write"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("paid", "pay"), Map.entry("held", "hold"), Map.entry("felt", "feel"), Map.entry("meant", "mean"),
            Map.entry("brought", "bring"), Map.entry("found", "find"), Map.entry("came", "come"),
            Map.entry("lost", "lose"), Map.entry("sold", "sell"), Map.entry("ran", "run"), Map.entry("put", "put"),
            Map.entry("i", "i"), Map.entry("me", "i"), Map.entry("my", "i"), Map.entry("mine", "i"),
            Map.entry("myself", "i"), Map.entry("we", "we"), Map.entry("us", "we"), Map.entry("our", "we"),
            Map.entry("ours", "we"), Map.entry("you", "you"), Map.entry("your", "you"), Map.entry("yours", "you"),
            Map.entry("yourself", "you"), Map.entry("yourselves", "you"), Map.entry("this", "this"),
            Map.entry("its", "it"), Map.entry("his", "he"), Map.entry("him", "he"), Map.entry("her", "she"),
            Map.entry("their", "they"), Map.entry("them", "they"), Map.entry("theirs", "they"),
            Map.entry("yes", "yes"), Map.entry("less", "less"), Map.entry("unless", "unless"), Map.entry("news", "news"),
            Map.entry("always", "always"), Map.entry("perhaps", "perhaps"), Map.entry("thanks", "thank"),
            Map.entry("only", "only"), Map.entry("early", "early"));

    private static final Map<String, String[]> CONTRACTED = Map.ofEntries(
            Map.entry("won't", new String[] {"will", "not"}), Map.entry("can't", new String[] {"can", "not"}),
            Map.entry("cannot", new String[] {"can", "not"}), Map.entry("shan't", new String[] {"shall", "not"}),
            Map.entry("let's", new String[] {"let", "us"}), Map.entry("ain't", new String[] {"be", "not"}),
            Map.entry("gonna", new String[] {"go", "to"}), Map.entry("wanna", new String[] {"want", "to"}));

    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never", "nothing", "nobody",
            "none", "without", "neither", "nor");

    final String text;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();

    Tokens(String text) {
        this.text = text;
        read();
    }

    /** The normal form of one word, as patterns and the model compare it. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        return regular(irregular != null ? irregular : w);
    }

    /** The suffix rules: "signing", "signed", "signs" and "sign" read alike, as do "chase" and "chasing". */
    private static String regular(String w) {
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        String base = w;
        for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && !w.endsWith("ss")) {
                base = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int n = base.length();
        if (n > 3 && base.charAt(n - 1) == base.charAt(n - 2) && "lsz".indexOf(base.charAt(n - 1)) < 0
                && !w.equals(base)) {
            base = base.substring(0, n - 1);
        }
        if (base.endsWith("e") && base.length() > 3) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private void read() {
        int i = 0;
        int n = text.length();
        int sentence = 0;
        int sentenceStart = -1;
        int sentenceFirst = 0;
        boolean negating = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joins(text, i))) {
                    i++;
                }
                if (sentenceStart < 0) {
                    sentenceStart = start;
                    sentenceFirst = tokens.size();
                }
                String word = text.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                for (String part : parts(word)) {
                    String stem = stem(part);
                    tokens.add(new Token(stem, negating, sentence, start, i));
                    if (NEGATIONS.contains(part)) {
                        negating = true;
                    }
                }
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':' || c == ',') {
                negating = false;
            }
            boolean ends = c == '!' || c == '?' || c == '\n'
                    || c == '.' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)));
            if (ends && sentenceStart >= 0) {
                sentences.add(new Sentence(sentenceStart, i + (c == '\n' ? 0 : 1), sentenceFirst, tokens.size()));
                sentence++;
                sentenceStart = -1;
            }
            i++;
        }
        if (sentenceStart >= 0) {
            int end = n;
            while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            sentences.add(new Sentence(sentenceStart, end, sentenceFirst, tokens.size()));
        }
    }

    /** An apostrophe or hyphen between two letters belongs to the word ("don't", "follow-up"). */
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** A word with its contraction spelt out: "won't" is "will not", "you're" is "you are", "follow-up" two words. */
    private static String[] parts(String word) {
        String[] whole = CONTRACTED.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.indexOf('-') > 0) {
            List<String> out = new ArrayList<>();
            for (String piece : word.split("-")) {
                out.addAll(List.of(parts(piece)));
            }
            return out.toArray(String[]::new);
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe <= 0) {
            return new String[] {word};
        }
        String head = word.substring(0, apostrophe);
        String tail = word.substring(apostrophe + 1);
        if (tail.equals("t") && head.endsWith("n")) {
            return new String[] {head.substring(0, head.length() - 1), "not"};
        }
        return switch (tail) {
            case "m", "re" -> new String[] {head, "be"};
            case "ve" -> new String[] {head, "have"};
            case "ll" -> new String[] {head, "will"};
            case "d" -> new String[] {head, "would"};
            case "s" -> switch (head) {
                case "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "everything",
                     "nothing", "everyone", "today", "now" -> new String[] {head, "be"};
                default -> new String[] {head};
            };
            default -> new String[] {head};
        };
    }
}
