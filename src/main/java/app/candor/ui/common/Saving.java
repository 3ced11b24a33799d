package app.candor.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;

/**
 * What a form's save hears back from the work that saves: empty when saved (the form closes), or the problem in
 * words (the form stays with everything typed). A failure handed to {@link #failed} may be tried again by the form
 * by itself, when the store could not be reached.
 */
@FunctionalInterface
public interface Saving extends Consumer<Optional<String>> {

    /** The save failed: its words on the form. */
    default void failed(Throwable failure) {
        accept(Optional.of(app.candor.followup.Failures.plain(failure)));
    }

    /**
     * A form's save that tries again by itself ({@link Retry}) while the store is away: {@code save} pressed again
     * when a try comes due, as long as the form is still on screen. {@code show} puts a problem in words on the form;
     * {@code saved} runs once saved. Call as Save is pressed; the button waits for the answer.
     */
    static Saving retrying(Retry retry, Button save, Consumer<String> show, Runnable saved) {
        retry.hold();
        save.setDisable(true);
        show.accept("");
        return new Saving() {
            @Override
            public void accept(Optional<String> outcome) {
                save.setDisable(false);
                retry.stop();
                show.accept(outcome.orElse(""));
                if (outcome.isEmpty()) {
                    saved.run();
                }
            }

            @Override
            public void failed(Throwable failure) {
                String words = app.candor.followup.Failures.plain(failure);
                save.setDisable(false);
                show.accept(retry.after(failure, () -> {
                    if (save.getScene() != null && save.getScene().getWindow() != null
                            && save.getScene().getWindow().isShowing()) {
                        save.fire();
                    } else {
                        retry.stop();
                    }
                }).map(again -> words + " " + again).orElse(words));
            }
        };
    }
}
