package app.candor.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: every keyboard shortcut on one card. */
final class HelpOverlay extends StackPane {

    static final String[][] SHORTCUTS = {
        {"Ctrl+L", "Log a call, email or meeting (from anywhere)"},
        {"Ctrl+N", "New prospect"},
        {"Ctrl+I", "Import a CSV file"},
        {"Ctrl+F", "Search prospects"},
        {"Ctrl+Shift+C", "Copy the selected script"},
        {"Ctrl+1 … Ctrl+6", "Today, Prospects, Pipeline, Reports, Scripts, Settings"},
        {"Ctrl+Right, Ctrl+Left", "Pipeline: move the focused deal to the next or previous stage"},
        {"Enter", "Save the quick log (Shift+Enter: new line)"},
        {"Escape", "Close this card or the quick log"},
        {"F1", "This help"},
        {"Ctrl+Q", "Quit"},
    };

    HelpOverlay(Runnable close) {
        setId("help-overlay");
        getStyleClass().add("overlay");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("title-3");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("text-bold");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Label hint = new Label("Esc or F1 closes");
        hint.getStyleClass().add("text-muted");
        VBox card = new VBox(14, title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(24));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> close.run());
    }
}
