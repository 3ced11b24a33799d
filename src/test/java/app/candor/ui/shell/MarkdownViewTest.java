package app.candor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Help shows a document's words: headings, paragraphs and lists, and no picture markup. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    @Test
    void pictureLinesAreLeftOutAndTheWordsAroundThemStay() {
        VBox box = MarkdownView.render("# Mail\nBefore the picture.\n\n![The card](screenshots/card.png)\n\nAfter it.\n");
        assertThat(box.getChildren()).allSatisfy(n -> assertThat(n).isInstanceOf(Label.class));
        assertThat(box.getChildren().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Mail", "Before the picture.", "After it.");
    }
}
