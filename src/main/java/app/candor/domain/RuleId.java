package app.candor.domain;

/** The fixed ids of the follow-up rules: the CLI, the rules file and the script mapping use these codes. */
public enum RuleId implements Coded {
    NO_RESPONSE("no-response", "No word from them"),
    CHECKIN_OVERDUE("checkin-overdue", "The agreed check-in has passed"),
    CHECKIN_SLIPPED("checkin-slipped", "The check-in keeps moving later"),
    QUIET_AFTER_PROMISE("quiet-after-promise", "Quiet after promising to get back"),
    PROPOSAL_WITHOUT_MEETING("proposal-without-meeting", "A proposal with no date to talk it through"),
    UNANSWERED_ATTEMPTS("unanswered-attempts", "Several follow-ups unanswered"),
    NO_NEXT_STEP("no-next-step", "Your move, with no date agreed"),
    UNKNOWN_DECISION_MAKER("unknown-decision-maker", "Who decides is not known"),
    LOST_ASK_FEEDBACK("lost-ask-feedback", "A lost deal to learn from");

    private final String code;
    private final String words;

    RuleId(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The rule as the app names it to people. */
    public String words() {
        return words;
    }

    @Override
    public String code() {
        return code;
    }

    public static RuleId fromCode(String code) {
        return Coded.parse(RuleId.class, code);
    }
}
