package app.candor.domain;

/** Who owes the next step: while it is theirs and an agreed check-in is ahead, Candor stays quiet. */
public enum WhoseMove implements Coded {
    OURS("ours"), THEIRS("theirs");

    private final String code;

    WhoseMove(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The words every screen and command uses: "your move" or "their move". */
    public String inWords() {
        return this == OURS ? "your move" : "their move";
    }

    public static WhoseMove fromCode(String code) {
        return Coded.parse(WhoseMove.class, code);
    }
}
