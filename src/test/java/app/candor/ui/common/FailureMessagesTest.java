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
        app.candor.domain.Refused refused = new app.candor.domain.Refused("'4,500' is not an amount of EUR");
        TaskExecutor.currentThread().run(() -> {
            throw refused;
        }, ok -> { }, shown::set);
        assertThat(shown.get()).isSameAs(refused);
        TaskExecutor.currentThread().run(() -> java.time.LocalDate.of(2026, 13, 45), ok -> { }, shown::set);
        assertThat(shown.get().getMessage()).startsWith("A date is not valid").doesNotContain("DateTimeException");
    }

    @Test
    void anIllegalStateFromInsideCandorIsABugNotAMessageForPeople() {
        // Only a Refused (or a refused file) speaks to the person; the same exception types thrown by a library or
        // by a broken assumption are bugs, whatever their message says.
        AtomicReference<Throwable> shown = new AtomicReference<>();
        TaskExecutor.currentThread().run(() -> {
            throw new IllegalStateException("Toolkit not initialized");
        }, ok -> { }, shown::set);
        assertThat(shown.get().getMessage()).contains("this is a bug").doesNotContain("Toolkit");
        TaskExecutor.currentThread().run(() -> {
            throw new IllegalArgumentException("No severity has rank 9");
        }, ok -> { }, shown::set);
        assertThat(shown.get().getMessage()).contains("this is a bug").doesNotContain("rank 9");
    }

    @Test
    void anAmountWrittenWithACommaIsRefusedInPlainWords() {
        AtomicReference<Throwable> shown = new AtomicReference<>();
        TaskExecutor.currentThread().run(() -> app.candor.domain.Money.parse("12,5", "EUR"), ok -> { }, shown::set);
        assertThat(shown.get()).isInstanceOf(app.candor.domain.Refused.class);
        assertThat(shown.get().getMessage()).isEqualTo("'12,5' is not an amount: write it in digits with a point for"
                + " decimals, such as 1250 or 1250.50.");
    }

    @Test
    void aBrokenTemplateIsARefusalWithItsPlaceNotABug() {
        AtomicReference<Throwable> shown = new AtomicReference<>();
        TaskExecutor.currentThread().run(() -> app.candor.scripts.Template.parse("Hi {firstName"), ok -> { },
                shown::set);
        assertThat(shown.get().getMessage()).contains("line 1").contains("'{' is not closed")
                .doesNotContain("this is a bug");
    }
}
