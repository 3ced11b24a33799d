package app.candor.ui.today;

import app.candor.followup.FollowUpService;
import app.candor.rules.FollowUpQueue;
import app.candor.followup.ProspectService;
import app.candor.ui.common.TaskExecutor;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Today screen: the capped queue (or all of it), loading and errors. Holds no nodes. */
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

    /** What the screen shows, read in one go off the FX thread. */
    public record Snapshot(LocalDate today, FollowUpQueue queue, int prospectCount) {

        /** Today's queue (capped, or all of it) and whether there is anybody at all. */
        public static Snapshot read(FollowUpService followUps, ProspectService prospects, boolean all) {
            LocalDate day = followUps.today();
            return new Snapshot(day, all ? followUps.fullQueue(day) : followUps.queue(day), prospects.count());
        }
    }

    /** Rebuilds the queue in the background; the list changes only when the result is in. */
    public void refresh() {
        loading.set(true);
        boolean all = showingAll.get();
        executor.run(() -> Snapshot.read(followUps, prospects, all), this::apply, failure -> {
            loading.set(false);
            error.set("The follow-up queue could not be built: " + failure.getMessage());
        });
    }

    /**
     * After a change to one prospect: the ranking is read again, but only that prospect's entries are judged
     * again; the rest are the entries on screen. The whole queue is read when the day has turned, or when all
     * are shown.
     */
    public void refreshAfter(long prospectId) {
        Snapshot last = current;
        if (last == null || showingAll.get()) {
            refresh();
            return;
        }
        loading.set(true);
        executor.run(() -> {
            LocalDate day = followUps.today();
            if (!day.equals(last.today())) {
                return Snapshot.read(followUps, prospects, false);
            }
            return new Snapshot(day, followUps.queue(day, last.queue(), java.util.Set.of(prospectId)),
                    prospects.count());
        }, this::apply, failure -> {
            loading.set(false);
            error.set("The follow-up queue could not be built: " + failure.getMessage());
        });
    }

    public void showAll(boolean all) {
        showingAll.set(all);
        refresh();
    }

    /**
     * Shows a capped queue read just before the window was built (at start-up, while the toolkit started), so
     * the first frame already holds it.
     */
    public void show(Snapshot s) {
        if (showingAll.get()) {
            refresh();
        } else {
            apply(s);
        }
    }

    private void apply(Snapshot s) {
        current = showingAll.get() ? null : s;
        loading.set(false);
        error.set("");
        today.set(s.today());
        firstRun.set(s.prospectCount() == 0);
        var shown = showingAll.get() ? s.queue().entries() : s.queue().visible();
        entries.setAll(shown);
        int total = s.queue().total();
        summary.set(total == 0 ? "Nobody is waiting on you today."
                : shown.size() < total ? shown.size() + " of " + total + " follow-ups" : total + " follow-ups");
    }

    /** The snapshot on screen (capped queue only), for judging again only what changed. */
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
}
