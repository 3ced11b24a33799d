package app.candor.scripts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shapes of pressure, written over normalised words ({@link Tokens}) rather than fixed strings, so "won't
 * last", "will not last" and "isn't going to last" need one pattern, not three. A pattern is words separated by
 * spaces: {@code a|b} is either word, {@code @name} a class of words ({@link #CLASSES}), a trailing {@code ?}
 * makes a word optional, {@code *} skips up to three words and {@code **} up to six. A pattern matches within one
 * sentence. Written against the corpus's train split (src/test/resources/app/candor/scripts/pressure-corpus.tsv).
 */
final class PressurePatterns {

    /** A match: its kind and its first and last token (exclusive). */
    record Match(PressureKind kind, int firstToken, int endToken) {
    }

    private static final Map<String, List<String>> CLASSES = Map.of(
            "day", List.of("today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "weekend", "midnight", "noon", "eod", "close", "end", "first"),
            "period", List.of("day", "week", "month", "quarter", "year", "business", "hours"),
            "few", List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few",
                    "handful", "couple", "single", "last", "limited", "#num"),
            "we", List.of("i", "we"),
            "boss", List.of("manager", "boss", "vp", "director", "ceo", "cfo", "coo", "founder", "supervisor",
                    "leadership", "management", "board", "head", "corporate", "superiors", "owner", "partner",
                    "finance", "legal"),
            "busy", List.of("busy", "swamped", "slammed", "hectic", "overwhelmed", "crazy", "mad", "flat", "snowed",
                    "buried", "juggling", "tied", "pressed", "full", "overflowing", "plate", "chaotic"),
            "decide", List.of("sign", "commit", "decide", "confirm", "order", "book", "buy", "purchase", "close",
                    "agree", "yes", "approve", "signature", "decision"),
            "deal", List.of("discount", "free", "waive", "bonus", "extra", "lower", "reduction", "rate",
                    "price", "pricing", "match", "cheaper", "knock", "throw", "percent"),
            "everyone", List.of("everyone", "everybody", "all", "most", "hundreds", "thousands", "nearly", "other",
                    "others", "every", "majority", "nine", "whole", "industry"),
            "rival", List.of("competitor", "competitors", "rivals", "rival", "peers", "neighbours", "neighbors",
                    "players", "operators", "industry", "sector", "market", "space"));

    /** Each kind's patterns. */
    private static final Map<PressureKind, List<String>> SOURCES = new EnumMap<>(Map.ofEntries(
            Map.entry(PressureKind.URGENCY, List.of(
                    "only good|valid|available until|till|through", "valid|good|available|open only",
                    "offer|price|pricing|rate|quote|deal|discount|terms|proposal * end|expire|lapse|close", "offer|price|pricing|rate|quote|deal|discount|terms * run out",
                    "end|expire|lapse at|on|by? the? @day|midnight",
                    "time be run out", "rate|offer|price|pricing|discount|deal * disappear|vanish|go * after|on|by|at|tomorrow|tonight|friday|monday",
                    "signature|answer|decision|go-ahead|yes * by|before @day", "running out of time", "window be? close|closing",
                    "act|move|decide|respond|reply fast|quickly|now|immediately|today",
                    "right away", "immediately|asap", "as soon as possible",
                    "now or never", "last chance", "before it be too late",
                    "deadline be @day", "need|have to? * decide|answer|signature|commit|go * by|before|today|tonight|tomorrow|friday|monday|end",
                    "need|have to * by the end of the @period|day",
                    "by|before the end of the @period * or|otherwise",
                    "before the weekend|deadline", "can not hold|keep|honour|promise this|the|these|that|you",
                    "won't|will not|not wait|last long", "will not be available", "not be available * next|after|tomorrow",
                    "price|pricing|rate|cost|terms * go up", "price|pricing|rate|cost|terms * increase|rise",
                    "before * price|pricing|rate|list * go|increase|rise|kick",
                    "lock * in now|today|before", "lock this|it in", "sooner you * better", "every day you wait",
                    "time sensitive|time-sensitive", "miss friday|monday|deadline|the",
                    "wrap this|it up before|by", "get back to me today|tonight|now",
                    "more expensive", "go back up")),
            Map.entry(PressureKind.SCARCITY, List.of(
                    "only|just @few * left|remain|remaining|available",
                    "@few * left|remain at|this|for", "down to the last", "last few|remaining",
                    "fill|filling up fast|quickly", "almost|nearly|fully * book|gone|sold|full|taken",
                    "sold out", "run|running out|low", "out of * date|slot|spot|seat|place|capacity|stock|unit|licence", "limited availability|stock|supply|supplies|space|spaces|capacity",
                    "availability|stock|supply|supplies|space|capacity be * limited|low|tight",
                    "while * last|can|stock", "first come first serve",
                    "once|when * gone|sold", "not many * left", "room|space|capacity for * one|two|last|more",
                    "any capacity left", "someone else * interest|ask|want|take|book", "another|other client|customer|company * interest|ask|want|take|book",
                    "waitlist|list * grow|long", "demand * huge|high|strong",
                    "one of the last", "single opening|slot|spot|seat", "cap|limit the programme|program|pilot|offer at",
                    "go to someone else", "grab|reserve|secure|claim * while|quickly|fast|before")),
            Map.entry(PressureKind.PRESUMPTIVE, List.of(
                    "which|what day|date|week|time * should|shall|can|do * engineer|engineers|installer|team|we * arrive|start|set|install|come|begin",
                    "when would you like * train|install|set|start|onboard|live|deliver",
                    "when|day can|should|shall we|i * come|arrive|install|start|begin|deliver|onboard",
                    "go ahead and prepare|send|book|set|draw",
                    "take the liberty", "already book|reserve|schedule|set|prepare|order|arrange",
                    "prepare|prepared the? contract|paperwork|invoice|order for you signature",
                    "send * invoice|contract|paperwork|agreement|order * over|across|through|today|now|this",
                    "where|who * send|address * paperwork|contract|invoice|purchase|po|order",
                    "welcome aboard", "welcome to the family", "you * onboarding|account|licence|licens|dashboard|login|order * ready|reserv|set|wait|live",
                    "as soon as * contract|paperwork|order|signature|agreement * back|sign|in",
                    "pay by card|transfer|invoice", "card or bank|transfer",
                    "shall|should|can i put|sign|book you",
                    "put you down for", "get|have the order|contract|deal|paperwork place|placed|sign|signed|close|closed|done",
                    "ready to move|sign|commit|go|buy|proceed|start",
                    "what will|would it take", "over the line",
                    "any reason you * not * sign|go|buy|move|proceed",
                    "pencil|pencilled you? in", "unless you stop me",
                    "once|when you sign|buy|purchase|commit|go",
                    "sign here", "just sign", "reserv|book|schedul * engineer|installer|team|consultant * for you * go|live|rollout|install", "get|have you live|start|running|up",
                    "need your decision|answer|commitment", "close this out|off",
                    "get the deal close|closed", "close the deal",
                    "which of your staff|team|people * login|logins|access|account|accounts",
                    "first logins|login")),
            Map.entry(PressureKind.GUILT, List.of(
                    "after all|everything * i|we * put|do|spent|spend|invest|work",
                    "i be * disappoint|hurt|surprise|frustrat|upset", "frustrat * not * response|reply|hear",
                    "i have spend|spent * week|weeks|days|hours|time|effort", "so much effort|work|time",
                    "out on a limb", "mean a lot to i", "count|counting on you", "come through for",
                    "left hanging", "leave|left i in the dark", "let * i * down", "letting * down",
                    "really need this|you|a|your", "need this deal", "hit i target|quota|number",
                    "i commission|quota|bonus|target", "between i and i", "standing between i",
                    "you promise", "call|email|write|tried you * times",
                    "i expect * decision|answer|reply|by now", "courtesy", "expect|hop better|more * after", "after all * we|i * meeting|call|work|time|effort", "do you a favour|favor",
                    "shame for * work|effort|time", "go to waste", "bit hurt", "still nothing", "have be wait",
                    "i manager be ask * why|every")),
            Map.entry(PressureKind.SOCIAL_PROOF, List.of(
                    "@everyone * @rival|teams|companies|firms|businesses|clinics|customers * switch|use|move|chose|choose|join|sign|trust|adopt|made|make",
                    "you @rival * already|just|have|use|get|sign|become|chose|move|faster|ahead",
                    "@rival * already * use|switch|sign|get|moving|ahead",
                    "don't|not be the last|only", "the only firm|company|one * without",
                    "miss out", "missing out", "left behind", "fall behind",
                    "can not be wrong", "no brainer|no-brainer", "jump|jumping on",
                    "@everyone * already * enjoy|use|trust|made|switch|sign|move",
                    "all the|of * smart|big|leading|top", "companies|people|teams that wait * regret",
                    "join the thousands|hundreds|millions", "how it will look when",
                    "everyone|everybody in you industry|sector|market|space",
                    "out of ten|10", "become|became we customer|client", "every|all other * already", "other * in you|the region|area|industry|sector|market * already",
                    "you will regret", "crazy|mad|foolish to miss|pass|say", "to miss this|out", "regret it|this * if|later|wait", "company|companies|firm|team|business|organisation like you * all|already|move|switch|use")),
            Map.entry(PressureKind.AUTHORITY, List.of(
                    "@we * @boss|sales|regional|senior ** need|want|insist|expect|ask|push|approve|authorise|authorize|sign|tell|requir|demand|flag|hold|escalat|breath|chase",
                    "i|we @boss will only",
                    "@boss on i|we side",
                    "office|leadership|management|corporate ** push|insist|tell|authorise|authorize|approve|flag|expect|want|need|requir",
                    "finance|legal|procurement team? here * ask|need|push|expect|want",
                    "powers that be", "breathing down", "told by i vp|boss|manager|director",
                    "i have be tell by", "approve by i|we")),
            Map.entry(PressureKind.CHASING, List.of(
                    "just want? to? check|touch|circl|follow|reach|bump|ping|nudge|float|pop|resend in|base|up|back|out|this?",
                    "follow up * again|once|more", "follow up on|about i previous|last|earlier",
                    "follow up on|about i follow", "bump this|it|my", "bumping", "top of you inbox",
                    "circl back * again|once|last|this|email|i",
                    "touch base again", "check in again|once", "checking in again",
                    "reach|reaching out again", "one more time", "more|last time * in case",
                    "in case * buried|miss|slip|lost|see", "resend|resending|re-sending|resurfac|resurfacing",
                    "slip|slipped through the cracks", "ping|pinging you", "gentle nudge|reminder",
                    "float this|it back", "pop|popping back", "did you get|see|read|receive * i last|previous|earlier|email|emails|message|note|voicemail",
                    "did you have a chance", "get a chance to read|look|review",
                    "not sure if you saw|see|got|receive", "any update|updates on this|this?", "any update",
                    "i have not hear back|from", "have not heard back", "do not get a reply|response",
                    "since i * not * reply|response|hear", "another quick? follow up",
                    "left you * voicemail|voicemails|message|messages", "whether you receive|got|get i", "just wonder if|whether you", "have|had a chance to * think|look|read|review|consider")),
            Map.entry(PressureKind.CONDESCENSION, List.of(
                    "surely", "obviously", "as|like i said|mention|explain|told|wrote|already", "as i have said|told|mention|explain",
                    "quite simple|simple once", "really|very simple", "any sensible|smart|reasonable|rational",
                    "even you|your", "explain it again|once more", "more slowly", "clearly you", "spell it out",
                    "no brainer|no-brainer", "surprised you be still", "what else there be to think",
                    "do you realise|realize", "you do realise|realize", "overthink|overthinking",
                    "with respect", "of course * anyone", "anyone who have look", "trust me * know",
                    "know you business better", "should be obvious", "obvious why", "wasn't clear enough",
                    "not clear enough", "first three|two times", "naturally", "straightforward",
                    "not sure why this be take", "why this be take so long", "again as i", "i have told you")),
            Map.entry(PressureKind.TEASER, List.of(
                    "only share|tell|reveal|explain * phone|call|person|speak|talk",
                    "not over|in email|writing", "can not put * in writing|email",
                    "not allow|allowed to email|say|share", "you will not believe", "guess what",
                    "something|news|surprise big|exciting|special|secret|coming", "big|exciting|special|secret news|thing|update|something|things",
                    "a|little secret|surprise", "between you and i", "do not tell anyone",
                    "insider|inside information|news|scoop", "sneak peek", "hold on to you hat", "reveal|unveil",
                    "want to hear this * person|phone|call", "tell you the rest", "dying to tell",
                    "too exciting to", "can not say much", "call i back * news", "news that can not wait",
                    "you will see why", "you will want to know", "news|something|update * have to * call|phone|person",
                    "amazing|incredible|huge|massive news", "definitely want to know", "change everything",
                    "have to hear it from i", "can not explain|say|share in|over|by email")),
            Map.entry(PressureKind.CONDITIONAL_DISCOUNT, List.of(
                    "if|provided|long as? you|we * @decide ** @deal",
                    "@decide|order|book|decide * today|now|by|before|this|within|next ** and * @deal|free|us|yours",
                    "@deal * if|provided|long * @decide|close|confirm|yes|commit|sign",
                    "discount|reduction|bonus|extra|free|lower|cheaper|waive * only * today|now|this|until", "on the table * today|now|only",
                    "verbal yes", "get i a yes", "say yes * call|now|today",
                    "be on we", "for free", "quarter|month|year|training|setup|shipping|installation|delivery be free", "free of charge", "founder rate|price", "for life",
                    "special discount|pricing|offer|terms", "extra discount|licences|licenses|month|months",
                    "throw in", "knock * off", "waive", "disappear", "match any price",
                    "#num off", "percent off", "another #num", "lock in the lower|old|current",
                    "old rate|price", "that price hold only", "half price|off", "year|month|quarter|week be half|free")),
            Map.entry(PressureKind.ASSUMED_BUSY, List.of(
                    "know|sure|realise|realize|understand|imagine|guess|assume|figure|bet|expect * you|thing|things|it|calendar|inbox * @busy",
                    "you must be * @busy", "thing|things must be * @busy", "must be * busy|hectic|swamped",
                    "knowing how @busy", "how @busy", "no doubt you|your", "busy week|month|time * bring|back|again|attention|remind",
                    "fall|fell|drop|dropped off you radar", "lost in the shuffle|inbox", "get|got|just lost in",
                    "buried under", "juggling", "a lot on you plate", "a million things", "pressed for time",
                    "too busy", "tied up", "how crazy|hectic|busy it get", "with how busy",
                    "understand the delay", "with everything going on", "probably just", "flat out", "snow|snowed under", "you be probably|likely|surely * @busy|under|tied"))));

    private final Map<PressureKind, List<Element[]>> patterns = new EnumMap<>(PressureKind.class);

    /** One position of a pattern: the stems it accepts, or a gap of up to {@code gap} words. */
    private record Element(Set<String> stems, boolean optional, int gap) {
    }

    PressurePatterns() {
        SOURCES.forEach((kind, sources) -> {
            List<Element[]> compiled = new ArrayList<>();
            for (String source : sources) {
                compiled.add(compile(source));
            }
            patterns.put(kind, compiled);
        });
    }

    /** The number of patterns, for the docs. */
    int size() {
        return patterns.values().stream().mapToInt(List::size).sum();
    }

    private static Element[] compile(String source) {
        List<Element> out = new ArrayList<>();
        for (String part : source.trim().split("\\s+")) {
            if (part.equals("*") || part.equals("**")) {
                out.add(new Element(Set.of(), false, part.length() == 1 ? 3 : 6));
                continue;
            }
            boolean optional = part.endsWith("?") && part.length() > 1;
            String body = optional ? part.substring(0, part.length() - 1) : part;
            Set<String> stems = new HashSet<>();
            for (String alternative : body.split("\\|")) {
                if (alternative.startsWith("@")) {
                    List<String> words = CLASSES.get(alternative.substring(1));
                    if (words == null) {
                        throw new IllegalArgumentException("no word class " + alternative + " in " + source);
                    }
                    for (String w : words) {
                        stems.add(w.equals("#num") ? w : single(w));
                    }
                } else if (alternative.equals("#num")) {
                    stems.add(alternative);
                } else {
                    stems.add(single(alternative));
                }
            }
            out.add(new Element(stems, optional, 0));
        }
        return out.toArray(Element[]::new);
    }

    /** A word in a pattern read as the text is: "won't" becomes "will" (its first part), then stemmed. */
    private static String single(String word) {
        Tokens t = new Tokens(word);
        if (t.tokens.isEmpty()) {
            return word;
        }
        return t.tokens.get(0).stem();
    }

    /** Every match in {@code tokens}, each kind's first match per starting word. */
    List<Match> matches(Tokens tokens) {
        List<Match> found = new ArrayList<>();
        List<Tokens.Token> words = tokens.tokens;
        for (Map.Entry<PressureKind, List<Element[]>> kind : patterns.entrySet()) {
            for (Element[] pattern : kind.getValue()) {
                for (int start = 0; start < words.size(); start++) {
                    int end = match(pattern, 0, words, start, words.get(start).sentence());
                    if (end > start) {
                        found.add(new Match(kind.getKey(), start, end));
                    }
                }
            }
        }
        return found;
    }

    private static boolean accepts(Element e, String stem) {
        return e.stems().contains(stem) || e.stems().contains("#num") && !stem.isEmpty() && Character.isDigit(stem.charAt(0));
    }

    /** The token after a match of {@code pattern[from..]} at {@code at}, or -1. */
    private static int match(Element[] pattern, int from, List<Tokens.Token> words, int at, int sentence) {
        if (from == pattern.length) {
            return at;
        }
        Element e = pattern[from];
        if (e.gap() > 0) {
            for (int skip = 0; skip <= e.gap(); skip++) {
                int next = at + skip;
                if (next > words.size() || next > at && words.get(next - 1).sentence() != sentence) {
                    break;
                }
                int end = match(pattern, from + 1, words, next, sentence);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at < words.size() && words.get(at).sentence() == sentence && accepts(e, words.get(at).stem())) {
            int end = match(pattern, from + 1, words, at + 1, sentence);
            if (end >= 0) {
                return end;
            }
        }
        return e.optional() ? match(pattern, from + 1, words, at, sentence) : -1;
    }
}
