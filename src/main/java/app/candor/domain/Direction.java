package app.candor.domain;

/** Who spoke: only inbound or two-way interactions are responses from the prospect. */
public enum Direction implements Coded {
    OUTBOUND("outbound"), INBOUND("inbound"), TWO_WAY("two-way");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isResponse() {
        return this != OUTBOUND;
    }

    public static Direction fromCode(String code) {
        return Coded.parse(Direction.class, code);
    }
}
