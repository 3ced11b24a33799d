package app.candor.ui.today;

import app.candor.domain.Alert;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.followup.DataService;
import app.candor.followup.DealChanges;
import app.candor.followup.DealService;
import app.candor.followup.FollowUpService;
import app.candor.followup.ProspectService;
import app.candor.followup.ScriptService;
import app.candor.rules.FollowUpQueue;
import app.candor.scripts.PressureCheck;
import app.candor.scripts.ScriptRenderer;
import app.candor.ui.common.Change;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.Dates;
import app.candor.ui.common.MailService;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The selected follow-up: who, where we left off, the suggested scripts filled with the deal's facts, the live
 * pressure check, and the actions. Every action writes through the store and then asks the queue to refresh.
 */
public final class FollowUpDetailModel {

    /** Which variant of a script is being drafted. */
    public enum Variant { EMAIL, PHONE }

    /** Everything loaded for one queue entry. */
    public record Detail(FollowUpQueue.Entry entry, FollowUpFacts facts, Prospect prospect, Deal deal,
                         Map<String, String> values, List<Script> scripts, Script prepCard, Variant opening,
                         String openingReason) {
    }

    /** The rules that mean they have gone quiet: the articles say call first, and email only as a last resort. */
    private static final java.util.Set<app.candor.domain.RuleId> SILENCE = java.util.EnumSet.of(
            app.candor.domain.RuleId.NO_RESPONSE, app.candor.domain.RuleId.QUIET_AFTER_PROMISE,
            app.candor.domain.RuleId.CHECKIN_OVERDUE);

    private final javafx.beans.property.ReadOnlyStringWrapper openingReason =
            new javafx.beans.property.ReadOnlyStringWrapper("");

    private final FollowUpService followUps;
    private final ScriptService scriptService;
    private final DealService deals;
    private final ProspectService prospects;
    private final DataService data;
    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final MailService mail;
    private final Clock clock;
    private final Consumer<Change> onChanged;
    private final PressureCheck pressureCheck;

    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Script> scripts = FXCollections.observableArrayList();
    private final ObjectProperty<Script> script = new SimpleObjectProperty<>();
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(Variant.EMAIL);
    private final ObservableMap<String, String> typed = FXCollections.observableHashMap();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper prepCard = new ReadOnlyStringWrapper("");
    private final ObservableList<PressureCheck.Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offerCheckIn = new ReadOnlyBooleanWrapper(false);
    /** The follow-up "I sent it" was pressed on, while its check-in offer is open; the queue may move on meanwhile. */
    private Detail offeredFor;
    /** The follow-up whose check-in was agreed last, for saving it to a calendar. */
    private Detail lastAgreed;
    private final BooleanBinding canCopy;

    public FollowUpDetailModel(FollowUpService followUps, ScriptService scriptService, DealService deals,
                               ProspectService prospects, DataService data, TaskExecutor executor,
                               ClipboardService clipboard, MailService mail, Clock clock,
                               Consumer<Change> onChanged) {
        this.data = data;
        this.followUps = followUps;
        this.scriptService = scriptService;
        this.pressureCheck = scriptService.pressureCheck();
        this.deals = deals;
        this.prospects = prospects;
        this.executor = executor;
        this.clipboard = clipboard;
        this.mail = mail;
        this.clock = clock;
        this.onChanged = onChanged;
        canCopy = Bindings.createBooleanBinding(() -> script.get() != null && missing.isEmpty()
                && !draft.get().isBlank(), script, missing, draft);
        script.addListener((o, a, b) -> render());
        variant.addListener((o, a, b) -> render());
        draft.addListener((o, a, b) -> findings.setAll(pressureCheck.check(b)));
    }

