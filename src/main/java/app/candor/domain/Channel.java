package app.candor.domain;

/** How a script is meant to be used: a call, an email, either (with a variant each), or a card to read before a call. */
public enum Channel implements Coded {
    PHONE("phone"), EMAIL("email"), BOTH("both"), CARD("card");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean hasPhone() {
        return this == PHONE || this == BOTH || this == CARD;
    }

    public boolean hasEmail() {
        return this == EMAIL || this == BOTH;
    }

    public static Channel fromCode(String code) {
        return Coded.parse(Channel.class, code);
    }
}
