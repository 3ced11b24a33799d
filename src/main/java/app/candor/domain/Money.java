package app.candor.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in integer minor units (cents) of an ISO 4217 currency; never a double. */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw Refused.because("refused.money.currency", currency);
        }
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Parses a decimal amount such as "12500.50" in the given currency, refusing extra precision. */
    public static Money parse(String amount, String currency) {
        zero(currency);
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal value;
        try {
            value = new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw Refused.because("refused.money.amount", amount.strip());
        }
        try {
            return new Money(value.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw Refused.because("refused.money.digits", amount, digits, currency);
        }
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }

    /**
     * The amount as a person reads it: the currency code, then the amount grouped and with its decimals in the
     * style of {@code locale}, such as "EUR 27,714,300.00" (en) or "EUR 27.714.300,00" (de).
     */
    public String display(java.util.Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(true);
        return currency + " " + format.format(amount());
    }

    /** The plain form files and commands exchange: "27714300.00 EUR" (see {@link #display} for people). */
    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
