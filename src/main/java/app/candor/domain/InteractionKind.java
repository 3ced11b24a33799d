package app.candor.domain;

/** The medium of an interaction; a note is a private jotting, not a touch. */
public enum InteractionKind implements Coded {
    CALL("call"), EMAIL("email"), MEETING("meeting"), MESSAGE("message"), NOTE("note");

    private final String code;

    InteractionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static InteractionKind fromCode(String code) {
        return Coded.parse(InteractionKind.class, code);
    }
}
