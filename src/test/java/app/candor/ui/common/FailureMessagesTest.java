package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A failure in background work reaches the screen as a plain sentence, never as a Java class name. */
class FailureMessagesTest {

    @Test
    void aBugInBackgroundWorkReachesTheScreenAsAPlainSentence() {
        AtomicReference<Throwable> shown = new AtomicReference<>();
        TaskExecutor.currentThread().run(() -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null");
        }, ok -> { }, shown::set);
        assertThat(shown.get().getMessage()).contains("this is a bug").contains("candor.log")
                .doesNotContain("NullPointerException").doesNotContain("String.length");
    }

    @Test
    void aMessageWrittenForPeoplePassesUnchanged() {
        AtomicReference<Throwable> shown = new AtomicReference<>();
        IllegalArgumentException refused = new IllegalArgumentException("'4,500' is not an amount of EUR");
        TaskExecutor.currentThread().run(() -> {
            throw refused;
        }, ok -> { }, shown::set);
        assertThat(shown.get()).isSameAs(refused);
        TaskExecutor.currentThread().run(() -> java.time.LocalDate.of(2026, 13, 45), ok -> { }, shown::set);
        assertThat(shown.get().getMessage()).startsWith("A date is not valid").doesNotContain("DateTimeException");
    }
}
