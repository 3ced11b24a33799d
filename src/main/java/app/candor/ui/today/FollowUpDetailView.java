package app.candor.ui.today;

import app.candor.domain.Alert;
import app.candor.domain.Deal;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Script;
import app.candor.scripts.PressureCheck;
import app.candor.ui.common.Dates;
import app.candor.ui.common.FormDialog;
import app.candor.ui.common.Messages;
import app.candor.ui.today.FollowUpDetailModel.Detail;
import app.candor.ui.today.FollowUpDetailModel.Variant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected follow-up: prospect card, scripts with the live pressure check, and the actions. */
public final class FollowUpDetailView extends javafx.scene.layout.BorderPane {


    private final FollowUpDetailModel model;
    private final ZoneId zone;
    private final VBox card = new VBox(4);
    private final VBox context = new VBox(4);
    private final javafx.scene.control.ComboBox<Script> scriptChoice = new javafx.scene.control.ComboBox<>();
    private final Label principle = new Label();
    private final GridPane missingForm = new GridPane();
    private final VBox findingsBox = new VBox(4);
    private final VBox actionForm = new VBox(8);
    private final TextArea draft = new TextArea();

    public FollowUpDetailView(FollowUpDetailModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("follow-up-detail");

        Label empty = new Label(Messages.text("detail.selectAFollowUp"));
        empty.getStyleClass().add("text-muted");

        ToggleGroup variants = new ToggleGroup();
        ToggleButton email = new ToggleButton(Messages.text("detail.email"));
        email.setId("variant-email");
        ToggleButton phone = new ToggleButton(Messages.text("detail.phone"));
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
        subject.setPromptText(Messages.text("detail.subject"));
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

        Label prepTitle = new Label(Messages.text("detail.beforeYouCall"));
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

        Button copy = new Button(Messages.text("detail.copy"));
        copy.setId("copy");
        copy.setDefaultButton(false);
        copy.disableProperty().bind(model.canCopyBinding().not());
        copy.setOnAction(e -> model.copy());
        Button mail = new Button(Messages.text("detail.openInEmail"));
        mail.setId("open-in-email");
        mail.disableProperty().bind(model.canCopyBinding().not().or(model.variantProperty().isNotEqualTo(Variant.EMAIL)));
        mail.setOnAction(e -> model.openInEmail());
        Button sent = new Button(Messages.text("detail.iSentIt"));
        sent.setId("i-sent-it");
        sent.disableProperty().bind(model.scriptProperty().isNull());
        sent.setOnAction(e -> model.markSent());
        Button snooze = new Button(Messages.text("detail.snooze"));
        snooze.setId("snooze");
        snooze.setOnAction(e -> showSnoozeForm());
        Button checkIn = new Button(Messages.text("detail.agreeCheckIn"));
        checkIn.setId("agree-check-in");
        checkIn.setOnAction(e -> showCheckInForm());
        Button editDeal = new Button(Messages.text("detail.editDeal"));
        editDeal.setId("edit-deal");
        editDeal.setOnAction(e -> app.candor.ui.common.DealForm.show(getScene().getWindow(),
                model.detailProperty().get().deal(), model::editDeal));
        Button won = new Button(Messages.text("detail.won"));
        won.setId("won");
        won.setOnAction(e -> showCloseForm(true));
        Button lost = new Button(Messages.text("detail.lost"));
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

        scriptChoice.setId("script-choice");
        scriptChoice.setItems(model.scripts());
        scriptChoice.setMaxWidth(Double.MAX_VALUE);
        scriptChoice.setConverter(app.candor.ui.common.Shown.by(Script::title));
        scriptChoice.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != model.scriptProperty().get()) {
                model.scriptProperty().set(b);
            }
        });
        scriptChoice.setPromptText(Messages.text("detail.whatToSay"));
        scriptChoice.setTooltip(new javafx.scene.control.Tooltip(Messages.text("detail.whatToSay.tip")));
        for (ToggleButton t : new ToggleButton[] {email, phone}) {
            t.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label opening = new Label();
        opening.setId("opening-reason");
        opening.setWrapText(true);
        opening.getStyleClass().add("accent");
        opening.textProperty().bind(model.openingReasonProperty());
        opening.visibleProperty().bind(model.openingReasonProperty().isNotEmpty());
        opening.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(opening, Priority.ALWAYS);
        opening.setMaxWidth(Double.MAX_VALUE);
        HBox channelRow = new HBox(6, email, phone, opening);
        channelRow.setAlignment(Pos.CENTER_LEFT);
        principle.setMinHeight(Region.USE_PREF_SIZE);
        draft.setPrefRowCount(8);
        draft.setMinHeight(120);
        VBox.setVgrow(draft, Priority.ALWAYS);
        // The pressure check's marks sit right under the draft, and the phone's prep card under them.
        VBox underDraft = new VBox(8, findingsBox, prepBox);
        ScrollPane underScroll = new ScrollPane(underDraft);
        underScroll.setFitToWidth(true);
        underScroll.getStyleClass().add("edge-to-edge");
        underScroll.setMaxHeight(150);
        underScroll.setPrefViewportHeight(60);
        underScroll.setMinHeight(40);
        HBox.setMargin(opening, new Insets(0, 0, 0, 6));
        VBox wording = new VBox(8, scriptChoice, channelRow, principle, missingForm, subject, draft, underScroll);
        wording.setId("wording");

        // Who and why stay short above the wording; the details of where you left off scroll in a small box.
        ScrollPane contextScroll = new ScrollPane(context);
        contextScroll.setFitToWidth(true);
        contextScroll.getStyleClass().add("edge-to-edge");
        contextScroll.setMaxHeight(130);
        contextScroll.setPrefViewportHeight(90);
        VBox content = new VBox(10, card, contextScroll, wording);
        VBox.setVgrow(wording, Priority.ALWAYS);
        content.setPadding(new Insets(14, 20, 10, 20));
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        VBox placeholder = new VBox(empty);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new Insets(40));
        placeholder.visibleProperty().bind(model.detailProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        content.managedProperty().bind(content.visibleProperty());
        StackPane middle = new StackPane(placeholder, content);
        // Fills the pane when there is room; scrolls, rather than pushing the actions off the window, when not.
        ScrollPane fit = new ScrollPane(middle);
        fit.setFitToWidth(true);
        fit.setFitToHeight(true);
        fit.getStyleClass().add("edge-to-edge");
        setCenter(fit);
        // The actions stay in view below the scrolling card and draft.
        VBox bottom = new VBox(8, actions, actionForm, status);
        bottom.setPadding(new Insets(10, 20, 12, 20));
        bottom.getStyleClass().add("detail-actions");
        bottom.visibleProperty().bind(model.detailProperty().isNotNull());
        bottom.managedProperty().bind(bottom.visibleProperty());
        setBottom(bottom);

        model.detailProperty().addListener((o, a, b) -> {
            rebuildCard(b);
            // A form being filled in stays while the same follow-up is read again (a teammate's change, a save);
            // another follow-up closes it.
            if (a == null || b == null || a.facts().prospectId() != b.facts().prospectId()
                    || !java.util.Objects.equals(a.facts().dealId(), b.facts().dealId())) {
                actionForm.getChildren().clear();
            }
        });
        model.scriptProperty().addListener((o, a, b) -> showScript(b, email, phone));
        // Built after the queue is on screen (see TodayView): show whatever the model already holds.
        rebuildCard(model.detailProperty().get());
        showScript(model.scriptProperty().get(), email, phone);
        rebuildMissingForm();
        variants.selectToggle(model.variantProperty().get() == Variant.PHONE ? phone : email);
    }

    private void showScript(Script b, ToggleButton email, ToggleButton phone) {
        scriptChoice.setValue(b);
        principle.setText(b == null ? "" : b.principle() + (b.source().isEmpty() ? "" : "  (" + b.source() + ")"));
        email.setDisable(b != null && !b.channel().hasEmail());
        phone.setDisable(b != null && !b.channel().hasPhone());
    }

    private void rebuildCard(Detail d) {
        card.getChildren().clear();
        context.getChildren().clear();
        if (d == null) {
            return;
        }
        FollowUpFacts f = d.facts();
        Label name = new Label(d.prospect().name() + (d.prospect().company().isEmpty() ? "" : " · " + d.prospect().company()));
        name.setId("card-name");
        name.getStyleClass().add("title-3");
        Deal deal = d.deal();
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label dealLine = new Label(deal == null ? Messages.text("detail.noDeal")
                : Messages.text("detail.dealLine", deal.title(), Messages.word(deal.stage()),
                deal.value().display(Locale.getDefault(Locale.Category.FORMAT)), Messages.word(deal.whoseMove())));
        dealLine.getStyleClass().add("text-muted");
        dealLine.setWrapText(true);
        dealLine.setMinHeight(Region.USE_PREF_SIZE);
        String leftOff;
        if (f.contact().lastConversationAt() != null) {
            String day = Dates.day(LocalDate.ofInstant(f.contact().lastConversationAt(), zone));
            leftOff = f.contact().lastConversationSummary().isEmpty() ? Messages.text("detail.leftOff.unnoted", day)
                    : Messages.text("detail.leftOff", day, f.contact().lastConversationSummary());
        } else if (f.contact().lastResponseAt() != null) {
            // Never "no conversation" beside an alert that counts from their last word: say both, truly.
            leftOff = Messages.text("detail.leftOff.noConversation",
                    Dates.day(LocalDate.ofInstant(f.contact().lastResponseAt(), zone)));
        } else {
            leftOff = Messages.text("detail.leftOff.nothing");
        }
        Label whereTitle = new Label(Messages.text("detail.whereWeLeftOff"));
        whereTitle.getStyleClass().add("text-bold");
        Label where = new Label(leftOff);
        where.setId("where-we-left-off");
        where.setWrapText(true);
        String checkIn = deal == null || deal.agreedCheckIn() == null ? Messages.text("detail.checkIn.none")
                : Messages.text("detail.checkIn", Dates.day(deal.agreedCheckIn()), deal.checkInSlips());
        Label checkInLine = new Label(checkIn);
        checkInLine.setId("card-check-in");
        VBox why = new VBox(2);
        for (Alert a : d.entry().alerts()) {
            Label line = new Label(Messages.word(a.severity()) + "  " + a.explanation());
            line.setWrapText(true);
            line.getStyleClass().add("severity-line-" + a.severity().code());
            why.getChildren().add(line);
        }
        card.getChildren().addAll(name, dealLine);
        checkInLine.setWrapText(true);
        context.getChildren().addAll(why, whereTitle, where, checkInLine);
    }

    private void rebuildMissingForm() {
        missingForm.getChildren().clear();
        int row = 0;
        if (!model.missing().isEmpty()) {
            Label hint = new Label(Messages.text("detail.fillTheseInFirst"));
            hint.getStyleClass().add("text-muted");
            missingForm.add(hint, 0, row++, 2, 1);
        }
        for (String name : model.missing()) {
            Label label = new Label(labelFor(name));
            TextField field = new TextField();
            field.setId("missing-" + name);
            field.setPromptText(name.endsWith("Date") ? Messages.text("detail.missing.date") : "");
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
            case "firstName" -> Messages.text("detail.missing.firstName");
            case "company" -> Messages.text("detail.missing.company");
            case "dealTitle" -> Messages.text("detail.missing.dealTitle");
            case "lastContactDate" -> Messages.text("detail.missing.lastContactDate");
            case "lastSummary" -> Messages.text("detail.missing.lastSummary");
            case "agreedCheckinDate" -> Messages.text("detail.missing.agreedCheckinDate");
            case "proposedDate" -> Messages.text("detail.missing.proposedDate");
            case "myName" -> Messages.text("detail.missing.myName");
            default -> placeholder;
        };
    }

    private void rebuildFindings() {
        findingsBox.getChildren().clear();
        if (model.findings().isEmpty()) {
            Label ok = new Label(model.draftProperty().get().isBlank() ? "" : Messages.text("detail.pressure.ok"));
            ok.setId("pressure-ok");
            ok.getStyleClass().add("success");
            findingsBox.getChildren().add(ok);
            return;
        }
        for (PressureCheck.Finding f : model.findings()) {
            Label line = new Label(Messages.text("detail.pressure.finding", Messages.heading(f.kind()),
                    f.phrase(), f.reason(), f.suggestion()));
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
        reason.setPromptText(Messages.text("detail.whyRequiredEG"));
        Label problem = new Label();
        problem.setId("snooze-problem");
        problem.getStyleClass().add("danger");
        Button ok = new Button(Messages.text("detail.snooze2"));
        ok.setId("snooze-confirm");
        ok.setDefaultButton(true);
        app.candor.ui.common.Retry retry = app.candor.ui.common.Retry.onFx();
        ok.setOnAction(e -> model.snooze(until.getValue(), reason.getText(), saving(retry, ok, problem)));
        reason.setOnAction(ok.getOnAction());
        form(Messages.text("detail.snooze.title"), until, reason, ok, problem);
        reason.requestFocus();
    }

    /**
     * Agreeing the day to get back to each other, in a dialog of its own: after "I sent it" the queue may move on
     * to the next follow-up, and the offer stays with the one it was made for.
     */
    private void showCheckInForm() {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.text("detail.agreeACheckIn"));
        dialog.setHeaderText(Messages.text("detail.checkIn.offer", model.checkInWith()));
        dialog.getDialogPane().setId("check-in-form");
        dialog.getDialogPane().setPrefWidth(520);
        DatePicker date = new DatePicker(LocalDate.now(zone).plusDays(7));
        date.setId("check-in-date");
        Label problem = new Label();
        problem.setId("check-in-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        javafx.scene.control.CheckBox calendar = new javafx.scene.control.CheckBox(Messages.text("detail.checkIn.calendar"));
        calendar.setId("check-in-calendar");
        dialog.getDialogPane().setContent(new VBox(10, date, calendar, problem));
        javafx.scene.control.ButtonType agree = new javafx.scene.control.ButtonType(Messages.text("detail.checkIn.agree"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType later = new javafx.scene.control.ButtonType(Messages.text("detail.checkIn.notNow"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(agree, later);
        Button ok = (Button) dialog.getDialogPane().lookupButton(agree);
        ok.setId("check-in-confirm");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            LocalDate day = date.getValue();
            model.agreeCheckIn(day, FormDialog.saving(dialog, ok, problem, () -> {
                dialog.setResult(agree);
                dialog.close();
                if (calendar.isSelected()) {
                    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                    chooser.setTitle(Messages.text("detail.saveTheCheckIn"));
                    chooser.setInitialFileName("check-in.ics");
                    chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                            Messages.text("detail.calendarFiles"), "*.ics"));
                    java.io.File target = chooser.showSaveDialog(getScene().getWindow());
                    if (target != null) {
                        model.saveCalendarEvent(target.toPath(), day);
                    }
                }
            }));
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != agree) {
                model.dismissCheckInOffer();
            }
        });
        dialog.show();
    }

    private void showCloseForm(boolean won) {
        TextField reason = new TextField();
        reason.setId("close-reason");
        reason.setPromptText(Messages.text(won ? "detail.won.why" : "detail.lost.why"));
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        Button ok = new Button(Messages.text(won ? "detail.won.mark" : "detail.lost.mark"));
        ok.setId("close-confirm");
        app.candor.ui.common.Retry retry = app.candor.ui.common.Retry.onFx();
        ok.setOnAction(e -> model.close(won, reason.getText(), saving(retry, ok, problem)));
        reason.setOnAction(ok.getOnAction());
        form(Messages.text(won ? "detail.won.title" : "detail.lost.title"), reason, ok, problem);
        reason.requestFocus();
    }

    /** A small form under the actions; its parts wrap onto more lines rather than being cut in a narrow pane. */
    private void form(String title, Node... nodes) {
        Label heading = new Label(title);
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(8, 8);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof TextField t) {
                t.setPrefColumnCount(26);
            }
            if (n instanceof Region r && !(n instanceof Label)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            row.getChildren().add(n);
        }
        row.prefWrapLengthProperty().bind(actionForm.widthProperty());
        actionForm.getChildren().setAll(heading, row);
    }

    /**
     * A save from one of the card's small forms: a problem stays on the form with what was typed, tried again by
     * itself while the team's server is away; once saved, the form closes.
     */
    private app.candor.ui.common.Saving saving(app.candor.ui.common.Retry retry, Button ok, Label problem) {
        return app.candor.ui.common.Saving.retrying(retry, ok, problem::setText, () -> actionForm.getChildren().clear());
    }

    /** A thin vertical gap between groups of buttons. */
    private static final class Separator extends Region {
        Separator() {
            setPrefWidth(12);
        }
    }
}
