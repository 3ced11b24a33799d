package app.candor.domain;

/** Small text helpers shared by the domain records. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A phone number or a plain number: digits with spaces, dots, dashes and brackets, after an optional sign. */
    private static final java.util.regex.Pattern NUMBER_LIKE = java.util.regex.Pattern.compile("[+-]?[0-9][0-9 ().,-]*");

    /**
     * A cell for a CSV file a spreadsheet may open (OWASP's CSV injection): a cell starting with {@code = + - @},
     * TAB or CR gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text instead of running it
     * as a formula. Phone numbers such as {@code +44 20 7946 0958} and negative numbers stay as they are: digits,
     * spaces and punctuation alone cannot call a function or reach another cell. Candor's CSV import drops the
     * apostrophe again.
     */
    public static String spreadsheetSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return orEmpty(cell);
        }
        char first = cell.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!trigger || NUMBER_LIKE.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * Text for a terminal: every control character (C0, DEL, C1, and the Unicode line and paragraph separators)
     * shown as a visible escape such as {@code \x1B}, so a name cannot move the cursor, recolour the screen or
     * forge a line. Line breaks are kept only where {@code keepLineBreaks} says the text is meant to have them.
     */
    public static String visible(String text, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (keepLineBreaks && (ch == '\n' || ch == '\t')) {
                out.append(ch);
            } else if (keepLineBreaks && ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' || (ch >= '\u202A' && ch <= '\u202E')
                    || (ch >= '\u2066' && ch <= '\u2069')) {
                out.append(ch <= 0xFF ? String.format("\\x%02X", (int) ch) : String.format("\\u%04X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** "1 row", "2 rows", "1,200 rows": a count with its noun in the right number, grouped in the user's style. */
    public static String count(long n, String singular) {
        return java.text.NumberFormat.getIntegerInstance().format(n) + " " + singular + (n == 1 ? "" : "s");
    }
}
