package app.candor.ui.prospects;

import app.candor.domain.Coded;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.ui.common.Messages;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** A logged interaction's fields in a form: kind, direction, when, outcome and summary. */
final class InteractionForm {

    /** What the form holds when Save is pressed. */
    record Values(InteractionKind kind, Direction direction, String when, Outcome outcome, String summary) {
    }

    private InteractionForm() {
    }

    /** Shows the form; {@code save} gets the values and a callback for the problem, or empty once saved. */
    static void show(Window owner, Interaction interaction, String whenText,
                     BiConsumer<Values, app.candor.ui.common.Saving> save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("interaction.editInteraction"));
        dialog.setHeaderText(Messages.text("interaction.editWhatWasLogged"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("interaction-form");

        ComboBox<InteractionKind> kind = combo("interaction-form-kind", InteractionKind.values(), interaction.kind());
        ComboBox<Direction> direction = combo("interaction-form-direction", Direction.values(), interaction.direction());
        ComboBox<Outcome> outcome = combo("interaction-form-outcome", Outcome.values(), interaction.outcome());
        outcome.getItems().add(0, null);
        outcome.setPromptText(Messages.text("interaction.noTag"));
        TextField when = new TextField(whenText);
        when.setId("interaction-form-when");
        TextArea summary = new TextArea(interaction.summary());
        summary.setId("interaction-form-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.setPrefColumnCount(36);
        Label problem = app.candor.ui.common.FormDialog.problem("interaction-form-problem");

        GridPane grid = app.candor.ui.common.FormDialog.grid();
        grid.addRow(0, app.candor.ui.common.FormDialog.label(Messages.text("interaction.kind")), kind);
        grid.addRow(1, app.candor.ui.common.FormDialog.label(Messages.text("interaction.direction")), direction);
        grid.addRow(2, app.candor.ui.common.FormDialog.label(Messages.text("interaction.when")), when);
        grid.addRow(3, app.candor.ui.common.FormDialog.label(Messages.text("interaction.outcome")), outcome);
        grid.addRow(4, app.candor.ui.common.FormDialog.label(Messages.text("interaction.summary")), summary);
        grid.add(problem, 0, 5, 2, 1);
        for (Region r : new Region[] {kind, direction, when, outcome, summary}) {
            r.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(r, Priority.ALWAYS);
        }
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.text("interaction.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(new Values(kind.getValue(), direction.getValue(), when.getText(), outcome.getValue(),
                    summary.getText()), app.candor.ui.common.FormDialog.saving(dialog, ok, problem));
        });
        dialog.show();
        summary.requestFocus();
    }

    private static <T extends Enum<T> & Coded> ComboBox<T> combo(String id, T[] values, T value) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setValue(value);
        box.setConverter(app.candor.ui.common.Shown.by(Messages::word, Messages.text("interaction.noTag")));
        return box;
    }

}
