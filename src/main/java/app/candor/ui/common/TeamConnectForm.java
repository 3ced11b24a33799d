package app.candor.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * "Connect to a team server": the server's address as PostgreSQL writes it, the seller's password, and whether the
 * system's password store keeps it. Connecting happens behind the form; a refusal (a wrong password, a server that
 * cannot be reached) shows in it, with everything typed still there.
 */
public final class TeamConnectForm {

    /** What connecting needs from the window around the form. */
    @FunctionalInterface
    public interface Connect {
        void connect(String address, char[] password, boolean remember, Consumer<Optional<String>> done);
    }

    private TeamConnectForm() {
    }

    /** Shows the form; {@code lastAddress} fills the address, {@code storeName} offers "Remember in …" when there is one. */
    public static void show(Window owner, String lastAddress, Optional<String> storeName, Connect connect) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("team.connect.title"));
        dialog.setHeaderText(Messages.text("team.connect.header"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("team-connect");

        TextField address = new TextField(lastAddress == null ? "" : lastAddress);
        address.setId("team-address");
        address.setPromptText("postgresql://ana@crm.example.com/sales");
        address.setPrefColumnCount(32);
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText(Messages.text("team.connect.passwordHint"));
        CheckBox remember = new CheckBox(storeName.map(n -> Messages.text("team.connect.remember", n)).orElse(""));
        remember.setId("team-remember");
        remember.setVisible(storeName.isPresent());
        remember.setManaged(storeName.isPresent());
        Label help = new Label(Messages.text("team.connect.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        // Whole sentences, however narrow the screen: the labels wrap at the form's width and grow downwards.
        help.setPrefWidth(520);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label problem = FormDialog.problem("team-connect-problem");
        problem.setPrefWidth(520);
        problem.setMaxWidth(520);

        GridPane grid = FormDialog.grid();
        int row = 0;
        grid.addRow(row++, FormDialog.label(Messages.text("team.connect.address")), address);
        grid.addRow(row++, FormDialog.label(Messages.text("team.connect.password")), password);
        grid.add(remember, 1, row++);
        grid.add(help, 0, row++, 2, 1);
        grid.add(problem, 0, row, 2, 1);
        GridPane.setHgrow(address, Priority.ALWAYS);
        GridPane.setHgrow(password, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);

        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.text("team.connect.ok"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (address.getText().isBlank()) {
                problem.setText(Messages.text("team.connect.noAddress"));
                address.requestFocus();
                return;
            }
            char[] typed = password.getText().isEmpty() ? null : password.getText().toCharArray();
            connect.connect(address.getText().strip(), typed, remember.isSelected(),
                    FormDialog.saving(dialog, ok, problem));
        });
        dialog.show();
        (address.getText().isEmpty() ? address : password).requestFocus();
    }
}
