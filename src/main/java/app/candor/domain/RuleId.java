package app.candor.domain;

/**
 * The fixed ids of the follow-up rules: the CLI, the rules file and the script mapping use these codes. The app
 * names them to people from its catalogue.
 */
public enum RuleId implements Coded {
    NO_RESPONSE("no-response"),
    CHECKIN_OVERDUE("checkin-overdue"),
    CHECKIN_SLIPPED("checkin-slipped"),
    QUIET_AFTER_PROMISE("quiet-after-promise"),
    PROPOSAL_WITHOUT_MEETING("proposal-without-meeting"),
    UNANSWERED_ATTEMPTS("unanswered-attempts"),
    NO_NEXT_STEP("no-next-step"),
    UNKNOWN_DECISION_MAKER("unknown-decision-maker"),
    LOST_ASK_FEEDBACK("lost-ask-feedback");

    private final String code;

    RuleId(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static RuleId fromCode(String code) {
        return Coded.parse(RuleId.class, code);
    }
}
