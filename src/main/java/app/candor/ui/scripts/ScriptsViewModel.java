package app.candor.ui.scripts;

import app.candor.domain.Channel;
import app.candor.domain.Script;
import app.candor.followup.ScriptService;
import app.candor.scripts.PressureCheck;
import app.candor.scripts.ScriptRenderer;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The script library with principle and source, and an editor for the user's own scripts with live validation. */
public final class ScriptsViewModel {

    private final ScriptService scripts;
    private final TaskExecutor executor;
    /** A save the team's server could not take, tried again while the same script is still being edited. */
    private final app.candor.ui.common.Retry retry;
    private final PressureCheck pressure;

    private final ObservableList<Script> all = FXCollections.observableArrayList();
    private final ObjectProperty<Script> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty principle = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.BOTH);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty emailBody = new SimpleStringProperty("");
    private final StringProperty phoneBody = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringBinding problem;
    private final StringBinding pressureReport;

    public ScriptsViewModel(ScriptService scripts, TaskExecutor executor) {
        this.scripts = scripts;
        this.executor = executor;
        this.retry = new app.candor.ui.common.Retry(executor::later);
        this.pressure = scripts.pressureCheck();
        problem = Bindings.createStringBinding(this::validate, id, title, principle, channel, subject, emailBody, phoneBody);
        pressureReport = Bindings.createStringBinding(() -> {
            List<PressureCheck.Finding> found = pressure.check(subject.get() + "\n" + emailBody.get() + "\n" + phoneBody.get());
            return found.isEmpty() ? "" : found.stream().map(f -> Messages.text("scripts.pressure.finding",
                    Messages.heading(f.kind()), f.phrase(), f.reason(), f.suggestion())).reduce((a, b) -> a + "\n" + b).orElse("");
        }, subject, emailBody, phoneBody);
    }

    public void refresh() {
        executor.run(scripts::all, list -> {
            Script keep = selected.get();
            all.setAll(list);
            if (keep != null) {
                selected.set(list.stream().filter(s -> s.id().equals(keep.id())).findFirst().orElse(null));
            }
        }, failure -> status.set(failure.getMessage()));
    }

    private String validate() {
        if (!editing.get()) {
            return "";
        }
        try {
            ScriptRenderer.validate(draft());
            return "";
        } catch (IllegalArgumentException e) {
            return app.candor.followup.Failures.plain(e);
        }
    }

    private Script draft() {
        return new Script(id.get().strip(), title.get(), principle.get(), "", channel.get(), subject.get(),
                emailBody.get(), phoneBody.get(), false);
    }

    public void newScript() {
        load(new Script("my-script", Messages.text("scripts.new.title"), "", "", Channel.BOTH, "", Messages.text("scripts.new.email"),
                Messages.text("scripts.new.phone"), false));
    }

    /** Edits a user script in place, or a copy of a built-in. */
    public void edit() {
        Script s = selected.get();
        if (s == null) {
            return;
        }
        if (s.builtIn()) {
            // The copy and the list it joins come back together: the copy is chosen, then opened in the editor.
            executor.run(() -> {
                Script copy = scripts.duplicate(s.id());
                return java.util.Map.entry(copy, scripts.all());
            }, made -> {
                all.setAll(made.getValue());
                selected.set(made.getValue().stream().filter(x -> x.id().equals(made.getKey().id())).findFirst()
                        .orElse(made.getKey()));
                load(made.getKey());
                status.set(Messages.text("scripts.copyToEdit"));
            }, failure -> status.set(failure.getMessage()));
        } else {
            load(s);
        }
    }

    private void load(Script s) {
        // Set anew each time, so the editor shows even when a previous edit was left open.
        editing.set(false);
        editing.set(true);
        id.set(s.id());
        title.set(s.title());
        principle.set(s.principle());
        channel.set(s.channel() == Channel.CARD ? Channel.PHONE : s.channel());
        subject.set(s.emailSubject());
        emailBody.set(s.emailBody());
        phoneBody.set(s.phoneBody());
    }

    public void save() {
        retry.hold();
        if (!problem.get().isEmpty()) {
            status.set(Messages.text("scripts.notSaved", problem.get()));
            return;
        }
        Script s = draft();
        executor.run(() -> {
            scripts.save(s);
            return s;
        }, saved -> {
            retry.stop();
            editing.set(false);
            status.set(Messages.text("scripts.saved", saved.title()));
            refresh();
            selected.set(saved);
        }, failure -> {
            String words = Messages.text("scripts.notSaved", app.candor.followup.Failures.plain(failure));
            // Tried again only while the editor still holds this script.
            status.set(retry.after(failure, () -> {
                if (editing.get() && draft().id().equals(s.id())) {
                    save();
                }
            }).map(again -> words + " " + again).orElse(words));
        });
    }

    public void cancel() {
        retry.stop();
        editing.set(false);
        status.set("");
    }

    public void delete() {
        Script s = selected.get();
        if (s == null || s.builtIn()) {
            return;
        }
        executor.run(() -> {
            scripts.delete(s.id());
            return true;
        }, ok -> {
            status.set(Messages.text("scripts.deleted", s.title()));
            selected.set(null);
            refresh();
        }, failure -> status.set(failure.getMessage()));
    }

    public ObservableList<Script> all() {
        return all;
    }

    public ObjectProperty<Script> selectedProperty() {
        return selected;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty principleProperty() {
        return principle;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty emailBodyProperty() {
        return emailBody;
    }

    public StringProperty phoneBodyProperty() {
        return phoneBody;
    }

    public StringBinding problemBinding() {
        return problem;
    }

    public StringBinding pressureBinding() {
        return pressureReport;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
