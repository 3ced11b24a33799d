package app.candor.ui.today;

import app.candor.domain.Alert;
import app.candor.domain.Deal;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Script;
import app.candor.scripts.PressureCheck;
import app.candor.ui.today.FollowUpDetailModel.Detail;
import app.candor.ui.today.FollowUpDetailModel.Variant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected follow-up: prospect card, scripts with the live pressure check, and the actions. */
public final class FollowUpDetailView extends javafx.scene.layout.BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final FollowUpDetailModel model;
    private final ZoneId zone;
    private final VBox card = new VBox(6);
    private final FlowPane scriptChoice = new FlowPane(6, 6);
    private final Label principle = new Label();
    private final GridPane missingForm = new GridPane();
    private final VBox findingsBox = new VBox(4);
    private final VBox actionForm = new VBox(8);
    private final TextArea draft = new TextArea();

    public FollowUpDetailView(FollowUpDetailModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("follow-up-detail");

        Label empty = new Label("Select a follow-up to see where you left off and what to say.");
        empty.getStyleClass().add("text-muted");

        ToggleGroup variants = new ToggleGroup();
        ToggleButton email = new ToggleButton("Email");
        email.setId("variant-email");
        ToggleButton phone = new ToggleButton("Phone");
        phone.setId("variant-phone");
        email.setToggleGroup(variants);
        phone.setToggleGroup(variants);
        email.setOnAction(e -> model.variantProperty().set(Variant.EMAIL));
        phone.setOnAction(e -> model.variantProperty().set(Variant.PHONE));
        model.variantProperty().addListener((o, a, b) -> variants.selectToggle(b == Variant.EMAIL ? email : phone));

        principle.setWrapText(true);
        principle.getStyleClass().add("text-muted");

        TextField subject = new TextField();
        subject.setId("draft-subject");
        subject.setPromptText("Subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        subject.visibleProperty().bind(model.variantProperty().isEqualTo(Variant.EMAIL));
        subject.managedProperty().bind(subject.visibleProperty());

        draft.setId("draft");
        draft.setWrapText(true);
        draft.setPrefRowCount(10);
        draft.textProperty().bindBidirectional(model.draftProperty());
        draft.disableProperty().bind(Bindings.isNotEmpty(model.missing()));

        missingForm.setHgap(8);
        missingForm.setVgap(6);
        model.missing().addListener((ListChangeListener<String>) c -> rebuildMissingForm());

        model.findings().addListener((ListChangeListener<PressureCheck.Finding>) c -> rebuildFindings());
        rebuildFindings();

        Label prepTitle = new Label("Before you call");
        prepTitle.getStyleClass().add("text-bold");
        Label prep = new Label();
        prep.setId("prep-card");
        prep.setWrapText(true);
        prep.textProperty().bind(model.prepCardProperty());
        VBox prepBox = new VBox(4, prepTitle, prep);
        prepBox.getStyleClass().add("prep-card");
        prepBox.setPadding(new Insets(10));
        prepBox.visibleProperty().bind(model.variantProperty().isEqualTo(Variant.PHONE)
                .and(model.prepCardProperty().isNotEmpty()));
        prepBox.managedProperty().bind(prepBox.visibleProperty());

        Button copy = new Button("Copy");
        copy.setId("copy");
        copy.setDefaultButton(false);
        copy.disableProperty().bind(model.canCopyBinding().not());
        copy.setOnAction(e -> model.copy());
        Button mail = new Button("Open in email");
        mail.setId("open-in-email");
        mail.disableProperty().bind(model.canCopyBinding().not().or(model.variantProperty().isNotEqualTo(Variant.EMAIL)));
        mail.setOnAction(e -> model.openInEmail());
        Button sent = new Button("I sent it");
        sent.setId("i-sent-it");
        sent.disableProperty().bind(model.scriptProperty().isNull());
        sent.setOnAction(e -> model.markSent());
        Button snooze = new Button("Snooze…");
        snooze.setId("snooze");
        snooze.setOnAction(e -> showSnoozeForm());
        Button checkIn = new Button("Agree check-in…");
        checkIn.setId("agree-check-in");
        checkIn.setOnAction(e -> showCheckInForm());
        Button editDeal = new Button("Edit deal…");
        editDeal.setId("edit-deal");
        editDeal.setOnAction(e -> app.candor.ui.common.DealForm.show(getScene().getWindow(),
                model.detailProperty().get().deal(), model::editDeal));
        Button won = new Button("Won…");
        won.setId("won");
        won.setOnAction(e -> showCloseForm(true));
        Button lost = new Button("Lost…");
        lost.setId("lost");
        lost.setOnAction(e -> showCloseForm(false));
        for (Button b : new Button[] {checkIn, editDeal, won, lost}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get() == null
                    || model.detailProperty().get().deal() == null, model.detailProperty()));
        }
        FlowPane actions = new FlowPane(8, 8, copy, mail, sent, new Separator(), snooze, checkIn, editDeal, won,
                lost);

        model.offerCheckInProperty().addListener((o, a, b) -> {
            if (b) {
                showCheckInForm();
            }
        });

        Label status = new Label();
        status.setId("detail-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("accent");

        Label scriptsTitle = new Label("Suggested wording");
        scriptsTitle.getStyleClass().add("title-4");
        HBox variantRow = new HBox(6, email, phone);
        VBox scriptsBox = new VBox(8, scriptsTitle, scriptChoice, variantRow, principle, missingForm, subject, draft,
                findingsBox, prepBox);

        VBox content = new VBox(16, card, scriptsBox);
        content.setPadding(new Insets(16, 20, 20, 20));
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        VBox placeholder = new VBox(empty);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(40));
        placeholder.visibleProperty().bind(model.detailProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        content.managedProperty().bind(content.visibleProperty());
        ScrollPane scroll = new ScrollPane(new VBox(placeholder, content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        // The actions stay in view below the scrolling card and draft.
        VBox bottom = new VBox(8, actions, actionForm, status);
        bottom.setPadding(new Insets(10, 20, 12, 20));
        bottom.getStyleClass().add("detail-actions");
        bottom.visibleProperty().bind(model.detailProperty().isNotNull());
        bottom.managedProperty().bind(bottom.visibleProperty());
        setBottom(bottom);

        model.detailProperty().addListener((o, a, b) -> {
            rebuildCard(b);
            actionForm.getChildren().clear();
        });
        model.scripts().addListener((ListChangeListener<Script>) c -> rebuildScriptChoice());
        model.scriptProperty().addListener((o, a, b) -> showScript(b, email, phone));
        // Built after the queue is on screen (see TodayView): show whatever the model already holds.
        rebuildCard(model.detailProperty().get());
        rebuildScriptChoice();
        showScript(model.scriptProperty().get(), email, phone);
        rebuildMissingForm();
        variants.selectToggle(model.variantProperty().get() == Variant.PHONE ? phone : email);
    }

    private void showScript(Script b, ToggleButton email, ToggleButton phone) {
        for (Node n : scriptChoice.getChildren()) {
            ((ToggleButton) n).setSelected(b != null && n.getId().equals("script-" + b.id()));
        }
        principle.setText(b == null ? "" : b.principle() + (b.source().isEmpty() ? "" : "  (" + b.source() + ")"));
        email.setDisable(b != null && !b.channel().hasEmail());
        phone.setDisable(b != null && !b.channel().hasPhone());
    }

    private void rebuildCard(Detail d) {
        card.getChildren().clear();
        if (d == null) {
            return;
        }
        FollowUpFacts f = d.facts();
        Label name = new Label(d.prospect().name() + (d.prospect().company().isEmpty() ? "" : " · " + d.prospect().company()));
        name.setId("card-name");
        name.getStyleClass().add("title-3");
        Deal deal = d.deal();
        Label dealLine = new Label(deal == null ? "No deal yet · counts as a lead"
                : deal.title() + " · " + deal.stage().code() + " · " + deal.value() + " · "
                + deal.whoseMove().inWords());
        dealLine.getStyleClass().add("text-muted");
        String leftOff = f.contact().lastConversationAt() == null ? "No conversation logged yet."
                : DATE.format(LocalDate.ofInstant(f.contact().lastConversationAt(), zone)) + ": "
                + f.contact().lastConversationSummary();
        Label whereTitle = new Label("Where we left off");
        whereTitle.getStyleClass().add("text-bold");
        Label where = new Label(leftOff);
        where.setId("where-we-left-off");
        where.setWrapText(true);
        String checkIn = deal == null || deal.agreedCheckIn() == null ? "No check-in agreed."
                : "Agreed check-in: " + DATE.format(deal.agreedCheckIn())
                + (deal.checkInSlips() == 0 ? "" : " (moved later " + deal.checkInSlips()
                + (deal.checkInSlips() == 1 ? " time)" : " times)"));
        Label checkInLine = new Label(checkIn);
        checkInLine.setId("card-check-in");
        VBox why = new VBox(2);
        for (Alert a : d.entry().alerts()) {
            Label line = new Label(a.severity().code().toUpperCase(Locale.ROOT) + "  " + a.explanation());
            line.setWrapText(true);
            line.getStyleClass().add("severity-line-" + a.severity().code());
            why.getChildren().add(line);
        }
        card.getChildren().addAll(name, dealLine, whereTitle, where, checkInLine, why);
    }

    private void rebuildScriptChoice() {
        scriptChoice.getChildren().clear();
        ToggleGroup group = new ToggleGroup();
        for (Script s : model.scripts()) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("script-" + s.id());
            b.setToggleGroup(group);
            b.setSelected(s.equals(model.scriptProperty().get()));
            b.setOnAction(e -> {
                model.scriptProperty().set(s);
                b.setSelected(true);
            });
            scriptChoice.getChildren().add(b);
        }
    }

    private void rebuildMissingForm() {
        missingForm.getChildren().clear();
        int row = 0;
        if (!model.missing().isEmpty()) {
            Label hint = new Label("Fill these in first; copying stays off until they are filled:");
            hint.getStyleClass().add("text-muted");
            missingForm.add(hint, 0, row++, 2, 1);
        }
        for (String name : model.missing()) {
            Label label = new Label(labelFor(name));
            TextField field = new TextField();
            field.setId("missing-" + name);
            field.setPromptText(name.endsWith("Date") ? "YYYY-MM-DD or your words" : "");
            field.setOnAction(e -> model.fill(name, field.getText()));
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is && !field.getText().isBlank()) {
                    model.fill(name, field.getText());
                }
            });
            missingForm.add(label, 0, row);
            missingForm.add(field, 1, row++);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
    }

    private static String labelFor(String placeholder) {
        return switch (placeholder) {
            case "firstName" -> "Their first name";
            case "company" -> "Their company";
            case "dealTitle" -> "What the deal is about";
            case "lastContactDate" -> "When you last spoke";
            case "lastSummary" -> "Where you left off";
            case "agreedCheckinDate" -> "Agreed check-in date";
            case "proposedDate" -> "Date to propose";
            case "myName" -> "Your name (set it in Settings)";
            default -> placeholder;
        };
    }

    private void rebuildFindings() {
        findingsBox.getChildren().clear();
        if (model.findings().isEmpty()) {
            Label ok = new Label(model.draftProperty().get().isBlank() ? "" : "Pressure check: nothing pushy found.");
            ok.setId("pressure-ok");
            ok.getStyleClass().add("success");
            findingsBox.getChildren().add(ok);
            return;
        }
        for (PressureCheck.Finding f : model.findings()) {
            Label line = new Label("\u201C" + f.phrase() + "\u201D  " + f.reason() + "\nInstead: " + f.suggestion());
            line.setWrapText(true);
            line.getStyleClass().addAll("pressure-finding", "warning");
            line.setOnMouseClicked(e -> {
                draft.requestFocus();
                draft.selectRange(f.start(), f.end());
            });
            findingsBox.getChildren().add(line);
        }
    }

    private void showSnoozeForm() {
        DatePicker until = new DatePicker(LocalDate.now(zone).plusDays(7));
        until.setId("snooze-until");
        TextField reason = new TextField();
        reason.setId("snooze-reason");
        reason.setPromptText("Why? (required) e.g. On holiday until the 3rd");
        Label problem = new Label();
        problem.setId("snooze-problem");
        problem.getStyleClass().add("danger");
        Button ok = new Button("Snooze");
        ok.setId("snooze-confirm");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> show(problem, model.snooze(until.getValue(), reason.getText())));
        reason.setOnAction(ok.getOnAction());
        form("Hide this follow-up until", until, reason, ok, problem);
        reason.requestFocus();
    }

    private void showCheckInForm() {
        DatePicker date = new DatePicker(LocalDate.now(zone).plusDays(7));
        date.setId("check-in-date");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        Button ok = new Button("Agree");
        ok.setId("check-in-confirm");
        ok.setOnAction(e -> show(problem, model.agreeCheckIn(date.getValue())));
        Button withCalendar = new Button("Agree and save to calendar…");
        withCalendar.setId("check-in-calendar");
        withCalendar.setOnAction(e -> {
            java.util.Optional<String> result = model.agreeCheckIn(date.getValue());
            show(problem, result);
            if (result.isEmpty()) {
                javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                chooser.setTitle("Save the check-in as a calendar event");
                chooser.setInitialFileName("check-in.ics");
                chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Calendar files", "*.ics"));
                java.io.File target = chooser.showSaveDialog(getScene().getWindow());
                if (target != null) {
                    model.saveCalendarEvent(target.toPath(), date.getValue());
                }
            }
        });
        Button later = new Button("Not now");
        later.setOnAction(e -> {
            model.dismissCheckInOffer();
            actionForm.getChildren().clear();
        });
        form("The day you both agreed to get back to each other, to bring closure either way", date, ok, withCalendar,
                later, problem);
    }

    private void showCloseForm(boolean won) {
        TextField reason = new TextField();
        reason.setId("close-reason");
        reason.setPromptText(won ? "Why they said yes, in their words" : "Why they said no, in their words");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        Button ok = new Button(won ? "Mark as won" : "Mark as lost");
        ok.setId("close-confirm");
        ok.setOnAction(e -> show(problem, model.close(won, reason.getText())));
        reason.setOnAction(ok.getOnAction());
        form(won ? "Won: what made the difference for them?" : "Lost: what did they tell you?", reason, ok, problem);
        reason.requestFocus();
    }

    private void form(String title, Node... nodes) {
        Label heading = new Label(title);
        heading.getStyleClass().add("text-bold");
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof TextField t) {
                HBox.setHgrow(t, Priority.ALWAYS);
            }
        }
        actionForm.getChildren().setAll(heading, row);
    }

    private void show(Label problem, Optional<String> result) {
        if (result.isPresent()) {
            problem.setText(result.get());
        } else {
            actionForm.getChildren().clear();
        }
    }

    /** A thin vertical gap between groups of buttons. */
    private static final class Separator extends Region {
        Separator() {
            setPrefWidth(12);
        }
    }
}
