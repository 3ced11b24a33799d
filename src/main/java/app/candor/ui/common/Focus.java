package app.candor.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Giving the keyboard focus to a control that has just been built. */
public final class Focus {

    private Focus() {
    }

    /**
     * Gives {@code node} the focus after the current event, or, when it is not in the scene by then, as soon as it
     * joins it: a form in a screen shown for the first time (inside a scroll pane, say) joins the scene only when
     * the next pulse lays the screen out, and a request made before that is lost, the focus then going to the
     * scene's first control.
     */
    public static void request(Node node) {
        Platform.runLater(() -> {
            if (node.getScene() != null) {
                node.requestFocus();
                return;
            }
            node.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        node.requestFocus();
                    }
                }
            });
        });
    }
}
