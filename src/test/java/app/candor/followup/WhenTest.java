package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Days and moments as people type them; Monday 23 November 2026, 12:00 in London. */
class WhenTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = MONDAY.atTime(12, 0).atZone(LONDON).toInstant();

    static LocalDateTime at(String text) {
        return LocalDateTime.ofInstant(When.moment(text, NOW, LONDON), LONDON);
    }

    @Test
    void momentsInTheWordsPeopleUse() {
        assertThat(at("")).isEqualTo(MONDAY.atTime(12, 0));
        assertThat(at("now")).isEqualTo(MONDAY.atTime(12, 0));
        assertThat(at("yesterday 15:00")).isEqualTo(MONDAY.minusDays(1).atTime(15, 0));
        assertThat(at("Yesterday 3pm")).isEqualTo(MONDAY.minusDays(1).atTime(15, 0));
        assertThat(at("yesterday 3 pm")).isEqualTo(MONDAY.minusDays(1).atTime(15, 0));
        assertThat(at("9:30")).isEqualTo(MONDAY.atTime(9, 30));
        assertThat(at("friday 16:45")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(16, 45));
        assertThat(at("2 days ago")).isEqualTo(MONDAY.minusDays(2).atTime(12, 0));
        assertThat(at("2026-11-20 08:05")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(8, 5));
        assertThat(at("2026-11-20T08:05")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(8, 5));
        assertThat(at("20.11.2026")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(12, 0));
        assertThat(at("11/20/2026 10am")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(10, 0));
        assertThat(at("20 Nov 2026")).isEqualTo(LocalDate.of(2026, 11, 20).atTime(12, 0));
    }

    @Test
    void daysAheadForACheckIn() {
        assertThat(When.day("friday", MONDAY, true)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(When.day("monday", MONDAY, true)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(When.day("next tuesday", MONDAY, false)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(When.day("in 2 weeks", MONDAY, true)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(When.day("tomorrow", MONDAY, true)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void whatCannotBeReadOrHasNotHappenedIsRefusedInPlainWords() {
        assertThatThrownBy(() -> at("tomorrow")).isInstanceOf(Refused.class).hasMessageContaining("still to come");
        assertThatThrownBy(() -> at("13pm")).isInstanceOf(Refused.class).hasMessageContaining("1 to 12");
        assertThatThrownBy(() -> at("yesterday 25:00")).isInstanceOf(Refused.class).hasMessageContaining("no such time");
        assertThatThrownBy(() -> at("last blursday")).isInstanceOf(Refused.class)
                .hasMessageContaining("is not a day Candor understands");
        assertThatThrownBy(() -> at("3000-01-01")).isInstanceOf(Refused.class).hasMessageContaining("out of range");
    }
}
