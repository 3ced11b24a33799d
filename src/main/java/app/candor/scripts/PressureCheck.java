package app.candor.scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft for wording that adds pressure instead of trust: "just following up" openers, false urgency,
 * assuming the sale, guilt and neediness, appeals to a higher authority, manufactured intrigue. Each finding
 * says where, why, and what to say instead. Precision and recall on a labelled corpus are in docs/SCRIPTS.md.
 */
public final class PressureCheck {

    /** One phrase that reads as pressure; {@code start} inclusive and {@code end} exclusive, in chars. */
    public record Finding(int start, int end, String phrase, String category, String reason, String suggestion) {
    }

    private record Kind(String category, String reason, String suggestion, List<Pattern> patterns) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // Curly apostrophes are as common as straight ones in pasted text.
    private static final String APOS = "['\u2019]";

    private static final List<Kind> KINDS = List.of(
            kind("opener",
                    "\"Just following up\" says you want an answer, not that you bring anything of value.",
                    "Start from where you left off: \"Here is where we left off: ... Is that still accurate? What has"
                            + " changed since we last spoke?\"",
                    "\\bjust\\s+(following|checking|touching|circling|reaching|bumping)\\s+(up|in|base|back|out|this)\\b",
                    "\\bjust\\s+wanted\\s+to\\s+(follow\\s+up|check\\s+in|touch\\s+base|circle\\s+back|bump|see\\s+if\\s+you\\s+(had|got|saw))\\b",
                    "\\b(following|checking)\\s+(up|in)\\s+(on|about)\\s+my\\s+(last|previous|earlier)\\s+(email|message|note|voicemail|call)\\b",
                    "\\bbumping\\s+(this|my\\s+(last\\s+)?(email|message))\\b",
                    "\\b(i" + APOS + "m|i\\s+am)\\s+(just\\s+)?(touching\\s+base|circling\\s+back)\\b"),
            kind("urgency",
                    "False urgency: a deadline that serves your sale, not their need.",
                    "Let their own timeline set the pace: \"What timing would work for you?\"",
                    "\\b(only\\s+today|today\\s+only|only\\s+until\\s+(today|tonight|tomorrow|friday|the\\s+end\\s+of))\\b",
                    "\\blimited[-\\s]time\\b",
                    "\\bact\\s+(now|fast|quickly|today)\\b",
                    "\\bprices?\\s+(are|is)\\s+(going|about\\s+to\\s+go)\\s+up\\b",
                    "\\bbefore\\s+(the\\s+|our\\s+)?prices?\\s+(go|goes|rise|rises|increase|increases)\\b",
                    "\\bprices?\\s+(will\\s+)?(increase|rise|go\\s+up)\\s+(soon|next|on|from|after|at)\\b",
                    "\\b(this\\s+|the\\s+)?offer\\s+(expires|ends|won" + APOS + "t\\s+last)\\b",
                    "\\b(expires|ends)\\s+(today|tonight|tomorrow|at\\s+midnight)\\b",
                    "\\blast\\s+chance\\b", "\\bdon" + APOS + "t\\s+miss\\s+out\\b", "\\bwon" + APOS + "t\\s+last\\s+long\\b",
                    "\\bwhile\\s+(stocks?|supplies)\\s+last\\b", "\\bnow\\s+or\\s+never\\b", "\\btime\\s+is\\s+running\\s+out\\b",
                    "\\b(only|just)\\s+(have\\s+|got\\s+)?(\\d+|a\\s+few|one|two|three)\\s+(spots?|seats?|places?|slots?|licen[cs]es?|units?)\\s+(left|remaining)\\b",
                    "\\bhurry\\b", "\\b(we|i)\\s+urgently\\b"),
            kind("assuming",
                    "Assumes the sale or pushes for a decision before they are ready; pressure breaks the trust you built.",
                    "Ask where they stand: \"Where do you think we should go from here?\"",
                    "\\b(when|once)\\s+you\\s+(sign|buy|purchase|go\\s+ahead|come\\s+on\\s+board)\\b",
                    "\\bready\\s+to\\s+(sign|buy|commit|close|move\\s+forward)\\b",
                    "\\b(shall|should|can)\\s+i\\s+(go\\s+ahead\\s+and\\s+)?send\\s+(over\\s+)?the\\s+contract\\b",
                    "\\b(i" + APOS + "ll|i\\s+will)\\s+(go\\s+ahead\\s+and\\s+)?send\\s+(over\\s+)?the\\s+contract\\b",
                    "\\blet" + APOS + "?s\\s+(get\\s+(this|it|the\\s+\\w+)\\s+signed|close\\s+(this|the\\s+deal))\\b",
                    "\\bsign\\s+(it\\s+|the\\s+\\w+\\s+)?(today|this\\s+week|by\\s+(friday|monday|tomorrow|the\\s+end))\\b",
                    "\\bcan\\s+we\\s+close\\b", "\\bclose\\s+the\\s+deal\\b",
                    "\\b(i|we)\\s+need\\s+(a|your)\\s+(decision|answer|commitment)\\b",
                    "\\b(make|give\\s+me)\\s+(a|your)\\s+decision\\s+(today|now|this\\s+week|by)\\b",
                    "\\bwhat\\s+(will|would)\\s+it\\s+take\\s+(to|for\\s+you)\\b",
                    "\\bis\\s+there\\s+any\\s+reason\\s+(you|we)\\s+(can" + APOS + "t|couldn" + APOS + "t|wouldn" + APOS
                            + "t|shouldn" + APOS + "t)\\b",
                    "\\b(i" + APOS + "ve|i\\s+have)\\s+(already\\s+)?(reserved|booked|held)\\s+(a|your)\\s+(spot|slot|place|seat)\\b"),
            kind("busy",
                    "Assumes they are just busy instead of finding out why they went quiet.",
                    "Ask for the truth: \"Would you share how I could have done better?\"",
                    "\\b(i\\s+know|i" + APOS + "m\\s+sure|i\\s+realise|i\\s+realize|i\\s+understand)\\s+(that\\s+)?(you"
                            + APOS + "re|you\\s+are|things\\s+are|it" + APOS + "s)\\s+(\\w+\\s+)?(busy|swamped|slammed|hectic)\\b"),
            kind("guilt",
                    "Guilt or neediness: it hands your need to them and makes a reply feel like a debt.",
                    "Own your need without handing it over, and make \"no\" safe: \"If this is no longer right for you,"
                            + " that's completely fine.\"",
                    "\\bi\\s+was\\s+(really\\s+)?counting\\s+on\\b",
                    "\\bhaven" + APOS + "t\\s+heard\\s+(back|from\\s+you)\\b", "\\bhave\\s+not\\s+heard\\s+(back|from\\s+you)\\b",
                    "\\byou\\s+(haven" + APOS + "t|have\\s+not|never|didn" + APOS
                            + "t)\\s+(replied|responded|answered|gotten\\s+back|got\\s+back|returned)\\b",
                    "\\b(i" + APOS + "ve|i\\s+have)\\s+(tried|been\\s+trying)\\s+to\\s+(reach|call|contact|get\\s+hold\\s+of)\\s+you\\b",
                    "\\bas\\s+i\\s+(mentioned|said|wrote)\\s+in\\s+my\\s+(last|previous|earlier)\\s+(email|message|note)\\b",
                    "\\bper\\s+my\\s+(last|previous)\\s+(email|message)\\b",
                    "\\bdid\\s+you\\s+(get|see|receive|read)\\s+my\\s+(last\\s+|previous\\s+|earlier\\s+)?(email|message|voicemail|proposal)\\b",
                    "\\bi\\s+really\\s+need\\s+(this|your|you\\s+to)\\b", "\\bmy\\s+(quota|commission|bonus)\\b",
                    "\\b(i" + APOS + "d|i\\s+would)\\s+hate\\s+(for\\s+you\\s+)?to\\s+(miss|lose)\\b",
                    "\\bdo\\s+me\\s+a\\s+favou?r\\b", "\\byou\\s+promised\\b", "\\byou\\s+said\\s+you\\s+would\\b",
                    "\\bout\\s+on\\s+a\\s+limb\\b",
                    "\\b(i" + APOS + "ve|i\\s+have)\\s+(put|invested|spent)\\s+(so\\s+much|a\\s+lot\\s+of)\\s+(time|work|effort)\\b"),
            kind("authority",
                    "Appeal to a higher authority: someone above you is used to add pressure.",
                    "Speak for yourself and for their interest: what does their situation call for?",
                    "\\bmy\\s+(manager|boss|vp|director|ceo|supervisor|sales\\s+director|head\\s+of\\s+sales)\\s+(says|said|asked|wants|needs|insists|approved|has\\s+approved|authori[sz]ed|is\\s+asking|is\\s+pushing|told\\s+me)\\b",
                    "\\b(management|head\\s+office|my\\s+(manager|boss))\\s+(has\\s+)?(approved|authori[sz]ed)\\b"),
            kind("intrigue",
                    "Manufactured intrigue: a teaser instead of a plain reason to talk.",
                    "Say plainly what you have and why it may matter to them.",
                    "\\byou\\s+won" + APOS + "t\\s+believe\\b", "\\bguess\\s+what\\b",
                    "\\b(i\\s+have|i" + APOS + "ve\\s+got)\\s+(some\\s+)?(exciting|big|special|secret)\\s+(news|something)\\b",
                    "\\bsomething\\s+(big|exciting|special)\\s+(to\\s+share|for\\s+you)\\b",
                    "\\bdon" + APOS + "t\\s+tell\\s+anyone\\b", "\\bbetween\\s+you\\s+and\\s+me\\b",
                    "\\b(exclusive|secret|one[-\\s]time)\\s+(discount|price|pricing|offer|deal)\\b",
                    "\\bspecial\\s+(discount|pricing|offer)\\s+(just|only)\\s+for\\s+you\\b",
                    "\\bsneak\\s+peek\\b", "\\bonly\\s+for\\s+you\\b"));

    private static Kind kind(String category, String reason, String suggestion, String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            patterns.add(Pattern.compile(regex, FLAGS));
        }
        return new Kind(category, reason, suggestion, patterns);
    }

    /** Every pressure phrase in {@code draft}, in order of position; overlapping matches are reported once. */
    public List<Finding> check(String draft) {
        if (draft == null || draft.isEmpty()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (Pattern pattern : kind.patterns()) {
                Matcher m = pattern.matcher(draft);
                while (m.find()) {
                    found.add(new Finding(m.start(), m.end(), m.group(), kind.category(), kind.reason(),
                            kind.suggestion()));
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
}
