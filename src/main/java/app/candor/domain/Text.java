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
}
