package app.candor.ui.shell;

import app.candor.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: every keyboard shortcut on one card. */
final class HelpOverlay extends StackPane {

    static final String[][] SHORTCUTS = {
        {"Ctrl+L", Messages.text("help.logAnywhere")},
        {"Ctrl+N", Messages.text("help.newProspect")},
        {"Ctrl+I", Messages.text("help.importCsv")},
        {"Ctrl+F", Messages.text("help.search")},
        {"Ctrl+Shift+C", Messages.text("help.copy")},
        {"Ctrl+1 … Ctrl+6", Messages.text("help.screens")},
        {"Ctrl+Right, Ctrl+Left", Messages.text("help.pipelineMove")},
        {"Enter", Messages.text("help.saveQuickLog")},
        {"Escape", Messages.text("help.closeCard")},
        {"F1", Messages.text("help.this")},
        {"Ctrl+Q", Messages.text("help.quit")},
    };

    HelpOverlay(Runnable close) {
        setId("help-overlay");
        getStyleClass().add("overlay");
        Label title = new Label(Messages.text("help.title"));
        title.getStyleClass().add("title-3");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("text-bold");
            key.setMinWidth(USE_PREF_SIZE);
            Label what = new Label(SHORTCUTS[i][1]);
            what.setWrapText(true);
            grid.addRow(i, key, what);
        }
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
        tabs.setId("help-topics");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new javafx.scene.control.Tab(Messages.text("help.keyboard"), new VBox(14, title, grid)));
        for (app.candor.help.HelpTopic topic : app.candor.help.HelpTopic.values()) {
            javafx.scene.control.Tab tab = new javafx.scene.control.Tab(topic.title());
            tab.setId("help-" + topic.code());
            // Each topic is rendered when first opened.
            tab.selectedProperty().addListener((o, was, is) -> {
                if (is && tab.getContent() == null) {
                    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(
                            MarkdownView.render(topic.text()));
                    scroll.setFitToWidth(true);
                    scroll.setPadding(new Insets(8, 4, 8, 4));
                    tab.setContent(scroll);
                }
            });
            tabs.getTabs().add(tab);
        }
        Label hint = new Label(Messages.text("help.closes"));
        hint.getStyleClass().add("text-muted");
        VBox card = new VBox(14, tabs, hint);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20));
        card.setMaxWidth(900);
        card.maxHeightProperty().bind(heightProperty().subtract(60));
        card.setPrefHeight(620);
        card.setOnMouseClicked(javafx.scene.input.MouseEvent::consume);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> close.run());
    }

    /** Shows the help on {@code topic}. */
    void show(app.candor.help.HelpTopic topic) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) lookup("#help-topics");
        tabs.getTabs().stream().filter(t -> ("help-" + topic.code()).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
