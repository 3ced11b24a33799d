package app.candor.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void fillsNamedPlaceholdersAndKeepsEscapedBraces() {
        Template t = Template.parse("Hi {firstName}, about {{the}} {dealTitle}.");
        assertThat(t.render(Map.of("firstName", "Ada", "dealTitle", "pilot"))).isEqualTo("Hi Ada, about {the} pilot.");
    }

    @Test
    void unknownPlaceholderIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> Template.parse("Hi {firstName},\nabout {fristName}"))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e.offset()).isEqualTo(22);
                }).hasMessageContaining("unknown placeholder {fristName}");
    }

    @Test
    void unclosedPlaceholderIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> Template.parse("Hi {firstName"))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.column()).isEqualTo(4))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> Template.parse("Hi {first {company}")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Template.parse("a } b")).hasMessageContaining("without an opening");
    }

    @Test
    void blankValuesCountAsMissingSoNoGapIsCopied() {
        Template t = Template.parse("Hi {firstName} from {company}");
        assertThat(t.missing(Map.of("firstName", "Ada", "company", "  "))).containsExactly("company");
        assertThatThrownBy(() -> t.render(Map.of("firstName", "Ada"))).hasMessageContaining("company");
    }

    @Test
    void renderingNamesEveryMissingValueAndReturnsNoText() {
        Script s = new Script("mine", "Mine", "", "", Channel.BOTH, "About {dealTitle}", "Hi {firstName}, {proposedDate}?",
                "{firstName}, {myName} here.", false);
        ScriptRenderer.Rendering r = ScriptRenderer.render(s, Map.of("firstName", "Ada"));
        assertThat(r.complete()).isFalse();
        assertThat(r.missing()).containsExactlyInAnyOrder("dealTitle", "proposedDate", "myName");
        assertThat(r.emailBody()).isEmpty();
        ScriptRenderer.Rendering full = ScriptRenderer.render(s, Map.of("firstName", "Ada", "dealTitle", "Pilot",
                "proposedDate", "1 December", "myName", "Sam"));
        assertThat(full.complete()).isTrue();
        assertThat(full.emailSubject()).isEqualTo("About Pilot");
        assertThat(full.phoneText()).isEqualTo("Ada, Sam here.");
    }

    @Test
    void validationNamesTheFieldOfAMalformedTemplate() {
        Script s = new Script("mine", "Mine", "", "", Channel.EMAIL, "", "Hi {firstname}", "", false);
        assertThatThrownBy(() -> ScriptRenderer.validate(s)).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("email body, line 1, column 4: unknown placeholder {firstname}");
    }
}