    /** Loads the entry's facts, prospect, deal and suggested scripts off the FX thread. */
    public void show(FollowUpQueue.Entry entry) {
        Detail shown = detail.get();
        if (entry != null && shown != null && entry.equals(shown.entry())) {
            // The queue was read again around this follow-up and it did not change: nothing to read, and the
            // card keeps the script chosen and the values typed.
            return;
        }
        if (offeredFor == null) {
            // A message about the last follow-up is not about this one (unless its check-in is still on offer).
            status.set("");
        }
        if (entry == null) {
            detail.set(null);
            scripts.clear();
            script.set(null);
            return;
        }
        FollowUpFacts subject = entry.subject();
        executor.run(() -> load(entry, subject), loaded -> {
            typed.clear();
            variant.set(loaded.opening());
            openingReason.set(loaded.openingReason());
            detail.set(loaded);
            scripts.setAll(loaded.scripts());
            script.set(null);
            script.set(loaded.scripts().isEmpty() ? null : loaded.scripts().get(0));
            render();
        }, this::failed);
    }

    private Detail load(FollowUpQueue.Entry entry, FollowUpFacts subject) {
        LocalDate today = followUps.today();
        FollowUpFacts facts = currentFacts(subject);
        Prospect prospect = prospects.find(subject.prospectId()).orElseThrow();
        Deal deal = subject.dealId() == null ? null : deals.find(subject.dealId()).orElse(null);
        List<Script> suggested = new ArrayList<>();
        Script card = null;
        for (Alert alert : entry.alerts()) {
            for (String id : alert.scriptIds()) {
                Optional<Script> found = scriptService.find(id);
                if (found.isPresent() && suggested.stream().noneMatch(s -> s.id().equals(id))) {
                    if (found.get().channel() == app.candor.domain.Channel.CARD) {
                        card = found.get();
                    } else {
                        suggested.add(found.get());
                    }
                }
            }
        }
        if (card == null) {
            card = scriptService.find("humble-equal-prep").orElse(null);
        }
        Variant opening = Variant.EMAIL;
        String reason = "";
        if (SILENCE.contains(entry.primary().rule())) {
            java.time.Instant lastReply = facts.contact().lastResponseAt();
            Optional<Interaction> unansweredCall = prospects.timeline(subject.prospectId(), 0, 50).stream()
                    .filter(i -> i.kind() == InteractionKind.CALL && i.direction() == Direction.OUTBOUND)
                    .filter(i -> lastReply == null || i.occurredAt().isAfter(lastReply))
                    .max(java.util.Comparator.comparing(Interaction::occurredAt));
            if (unansweredCall.isPresent()) {
                reason = Messages.text("detail.opening.email", Dates.day(LocalDate.ofInstant(
                        unansweredCall.get().occurredAt(), clock.getZone())));
            } else {
                opening = Variant.PHONE;
                reason = Messages.text("detail.opening.phone");
            }
        }
        return new Detail(entry, facts, prospect, deal, scriptService.valuesFor(facts, today), suggested, card,
                opening, reason);
    }

    /** Re-read, so that where-we-left-off reflects the latest edits. */
    private FollowUpFacts currentFacts(FollowUpFacts subject) {
        return followUps.factsOf(subject.prospectId()).stream()
                .filter(f -> Objects.equals(f.dealId(), subject.dealId())).findFirst().orElse(subject);
    }

    /** Sets a value the facts did not have (such as {@code proposedDate}) and renders again. */
    public void fill(String name, String value) {
        typed.put(name, value);
        render();
    }

    private void render() {
        Detail d = detail.get();
        Script s = script.get();
        if (d == null || s == null) {
            missing.clear();
            subject.set("");
            draft.set("");
            prepCard.set("");
            return;
        }
        if (variant.get() == Variant.EMAIL && !s.channel().hasEmail()) {
            variant.set(Variant.PHONE);
            return;
        }
        if (variant.get() == Variant.PHONE && !s.channel().hasPhone()) {
            variant.set(Variant.EMAIL);
            return;
        }
        Map<String, String> values;
        try {
            values = scriptService.withTyped(d.values(), typed);
        } catch (IllegalArgumentException e) {
            status.set(app.candor.followup.Failures.plain(e));
            return;
        }
        ScriptRenderer.Rendering r = ScriptRenderer.render(s, values);
        missing.setAll(r.missing());
        if (r.complete()) {
            subject.set(variant.get() == Variant.EMAIL ? r.emailSubject() : "");
            draft.set(variant.get() == Variant.EMAIL ? r.emailBody() : r.phoneText());
        } else {
            subject.set("");
            draft.set("");
        }
        prepCard.set(d.prepCard() == null ? "" : ScriptRenderer.render(d.prepCard(), values).phoneText());
    }

