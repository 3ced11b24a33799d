package app.candor.ui.common;

import app.candor.domain.Deal;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.followup.DealChanges.Field;
import app.candor.followup.DealChanges;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Every field of a deal in one form, where it is shown (Prospects and Today): title, stage, value and currency,
 * whose move, next step, the agreed check-in (empty to clear it) and whether the decision maker is known. Save
 * hands only the fields that changed to the deal service, in the background; a refusal stays on the form with what
 * was typed, and the form closes when the deal is saved.
 */
public final class DealForm {

    private DealForm() {
    }

    /**
     * Shows the form for {@code deal}; {@code save} receives the changes and a callback to call with the problem
     * (the form stays open) or empty (saved: the form closes).
     */
    public static void show(Window owner, Deal deal, BiConsumer<DealChanges, Saving> save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("dealform.editDeal"));
        dialog.setHeaderText(deal.title());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("deal-form");

        TextField title = text("deal-form-title", deal.title());
        ComboBox<Stage> stage = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                Arrays.stream(Stage.values()).filter(s -> s.isOpen() || s == deal.stage()).toList()));
        stage.setId("deal-form-stage");
        stage.setValue(deal.stage());
        stage.setConverter(Shown.by(Messages::word));
        stage.setDisable(!deal.isOpen());
        TextField value = text("deal-form-value", deal.value().amount().toPlainString());
        TextField currency = text("deal-form-currency", deal.value().currency());
        currency.setPrefColumnCount(4);
        ComboBox<WhoseMove> move = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                WhoseMove.values()));
        move.setId("deal-form-move");
        move.setValue(deal.whoseMove());
        move.setConverter(Shown.by(Messages::word));
        TextField nextStep = text("deal-form-next-step", deal.nextStep());
        nextStep.setPromptText(Messages.text("dealform.whatHappensNextAnd"));
        DatePicker checkIn = new DatePicker(deal.agreedCheckIn());
        checkIn.setId("deal-form-check-in");
        checkIn.setPromptText(Messages.text("dealform.noneAgreed"));
        checkIn.setDisable(!deal.isOpen());
        CheckBox decider = new CheckBox(Messages.text("dealform.weKnowWhoDecides"));
        decider.setId("deal-form-decider");
        decider.setSelected(deal.decisionMakerKnown());
        Label problem = FormDialog.problem("deal-form-problem");

        GridPane grid = FormDialog.grid();
        int row = 0;
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.title")), title);
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.stage")), stage);
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.value")), new javafx.scene.layout.HBox(6, value, currency));
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.whoseMove")), move);
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.nextStep")), nextStep);
        grid.addRow(row++, FormDialog.label(Messages.text("dealform.agreedCheckIn")), checkIn);
        grid.add(decider, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        for (Node n : new Node[] {title, stage, move, nextStep, checkIn}) {
            ((Region) n).setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        javafx.scene.layout.HBox.setHgrow(value, Priority.ALWAYS);
        title.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid);

        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.text("dealform.save"));
        // The deal as this form showed it: saving finds out whether someone else changed the same fields meanwhile.
        java.util.concurrent.atomic.AtomicReference<Deal> seen = new java.util.concurrent.atomic.AtomicReference<>(deal);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            DealChanges changes = new DealChanges();
            changed(changes, Field.TITLE, deal.title(), title.getText());
            if (stage.getValue() != deal.stage()) {
                changes.set(Field.STAGE, stage.getValue().code());
            }
            changed(changes, Field.VALUE, deal.value().amount().toPlainString(), value.getText());
            changed(changes, Field.CURRENCY, deal.value().currency(), currency.getText());
            if (move.getValue() != deal.whoseMove()) {
                changes.set(Field.WHOSE_MOVE, move.getValue().code());
            }
            changed(changes, Field.NEXT_STEP, deal.nextStep(), nextStep.getText());
            if (!Objects.equals(checkIn.getValue(), deal.agreedCheckIn())) {
                changes.set(Field.AGREED_CHECKIN, checkIn.getValue() == null ? "" : checkIn.getValue().toString());
            }
            if (decider.isSelected() != deal.decisionMakerKnown()) {
                changes.set(Field.DECISION_MAKER_KNOWN, decider.isSelected() ? "yes" : "no");
            }
            if (changes.isEmpty()) {
                dialog.setResult(ButtonType.CANCEL);
                dialog.close();
                return;
            }
            save.accept(changes.basedOn(seen), FormDialog.saving(dialog, ok, problem));
        });
        dialog.show();
        title.requestFocus();
    }

    private static void changed(DealChanges changes, Field field, String before, String typed) {
        if (!before.strip().equals(typed == null ? "" : typed.strip())) {
            changes.set(field, typed == null ? "" : typed);
        }
    }

    private static TextField text(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

}
