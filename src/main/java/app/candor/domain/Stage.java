package app.candor.domain;

/** Where a deal stands in the pipeline; {@link #WON} and {@link #LOST} close it. */
public enum Stage implements Coded {
    LEAD("lead"), QUALIFIED("qualified"), MEETING("meeting"), PROPOSAL("proposal"),
    NEGOTIATION("negotiation"), WON("won"), LOST("lost");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** How far a deal has come, for ranking: lead 1 up to negotiation 5; a closed deal 0. */
    public int progress() {
        return isOpen() ? ordinal() + 1 : 0;
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }

    public static Stage fromCode(String code) {
        return Coded.parse(Stage.class, code);
    }
}
