package app.candor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money as people read it, and as files exchange it. */
class MoneyTest {

    @Test
    void peopleReadTheCurrencyThenTheAmountGroupedInTheirStyle() {
        Money value = Money.parse("27714300", "EUR");
        assertThat(value.display(Locale.UK)).isEqualTo("EUR 27,714,300.00");
        assertThat(value.display(Locale.GERMANY)).isEqualTo("EUR 27.714.300,00");
        assertThat(Money.parse("1500", "JPY").display(Locale.UK)).isEqualTo("JPY 1,500");
        assertThat(value.toString()).as("files keep the plain form").isEqualTo("27714300.00 EUR");
    }
}
