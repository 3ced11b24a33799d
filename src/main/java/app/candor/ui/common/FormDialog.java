package app.candor.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What the app's form dialogs share: their field labels, and how Save waits for the background work's answer. */
public final class FormDialog {

    private FormDialog() {
    }

    /** A field's label, never cut. */
    public static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Where a refused save says why, under the fields. */
    public static Label problem(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        // Every line of it: a long refusal (both values of a clash, say) grows the form instead of ending in "…".
        problem.setMinHeight(Region.USE_PREF_SIZE);
        return problem;
    }

    /** The fields' grid: labels in the first column, fields in the second. */
    public static javafx.scene.layout.GridPane grid() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    /**
     * Save pressed: the button waits, and the returned callback takes the answer of the work that saves: a problem
     * in words stays on the form with everything typed, an empty answer closes it. A save the store could not take
     * because it was away ({@link Saving#failed}) is tried again by itself while the form is open ({@link Retry}).
     */
    public static Saving saving(Dialog<ButtonType> dialog, Button save, Label problem) {
        return saving(dialog, save, problem, () -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    /** As above, with what happens once saved ({@code saved}: close the dialog, and whatever comes after). */
    public static Saving saving(Dialog<ButtonType> dialog, Button save, Label problem, Runnable saved) {
        return Saving.retrying(retryOf(dialog), save, words -> {
            problem.setText(words);
            if (words.isEmpty()) {
                return;
            }
            // The form grows to hold the whole message and its buttons.
            javafx.application.Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        }, saved);
    }

    /** The dialog's tries again, made on its first save and ended when it closes. */
    private static Retry retryOf(Dialog<ButtonType> dialog) {
        Object kept = dialog.getDialogPane().getProperties().get(Retry.class);
        if (kept instanceof Retry retry) {
            return retry;
        }
        Retry retry = Retry.onFx();
        dialog.getDialogPane().getProperties().put(Retry.class, retry);
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> retry.stop());
        return retry;
    }
}
