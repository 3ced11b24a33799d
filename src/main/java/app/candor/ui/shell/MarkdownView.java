package app.candor.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Candor's own documentation as nodes: headings, paragraphs, lists, tables and code blocks of the plain Markdown the
 * docs are written in. Inline marks (`code`, **bold**, links) are shown as their text. Only Candor's shipped files
 * are rendered here, so this covers what they use and nothing more.
 */
final class MarkdownView {

    private MarkdownView() {
    }

    static VBox render(String markdown) {
        VBox box = new VBox(8);
        List<String> lines = List.of(markdown.split("\\R", -1));
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                flush(box, paragraph);
                StringBuilder code = new StringBuilder();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines.get(end));
                    end++;
                }
                box.getChildren().add(code(code.toString()));
                i = end + 1;
                continue;
            }
            if (line.startsWith("|")) {
                flush(box, paragraph);
                List<String> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    rows.add(lines.get(i));
                    i++;
                }
                box.getChildren().add(table(rows));
                continue;
            }
            if (line.startsWith("#")) {
                flush(box, paragraph);
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                Label heading = wrapped(inline(line.substring(level).strip()));
                heading.getStyleClass().add(level <= 1 ? "title-3" : "title-4");
                box.getChildren().add(heading);
            } else if (line.matches("\\s*([-*]|\\d+\\.) .*")) {
                flush(box, paragraph);
                String item = line.strip().replaceFirst("^([-*]|\\d+\\.) ", "");
                StringBuilder text = new StringBuilder(item);
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith("  ") && !lines.get(i + 1).isBlank()
                        && !lines.get(i + 1).strip().matches("([-*]|\\d+\\.) .*")) {
                    text.append(' ').append(lines.get(++i).strip());
                }
                Label bullet = wrapped("\u2022 " + inline(text.toString()));
                bullet.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
                box.getChildren().add(bullet);
            } else if (line.isBlank() || line.startsWith("![")) {
                // Pictures are for the documents on disk and the web; Help shows the words.
                flush(box, paragraph);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            }
            i++;
        }
        flush(box, paragraph);
        return box;
    }

    private static void flush(VBox box, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            box.getChildren().add(wrapped(inline(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static Node table(List<String> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int r = 0;
        for (String row : rows) {
            if (row.matches("\\|[\\s:|-]+\\|?")) {
                continue;
            }
            String[] cells = row.replaceAll("^\\|", "").replaceAll("\\|$", "").split("(?<!\\\\)\\|");
            for (int c = 0; c < cells.length; c++) {
                Label cell = wrapped(inline(cells[c].strip().replace("\\|", "|")));
                cell.setMaxWidth(c == cells.length - 1 ? 520 : 240);
                if (r == 0) {
                    cell.getStyleClass().add("text-bold");
                }
                grid.add(cell, c, r);
            }
            r++;
        }
        return grid;
    }

    private static Node code(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount((int) Math.min(14, text.lines().count() + 1));
        area.getStyleClass().add("code");
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Inline marks as their text: `code`, **bold**, _emphasis_, [a link](target). */
    static String inline(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "").replace("`", "");
    }
}
