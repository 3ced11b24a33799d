package app.candor.domain;

import java.time.LocalDate;

/**
 * The range of values Candor accepts from people and files: wide enough for any real pipeline, narrow enough that
 * every date has a calendar form and every sum of values fits in a long.
 */
public final class Bounds {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
    /** 10^13 minor units: a hundred billion in a currency with cents. A million such deals still sum in a long. */
    public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

    private Bounds() {
    }

    /** {@code date}, or an {@link IllegalArgumentException} naming {@code what} when it is out of range. */
    public static LocalDate date(LocalDate date, String what) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            throw Refused.because("refused.bounds.date", what, date.toString(), FIRST_DAY.toString(), LAST_DAY.toString());
        }
        return date;
    }

    /** {@code money}, or an {@link IllegalArgumentException} naming {@code what} when it is too large. */
    public static Money money(Money money, String what) {
        if (money != null && (money.minorUnits() > MAX_MINOR_UNITS || money.minorUnits() < -MAX_MINOR_UNITS)) {
            throw Refused.because("refused.bounds.money", what, MAX_MINOR_UNITS / 100);
        }
        return money;
    }
}
