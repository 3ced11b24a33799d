package app.candor.domain;

/**
 * How urgently an alert asks for attention. Strength is its own number ({@link #rank}), never the constant's
 * position, so adding or reordering constants cannot silently change the queue's order.
 */
public enum Severity implements Coded {
    HIGH("high", 0), MEDIUM("medium", 1), LOW("low", 2);

    /** Strongest first. */
    public static final java.util.Comparator<Severity> STRONGEST_FIRST = java.util.Comparator.comparingInt(Severity::rank);

    private final String code;
    private final int rank;

    Severity(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** 0 for the strongest; the store ranks alert schedules with the same numbers. */
    public int rank() {
        return rank;
    }

    /** The severity of a rank the store computed. */
    public static Severity ofRank(int rank) {
        for (Severity s : values()) {
            if (s.rank == rank) {
                return s;
            }
        }
        throw new IllegalArgumentException("No severity has rank " + rank);
    }

    @Override
    public String code() {
        return code;
    }

    public static Severity fromCode(String code) {
        return Coded.parse(Severity.class, code);
    }
}
