package app.candor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A severity's strength is its own number, read back by that number, never by the constant's position. */
class SeverityTest {

    @Test
    void strengthIsTheRankAndTheStoresRankReadsBackToTheSameSeverity() {
        List<Severity> mixed = new ArrayList<>(List.of(Severity.LOW, Severity.HIGH, Severity.MEDIUM));
        mixed.sort(Severity.STRONGEST_FIRST);
        assertThat(mixed).containsExactly(Severity.HIGH, Severity.MEDIUM, Severity.LOW);
        for (Severity s : Severity.values()) {
            assertThat(Severity.ofRank(s.rank())).isEqualTo(s);
            assertThat(Severity.fromCode(s.code())).isEqualTo(s);
        }
        assertThatThrownBy(() -> Severity.ofRank(7)).hasMessageContaining("rank 7");
    }
}
