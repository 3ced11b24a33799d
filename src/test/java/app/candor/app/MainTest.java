package app.candor.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where Candor runs AWT headless (decision 0016): on Linux, where the packaged runtime has no X11 toolkit. */
class MainTest {

    @Test
    void awtRunsHeadlessOnLinuxUnlessTheUserSaidOtherwise() {
        assertThat(Main.awtHeadless("Linux", null)).isTrue();
        assertThat(Main.awtHeadless("Linux", "false")).as("given on the command line").isFalse();
        assertThat(Main.awtHeadless("Windows 11", null)).as("the mail link goes through AWT's Desktop").isFalse();
        assertThat(Main.awtHeadless("Mac OS X", null)).isFalse();
    }
}
