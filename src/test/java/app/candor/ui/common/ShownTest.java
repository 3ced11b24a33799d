package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Stage;
import org.junit.jupiter.api.Test;

/** Choice boxes show values in words, and no value as what the box says for none. */
class ShownTest {

    @Test
    void aValueIsShownInWordsAndNoValueAsNoneOrNothing() {
        assertThat(Shown.by(Messages::word).toString(Stage.PROPOSAL)).isEqualTo(Messages.word(Stage.PROPOSAL));
        assertThat(Shown.<Stage>by(Messages::word).toString(null)).isEmpty();
        assertThat(Shown.<Stage>by(Messages::word, "Every stage").toString(null)).isEqualTo("Every stage");
        assertThat(Shown.<Stage>by(Messages::word).fromString("proposal")).isNull();
    }
}
