package app.candor.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a message, as a summary: quoted history ("> …", "On … wrote:", an Outlook header block) and the
 * signature ("-- ") cut away, HTML turned into text, the first few lines kept.
 */
public final class MailText {

    static final int MAX_LINES = 3;
    static final int MAX_CHARS = 400;

    private static final Pattern QUOTE_INTRO = Pattern.compile(
            "(?i)^\\s*(on\\b.{0,200}\\bwrote:?\\s*$|am\\b.{0,200}\\bschrieb.*$|le\\b.{0,200}\\ba écrit.*$"
                    + "|-{2,}\\s*original message\\s*-{2,}.*$|_{5,}\\s*$|from:\\s.*$|von:\\s.*$|de :\\s.*$"
                    + "|sent from my \\w+.*$|get outlook for .*$)");

    private MailText() {
    }

    /** The first lines of what is new in {@code body} (plain text), on one line. */
    public static String newText(String body) {
        List<String> kept = new ArrayList<>();
        for (String raw : body.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            if (raw.equals("-- ") || line.equals("--") || QUOTE_INTRO.matcher(line).matches()) {
                break;
            }
            if (line.startsWith(">") || line.isEmpty()) {
                continue;
            }
            kept.add(line);
            if (kept.size() == MAX_LINES) {
                break;
            }
        }
        String text = String.join(" ", kept);
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).strip() + "\u2026";
    }

    /** The text a reader sees in {@code html}: paragraphs and line breaks kept, markup, scripts and styles gone. */
    public static String fromHtml(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        doc.select("script, style, head").remove();
        doc.select("br").after("\\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before("\\n");
        doc.select("blockquote, .gmail_quote, .moz-cite-prefix, #divRplyFwdMsg, #appendonsend").remove();
        String text = doc.text().replace("\\n", "\n");
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    /** The summary kept for a message: the subject, then what is new in it. */
    public static String summary(String subject, String newText) {
        String s = subject == null ? "" : subject.strip();
        if (newText.isEmpty()) {
            return s;
        }
        return s.isEmpty() ? newText : s + " \u2014 " + newText;
    }
}
