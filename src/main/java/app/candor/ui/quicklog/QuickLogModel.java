package app.candor.ui.quicklog;

import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.WhoseMove;
import app.candor.followup.FollowUpService;
import app.candor.followup.ProspectService;
import app.candor.followup.When;
import app.candor.ui.common.Change;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Logging a call, email or meeting in seconds: pick the prospect as you type, say what happened, save. */
public final class QuickLogModel {

    private final ProspectService prospects;
    private final FollowUpService followUps;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<Change> onSaved;

    private final ObservableList<Prospect> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Prospect> prospect = new SimpleObjectProperty<>();
    private final ObservableList<Deal> openDeals = FXCollections.observableArrayList();
    private final ObjectProperty<Deal> deal = new SimpleObjectProperty<>();
    private final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.CALL);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.TWO_WAY);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> checkIn = new SimpleObjectProperty<>();
    private final StringProperty when = new SimpleStringProperty("");
    private final ObjectProperty<WhoseMove> moveAfter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final app.candor.ui.common.Retry retry;
    /** When the save now waiting to be tried again was first pressed: an empty "when" means that moment. */
    private java.time.Instant pressedAt;
    private long searchSequence;

    public QuickLogModel(ProspectService prospects, FollowUpService followUps, TaskExecutor executor, Clock clock,
                         Consumer<Change> onSaved) {
        this.prospects = prospects;
        this.followUps = followUps;
        this.executor = executor;
        this.clock = clock;
        this.onSaved = onSaved;
        this.retry = new app.candor.ui.common.Retry(executor::later);
    }

    /** Finds prospects as the user types; a slower, older search never overwrites a newer one. */
    public void search(String text) {
        long sequence = ++searchSequence;
        executor.run(() -> prospects.search(text, 8), found -> {
            if (sequence == searchSequence) {
                matches.setAll(found.stream().filter(p -> !p.archived()).toList());
            }
        }, failure -> problem.set(failure.getMessage()));
    }

    /** Chooses the prospect and preselects their open deal when there is exactly one. */
    public void choose(Prospect chosen) {
        prospect.set(chosen);
        problem.set("");
        openDeals.clear();
        deal.set(null);
        if (chosen == null) {
            return;
        }
        executor.run(() -> prospects.openDeals(chosen.id()), (List<Deal> open) -> {
            openDeals.setAll(open);
            deal.set(open.size() == 1 ? open.get(0) : null);
        }, failure -> problem.set(failure.getMessage()));
    }

    /**
     * Saves in the background; returns false and says why when something is missing. Calls onSaved when done. When
     * the team's server cannot be reached, everything typed stays and the save is tried again by itself ({@link
     * app.candor.ui.common.Retry}); the touch is logged once, at the moment Save was first pressed.
     */
    public boolean save() {
        retry.hold();
        Prospect who = prospect.get();
        if (who == null) {
            problem.set(Messages.text("quicklog.chooseWho"));
            return false;
        }
        if (checkIn.get() != null && deal.get() == null) {
            problem.set(Messages.text("quicklog.checkInNeedsDeal"));
            return false;
        }
        if (moveAfter.get() != null && deal.get() == null) {
            problem.set(Messages.text("quicklog.moveNeedsDeal"));
            return false;
        }
        java.time.Instant at;
        boolean again = pressedAt != null;
        java.time.Instant pressed = again ? pressedAt : clock.instant();
        try {
            at = When.moment(when.get(), pressed, clock.getZone());
        } catch (Refused e) {
            problem.set(app.candor.followup.Failures.plain(e));
            return false;
        }
        Interaction interaction = Interaction.log(who.id(), deal.get() == null ? null : deal.get().id(), kind.get(),
                direction.get(), at, summary.get().strip(), outcome.get());
        LocalDate agreed = checkIn.get();
        WhoseMove move = moveAfter.get();
        // The touch, the check-in agreed in it and whose move it is now: one transaction, all or nothing.
        // A try after the server went away first looks for the touch: the first try may have gone through unanswered.
        executor.run(() -> again ? followUps.logOnce(interaction, agreed, move, followUps.today())
                : followUps.log(interaction, agreed, move, followUps.today()), ok -> {
            reset();
            onSaved.accept(new Change.InteractionLogged(interaction.prospectId()));
        }, failure -> {
            String words = Messages.text("quicklog.notSaved", app.candor.followup.Failures.plain(failure));
            java.util.Optional<String> later = retry.after(failure, this::save);
            pressedAt = later.isPresent() ? pressed : null;
            problem.set(later.map(w -> words + " " + w).orElse(words));
        });
        return true;
    }

    /** Clears the form; a save waiting to be tried again is dropped. */
    public void reset() {
        retry.stop();
        pressedAt = null;
        matches.clear();
        prospect.set(null);
        openDeals.clear();
        deal.set(null);
        kind.set(InteractionKind.CALL);
        direction.set(Direction.TWO_WAY);
        outcome.set(null);
        summary.set("");
        checkIn.set(null);
        when.set("");
        moveAfter.set(null);
        problem.set("");
    }

    public ObservableList<Prospect> matches() {
        return matches;
    }

    public ObjectProperty<Prospect> prospectProperty() {
        return prospect;
    }

    public ObservableList<Deal> openDeals() {
        return openDeals;
    }

    public ObjectProperty<Deal> dealProperty() {
        return deal;
    }

    public ObjectProperty<InteractionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<LocalDate> checkInProperty() {
        return checkIn;
    }

    /** When it happened, as typed: empty is now; "yesterday 15:00", "friday 9:30", a date and a time. */
    public StringProperty whenProperty() {
        return when;
    }

    /** Whose move it is after this touch; null leaves the deal as it was. */
    public ObjectProperty<WhoseMove> moveAfterProperty() {
        return moveAfter;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