    /** Copies the draft as plain text; refused while values are missing. */
    public boolean copy() {
        if (!canCopy.get()) {
            status.set(Messages.text("detail.fillFirst", String.join(", ", missing)));
            return false;
        }
        clipboard.copy(draft.get());
        status.set(Messages.text("detail.copied"));
        return true;
    }

    public void openInEmail() {
        Detail d = detail.get();
        if (d == null || !canCopy.get()) {
            return;
        }
        String to = d.prospect().email();
        String subjectText = subject.get();
        String body = draft.get();
        executor.run(() -> {
            mail.compose(to, subjectText, body);
            return true;
        }, ok -> status.set(Messages.text("detail.mailOpened")), failure -> {
            // No mail program answered: the email goes to the clipboard instead, ready to paste.
            clipboard.copy((subjectText.isBlank() ? "" : Messages.text("detail.copy.subject", subjectText) + "\n\n") + body);
            status.set(Messages.text("detail.noMailProgram", to));
        });
    }

    /** Logs the outbound touch for the script just used and offers to agree the next check-in. */
    public void markSent() {
        Detail d = detail.get();
        Script s = script.get();
        if (d == null || s == null) {
            return;
        }
        InteractionKind kind = variant.get() == Variant.EMAIL ? InteractionKind.EMAIL : InteractionKind.CALL;
        Interaction touch = Interaction.log(d.facts().prospectId(), d.facts().dealId(), kind, Direction.OUTBOUND,
                clock.instant(), Messages.text("detail.used", s.title()), null).withScript(s.id());
        executor.run(() -> followUps.log(touch, followUps.today()), logged -> {
            status.set(Messages.text("detail.logged"));
            if (d.deal() != null) {
                offeredFor = d;
                offerCheckIn.set(true);
            }
            onChanged.accept(new Change.InteractionLogged(touch.prospectId()));
        }, this::failed);
    }

    /**
     * Saves changes to the shown follow-up's deal in the background; {@code done} gets the problem in words, or
     * empty once saved (Today judges the prospect again, and this card follows).
     */
    public void editDeal(DealChanges changes, app.candor.ui.common.Saving done) {
        Detail d = detail.get();
        if (d == null || d.deal() == null) {
            done.accept(Optional.of(Messages.text("detail.noDealToEdit")));
            return;
        }
        executor.run(() -> deals.edit(d.deal().id(), changes), edited -> {
            status.set(Messages.text("detail.dealSaved", String.join("; ", edited.changes())));
            onChanged.accept(new Change.DealChanged(d.facts().prospectId()));
            done.accept(Optional.empty());
        }, done::failed);
    }

    /**
     * Hides this deal's alerts until {@code until}; {@code done} gets the problem in words (the form keeps what was
     * typed), or empty once saved.
     */
    public void snooze(LocalDate until, String reason, app.candor.ui.common.Saving done) {
        Detail d = detail.get();
        if (d == null) {
            done.accept(Optional.of(Messages.text("detail.chooseFirst")));
            return;
        }
        Optional<String> problem = deals.problemWithSnooze(until, reason);
        if (problem.isPresent()) {
            done.accept(problem);
            return;
        }
        Snooze snooze = new Snooze(d.facts().prospectId(), d.facts().dealId(), until, reason, clock.instant());
        write(d.facts().prospectId(), () -> deals.snooze(snooze), Messages.text("detail.snoozed", Dates.day(until)),
                done);
    }

    /**
     * Records the date both sides agreed to get back to each other (moving it later counts as a slip); {@code done}
     * gets the problem in words, or empty once saved.
     */
    public void agreeCheckIn(LocalDate date, app.candor.ui.common.Saving done) {
        Detail d = offeredFor != null ? offeredFor : detail.get();
        if (d == null || d.deal() == null) {
            done.accept(Optional.of(Messages.text("detail.checkInNeedsDeal")));
            return;
        }
        Optional<String> problem = deals.problemWithCheckIn(date);
        if (problem.isPresent()) {
            done.accept(problem);
            return;
        }
        long dealId = d.deal().id();
        write(d.facts().prospectId(), () -> deals.agreeCheckIn(dealId, date),
                Messages.text("detail.checkInAgreed", d.prospect().name(), Dates.day(date)), outcome -> {
                    if (outcome.isEmpty()) {
                        lastAgreed = d;
                        offeredFor = null;
                        offerCheckIn.set(false);
                    }
                    done.accept(outcome);
                }, done::failed);
    }

