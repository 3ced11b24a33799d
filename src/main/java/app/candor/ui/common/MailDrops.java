package app.candor.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What counts as mail when files are dropped on the window or on a prospect: .eml and .mbox files, Maildir folders. */
public final class MailDrops {

    private MailDrops() {
    }

    /** Of {@code files}, those that are mail: .eml or .mbox files, or folders with cur or new inside (Maildir). */
    public static List<Path> mailFiles(List<File> files) {
        List<Path> out = new ArrayList<>();
        for (File f : files) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (f.isFile() && (name.endsWith(".eml") || name.endsWith(".mbox") || name.endsWith(".mbx"))
                    || f.isDirectory() && (new File(f, "cur").isDirectory() || new File(f, "new").isDirectory())) {
                out.add(f.toPath());
            }
        }
        return out;
    }

    /** Accepts mail files dragged onto {@code target} and hands them to {@code onDropped}, while {@code when} holds. */
    public static void accept(javafx.scene.Node target, java.util.function.BooleanSupplier when,
                              java.util.function.Consumer<List<Path>> onDropped) {
        target.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, e -> {
            if (when.getAsBoolean() && e.getDragboard().hasFiles() && !mailFiles(e.getDragboard().getFiles()).isEmpty()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = e.getDragboard().hasFiles() ? mailFiles(e.getDragboard().getFiles()) : List.of();
            if (when.getAsBoolean() && !files.isEmpty()) {
                onDropped.accept(files);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }
}
