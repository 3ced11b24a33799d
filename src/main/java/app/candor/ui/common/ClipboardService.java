package app.candor.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the system clipboard; an interface so view models stay testable. */
public interface ClipboardService {

    void copy(String text);

    /** The platform clipboard; call on the FX thread. */
    static ClipboardService system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
