package app.candor.domain;

/** How urgently an alert asks for attention; ordered from strongest to weakest. */
public enum Severity implements Coded {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Severity fromCode(String code) {
        return Coded.parse(Severity.class, code);
    }
}
