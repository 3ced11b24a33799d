package app.candor.ui.today;

import app.candor.domain.Stage;
import app.candor.followup.FollowUpService;
import app.candor.followup.ProspectService;
import app.candor.rules.FollowUpQueue;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Today screen: the capped queue (or all of it), or the revive list of long-silent leads, of every
 * stage or one; loading and errors. Holds no nodes.
 */
public final class TodayViewModel {

    private final FollowUpService followUps;
    private final ProspectService prospects;
    private final TaskExecutor executor;

    private final ObservableList<FollowUpQueue.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showingAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reviving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reviveLabel = new ReadOnlyStringWrapper(Messages.text("today.revive.button", 0));

    public TodayViewModel(FollowUpService followUps, ProspectService prospects, TaskExecutor executor) {
        this.followUps = followUps;
        this.prospects = prospects;
        this.executor = executor;
    }

    private String lastSelectedKey;

    /** The subject the user had selected, kept across refreshes. */
    public void rememberSelection(String subjectKey) {
        if (subjectKey != null) {
            lastSelectedKey = subjectKey;
        }
    }

    public String lastSelectedKey() {
        return lastSelectedKey;
    }

    /** Which list the screen shows: the queue or the revive list, of one stage or all (null), capped or whole. */
    public record View(boolean all, boolean revive, Stage stage) {
        public static final View START = new View(false, false, null);
    }

    /** What the screen shows, read in one go off the FX thread. */
    public record Snapshot(LocalDate today, FollowUpQueue queue, int prospectCount, View view) {

        /** Today's capped queue, as the window shows it first. */
        public static Snapshot read(FollowUpService followUps, ProspectService prospects, boolean all) {
            return read(followUps, prospects, new View(all, false, null));
        }

        /** The list {@code view} names and whether there is anybody at all. */
        public static Snapshot read(FollowUpService followUps, ProspectService prospects, View view) {
            LocalDate day = followUps.today();
            FollowUpQueue queue;
            if (view.all()) {
                FollowUpQueue full = followUps.fullQueue(day);
                List<FollowUpQueue.Entry> main = ofStage(full.entries(), view.stage());
                List<FollowUpQueue.Entry> revive = ofStage(full.revive(), view.stage());
                queue = new FollowUpQueue(main, full.cap(), main.size(), revive, revive.size(), full.arriving());
            } else {
                queue = followUps.queue(day, null, java.util.Set.of(), view.stage(), view.revive());
            }
            return new Snapshot(day, queue, prospects.count(), view);
        }

        private static List<FollowUpQueue.Entry> ofStage(List<FollowUpQueue.Entry> entries, Stage stage) {
            return stage == null ? entries : entries.stream().filter(e -> e.subject().stage() == stage).toList();
        }

        /** The entries of the list shown. */
        List<FollowUpQueue.Entry> shown() {
            List<FollowUpQueue.Entry> list = view.revive() ? queue.revive() : queue.entries();
            return view.all() || list.size() <= queue.cap() ? list : list.subList(0, queue.cap());
        }

        int total() {
            return view.revive() ? queue.reviveTotal() : queue.total();
        }
    }

    private View view() {
        return new View(showingAll.get(), reviving.get(), stage.get());
    }

    /** Rebuilds the list in the background; the list changes only when the result is in. */
    public void refresh() {
        loading.set(true);
        View view = view();
        executor.run(() -> Snapshot.read(followUps, prospects, view), this::apply, failure -> {
            loading.set(false);
            error.set(Messages.text("today.failed", failure.getMessage()));
        });
    }

    /**
     * After a change to one prospect: the ranking is read again, but only that prospect's entries are judged
     * again; the rest are the entries on screen. The whole list is read when the day has turned, or when all
     * are shown.
     */
    public void refreshAfter(long prospectId) {
        Snapshot last = current;
        View view = view();
        if (last == null || view.all() || !view.equals(last.view())) {
            refresh();
            return;
        }
        loading.set(true);
        executor.run(() -> {
            LocalDate day = followUps.today();
            if (!day.equals(last.today())) {
                return Snapshot.read(followUps, prospects, view);
            }
            return new Snapshot(day, followUps.queue(day, last.queue(), java.util.Set.of(prospectId), view.stage(),
                    view.revive()), prospects.count(), view);
        }, this::apply, failure -> {
            loading.set(false);
            error.set(Messages.text("today.failed", failure.getMessage()));
        });
    }

    public void showAll(boolean all) {
        showingAll.set(all);
        refresh();
    }

    /** Shows the revive list of long-silent leads instead of the queue, or the queue again. */
    public void showRevive(boolean revive) {
        reviving.set(revive);
        refresh();
    }

    /** Shows one stage's follow-ups only; null shows every stage. */
    public void filterStage(Stage only) {
        stage.set(only);
        refresh();
    }

    /**
     * Shows a capped queue read just before the window was built (at start-up, while the toolkit started), so
     * the first frame already holds it.
     */
    public void show(Snapshot s) {
        if (!view().equals(s.view())) {
            refresh();
        } else {
            apply(s);
        }
    }

    private void apply(Snapshot s) {
        current = s.view().all() ? null : s;
        loading.set(false);
        error.set("");
        today.set(s.today());
        firstRun.set(s.prospectCount() == 0);
        List<FollowUpQueue.Entry> shown = s.shown();
        entries.setAll(shown);
        int total = s.total();
        if (total == 0) {
            summary.set(s.view().revive() ? Messages.text("today.empty.revive") : s.view().stage() != null
                    ? Messages.text("today.empty.atStage", Messages.word(s.view().stage())) : Messages.text("today.empty"));
        } else {
            String count = Messages.text(s.view().revive() ? "today.count.revive" : "today.count.queue", total);
            if (shown.size() < total) {
                count = Messages.text("today.count.shown", shown.size(), count);
            }
            summary.set(s.view().stage() == null ? count
                    : Messages.text("today.count.atStage", count, Messages.word(s.view().stage())));
        }
        int arriving = s.queue().arriving();
        if (arriving > 0 && !s.view().revive()) {
            summary.set(Messages.text("today.arriving", summary.get(), arriving));
        }
        reviveLabel.set(s.view().revive() ? Messages.text("today.revive.back")
                : Messages.text("today.revive.button", s.queue().reviveTotal()));
    }

    /** The snapshot on screen (capped lists only), for judging again only what changed. */
    private Snapshot current;

    public ObservableList<FollowUpQueue.Entry> entries() {
        return entries;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingAllProperty() {
        return showingAll.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** Whether the revive list is shown instead of the queue. */
    public ReadOnlyBooleanProperty revivingProperty() {
        return reviving.getReadOnlyProperty();
    }

    /** The button's words: how many wait on the revive list, or the way back. */
    public ReadOnlyStringProperty reviveLabelProperty() {
        return reviveLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }
}
