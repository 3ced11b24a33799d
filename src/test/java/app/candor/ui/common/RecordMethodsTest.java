package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMethodsTest {

    private record Row(long id, String name) {
    }

    /** Equal to nothing, not even itself. */
    private static final class Broken {
        @Override
        public boolean equals(Object o) {
            return false;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void givesBackTheSameListAndRunsTheFirstItemsMethods() {
        List<Row> rows = List.of(new Row(1, "Ada"), new Row(2, "Grace"));
        assertThat(RecordMethods.linked(rows)).isSameAs(rows);
        assertThat(RecordMethods.linked(List.of())).isEmpty();
    }

    @Test
    void anItemWhoseEqualsDisagreesWithItselfIsCalledOut() {
        assertThatThrownBy(() -> RecordMethods.linked(List.of(new Broken())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Broken");
    }
}
