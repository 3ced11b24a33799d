package app.candor.domain;

/** What an interaction came to, as the salesperson tags it. */
public enum Outcome implements Coded {
    NO_ANSWER("no-answer"), LEFT_VOICEMAIL("left-voicemail"), REPLIED("replied"),
    PROMISED_TO_GET_BACK("promised-to-get-back"), PROPOSAL_SENT("proposal-sent"), SAID_NO("said-no"),
    NOT_NOW("not-now");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Outcome fromCode(String code) {
        return Coded.parse(Outcome.class, code);
    }
}
