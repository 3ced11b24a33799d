package app.candor.scripts;

import app.candor.domain.Coded;

/**
 * The kinds of pressure the check knows, each with a plain explanation and a trust-based alternative grounded in
 * the articles Candor's advice comes from (the words are the catalogue's {@code pressure.<code>.why} and
 * {@code pressure.<code>.instead}; docs/SCRIPTS.md lists them with their sources).
 */
public enum PressureKind implements Coded {
    /** A deadline that serves the sale, not their need ("this price ends Friday"). */
    URGENCY("urgency"),
    /** Manufactured shortage ("only two slots left"). */
    SCARCITY("scarcity"),
    /** Acting as if they already said yes ("which day should our engineers arrive?"). */
    PRESUMPTIVE("presumptive"),
    /** Handing them our need or disappointment ("after all the time I've put in"). */
    GUILT("guilt"),
    /** Everyone else is doing it; fear of missing out ("most teams your size switched"). */
    SOCIAL_PROOF("social-proof"),
    /** Someone above us used as leverage ("my VP needs your signature"). */
    AUTHORITY("authority"),
    /** Messages that only ask for attention ("just checking in", "bumping this"). */
    CHASING("chasing"),
    /** Talking down ("surely", "obviously", "as I said"). */
    CONDESCENSION("condescension"),
    /** Withholding a reason to talk to make them call ("news I can only share on the phone"). */
    TEASER("teaser"),
    /** A price cut tied to deciding by our date ("15% off if you sign by Friday"). */
    CONDITIONAL_DISCOUNT("conditional-discount"),
    /** Deciding for them why they are quiet ("I know you're busy"). */
    ASSUMED_BUSY("assumed-busy");

    private final String code;

    PressureKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static PressureKind fromCode(String code) {
        return Coded.parse(PressureKind.class, code);
    }
}