    /** Writes the agreed check-in on {@code date} as a calendar event file (.ics) at {@code file}. */
    public void saveCalendarEvent(java.nio.file.Path file, LocalDate date) {
        Detail d = lastAgreed != null ? lastAgreed : detail.get();
        if (d == null || d.deal() == null || date == null) {
            return;
        }
        long prospectId = d.prospect().id();
        long dealId = d.deal().id();
        executor.run(() -> {
            app.candor.platform.SafeFiles.writeString(file, data.checkInEvent(prospectId, dealId, date));
            return file;
        }, written -> status.set(Messages.text("detail.calendarSaved", file)), this::failed);
    }

    /**
     * Closes the deal as won or lost with the reason in their own words; {@code done} gets the problem in words (the
     * form keeps the reason), or empty once saved.
     */
    public void close(boolean won, String reason, app.candor.ui.common.Saving done) {
        Detail d = detail.get();
        if (d == null || d.deal() == null) {
            done.accept(Optional.of(Messages.text("detail.noDealToClose")));
            return;
        }
        if (reason == null || reason.isBlank()) {
            done.accept(Optional.of(Messages.text("detail.reasonNeeded")));
            return;
        }
        long dealId = d.deal().id();
        write(d.facts().prospectId(), () -> deals.close(dealId, won, reason),
                Messages.text(won ? "detail.won" : "detail.lost"), done);
    }

    public void dismissCheckInOffer() {
        offeredFor = null;
        offerCheckIn.set(false);
    }

    /** Who a check-in agreed now would be with: the follow-up "I sent it" was pressed on, else the one shown. */
    public String checkInWith() {
        Detail d = offeredFor != null ? offeredFor : detail.get();
        return d == null ? "" : d.prospect().name() + (d.deal() == null ? "" : " (" + d.deal().title() + ")");
    }

    private void write(Runnable change, String done) {
        write(detail.get().facts().prospectId(), change, done);
    }

    private void write(long prospectId, Runnable change, String done) {
        write(prospectId, change, done, outcome -> { }, this::failed);
    }

    /** A change typed into one of the card's forms: its answer goes to the form, which keeps what was typed. */
    private void write(long prospectId, Runnable change, String doneText, app.candor.ui.common.Saving done) {
        write(prospectId, change, doneText, done, done::failed);
    }

    /** The change in the background; once made, the status says so, Today reads the prospect again and then saved. */
    private void write(long prospectId, Runnable change, String doneText,
                       java.util.function.Consumer<Optional<String>> saved,
                       java.util.function.Consumer<Throwable> failed) {
        executor.run(() -> {
            change.run();
            return true;
        }, ok -> {
            status.set(doneText);
            onChanged.accept(new Change.DealChanged(prospectId));
            saved.accept(Optional.empty());
        }, failed);
    }

    private void failed(Throwable failure) {
        status.set(app.candor.followup.Failures.plain(failure));
    }

    /** Why the card opened on the phone or the email wording, in a line; empty when there is nothing to say. */
    public javafx.beans.property.ReadOnlyStringProperty openingReasonProperty() {
        return openingReason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<Script> scripts() {
        return scripts;
    }

    public ObjectProperty<Script> scriptProperty() {
        return script;
    }

    public ObjectProperty<Variant> variantProperty() {
        return variant;
    }

    public ObservableList<String> missing() {
        return missing;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty prepCardProperty() {
        return prepCard.getReadOnlyProperty();
    }

    public ObservableList<PressureCheck.Finding> findings() {
        return findings;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offerCheckInProperty() {
        return offerCheckIn.getReadOnlyProperty();
    }

    public BooleanBinding canCopyBinding() {
        return canCopy;
    }
}
