package app.candor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Refused;
import app.candor.domain.Unreachable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryTest {

    final StepExecutor timer = new StepExecutor();
    final Retry retry = new Retry(timer::later);
    final List<String> tried = new ArrayList<>();

    @Test
    void aSaveRefusedBecauseTheStoreIsAwayIsTriedAgainLaterEachTimeUpToHalfAMinute() {
        for (int i = 0; i < 7; i++) {
            assertThat(retry.after(new Unreachable("away"), () -> tried.add("again"))).isPresent();
            timer.runDue();
        }
        assertThat(timer.waitsAsked()).extracting(Duration::toSeconds).containsExactly(3L, 5L, 10L, 20L, 30L, 30L, 30L);
        assertThat(tried).hasSize(7);
    }

    @Test
    void theWordsSayWhenTheNextTryIs() {
        assertThat(retry.after(new Unreachable("away"), () -> { }).orElseThrow())
                .isEqualTo("Candor tries again by itself in 3 seconds and keeps what you typed; Save tries now.");
    }

    @Test
    void aRefusalOfAnotherKindIsNotTriedAgainAndStartsTheWaitsOver() {
        retry.after(new Unreachable("away"), () -> tried.add("again"));
        timer.runDue();
        assertThat(retry.after(new Refused("The title is required."), () -> tried.add("refused"))).isEmpty();
        assertThat(timer.waiting()).isZero();
        retry.after(new Unreachable("away"), () -> { });
        assertThat(timer.waitsAsked()).extracting(Duration::toSeconds).containsExactly(3L, 3L);
        assertThat(tried).containsExactly("again");
    }

    @Test
    void saveHeldOrTheFormClosedDropsTheWaitingTry() {
        retry.after(new Unreachable("away"), () -> tried.add("held"));
        retry.hold();
        assertThat(retry.waiting()).isFalse();
        timer.runDue();
        retry.after(new Unreachable("away"), () -> tried.add("stopped"));
        retry.stop();
        timer.runDue();
        assertThat(tried).isEmpty();
        // Held, the waits go on growing; stopped, they start over.
        retry.after(new Unreachable("away"), () -> { });
        assertThat(timer.waitsAsked()).extracting(Duration::toSeconds).containsExactly(3L, 5L, 3L);
    }

    @Test
    void aTryWhoseTimeCameAfterItWasCancelledDoesNothing() {
        List<Runnable> fired = new ArrayList<>();
        Retry late = new Retry((wait, action) -> {
            fired.add(action);
            return () -> { };   // the timer had already fired: cancelling cannot stop it
        });
        late.after(new Unreachable("away"), () -> tried.add("stale"));
        late.hold();
        fired.get(0).run();
        assertThat(tried).isEmpty();
    }
}
