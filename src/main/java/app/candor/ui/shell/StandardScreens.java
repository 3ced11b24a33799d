package app.candor.ui.shell;

import app.candor.followup.Services;
import app.candor.ui.common.Change;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.MailService;
import app.candor.ui.common.Messages;
import app.candor.ui.common.Screen.Command;
import app.candor.ui.common.Screen.MenuName;
import app.candor.ui.common.Screen;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.pipeline.PipelineView;
import app.candor.ui.pipeline.PipelineViewModel;
import app.candor.ui.prospects.ProspectsView;
import app.candor.ui.prospects.ProspectsViewModel;
import app.candor.ui.reports.ReportsView;
import app.candor.ui.reports.ReportsViewModel;
import app.candor.ui.scripts.ScriptsView;
import app.candor.ui.scripts.ScriptsViewModel;
import app.candor.ui.settings.SettingsView;
import app.candor.ui.settings.SettingsViewModel;
import app.candor.ui.today.FollowUpDetailModel;
import app.candor.ui.today.FollowUpDetailView;
import app.candor.ui.today.TodayView;
import app.candor.ui.today.TodayViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * Candor's screens in their order, each with its view model: the registry the main window shows. The window knows
 * them only as {@link Screen}s.
 */
final class StandardScreens {

    /** What the screens ask of the window around them. */
    interface Window {
        void show(String title);

        void openImport();

        void changed(Change change);

        /** What to do with mail files dropped onto the window. */
        void onMailDropped(java.util.function.Consumer<List<java.nio.file.Path>> handler);
    }

    private StandardScreens() {
    }

    /**
     * The screens on {@code core}. With {@code firstToday}, Today starts with that queue (read while the toolkit
     * started) instead of asking for it again.
     */
    static List<Screen> build(Services core, TaskExecutor executor, ClipboardService clipboard, MailService mail,
                              MainWindow.Host host, Window window, TodayViewModel.Snapshot firstToday) {
        Consumer<Change> changed = window::changed;
        TodayViewModel today = new TodayViewModel(core.followUps(), core.prospects(), executor);
        FollowUpDetailModel detail = new FollowUpDetailModel(core.followUps(), core.scripts(), core.deals(),
                core.prospects(), core.data(), executor, clipboard, mail, core.clock(), changed);
        ProspectsViewModel prospects = new ProspectsViewModel(core.prospects(), core.deals(), core.followUps(), executor,
                core.clock(),
                changed).withMail(core.mail());
        ProspectsView[] prospectsView = new ProspectsView[1];
        Runnable newProspect = () -> {
            window.show("Prospects");
            prospectsView[0].newProspect();
        };
        TodayView todayView = new TodayView(today, detail, () -> new FollowUpDetailView(detail, core.zone()),
                firstRun(host, window, newProspect));
        // Today's first read is the queue read while the toolkit started, when there is one.
        TodayViewModel.Snapshot[] first = {firstToday};
        Runnable readToday = () -> {
            if (first[0] != null) {
                today.show(first[0]);
                first[0] = null;
            } else {
                today.refresh();
            }
        };
        PipelineViewModel pipeline = new PipelineViewModel(core.deals(), executor, changed);
        ReportsViewModel reports = new ReportsViewModel(core.insights(), executor);
        ScriptsViewModel scripts = new ScriptsViewModel(core.scripts(), executor);
        app.candor.ui.settings.MailViewModel mailbox = new app.candor.ui.settings.MailViewModel(core.mail(),
                core.prospects(), executor, javafx.application.Platform::runLater, changed);
        // Mail files dropped anywhere on the window are imported; Settings shows what was logged.
        window.onMailDropped(files -> {
            window.show("Settings");
            mailbox.importFiles(files);
        });
        SettingsViewModel settings = new SettingsViewModel(core.settings(), core.backups(), executor, host.theme(),
                () -> host.reload("Settings"), host::applyTheme, host::restore);
        return List.of(
                screen("Today", ctrl(KeyCode.DIGIT1), () -> todayView, readToday)
                        // Today judges again only the prospect a change names.
                        .onChange(change -> {
                            if (change.prospect() != null) {
                                today.refreshAfter(change.prospect());
                            } else {
                                readToday.run();
                            }
                        })
                        .commands(new Command(MenuName.EDIT, Messages.text("command.copyScript"), new KeyCodeCombination(
                                KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), detail::copy))
                        .loading(() -> today.loadingProperty().get() || today.todayProperty().get() == null),
                screen("Prospects", ctrl(KeyCode.DIGIT2), () -> {
                    prospectsView[0] = new ProspectsView(prospects);
                    return prospectsView[0];
                }, prospects::refresh)
                        .commands(new Command(MenuName.FILE, Messages.text("command.newProspect"), ctrl(KeyCode.N),
                                        () -> prospectsView[0].newProspect()),
                                new Command(MenuName.EDIT, Messages.text("command.searchProspects"), ctrl(KeyCode.F),
                                        () -> prospectsView[0].focusSearch()))
                        .flush(prospects::commitDelete)
                        .loading(() -> prospects.loadingProperty().get()),
                screen("Pipeline", ctrl(KeyCode.DIGIT3), () -> new PipelineView(pipeline), pipeline::refresh),
                screen("Reports", ctrl(KeyCode.DIGIT4), () -> new ReportsView(reports), reports::refresh),
                screen("Scripts", ctrl(KeyCode.DIGIT5), () -> new ScriptsView(scripts), scripts::refresh),
                screen("Settings", ctrl(KeyCode.DIGIT6),
                        () -> new SettingsView(settings, mailbox, host.dataFolder(), core.databaseFile()),
                        settings::refreshBackups));
    }

    /** A screen named {@code id} for good, its title from the catalogue. */
    private static Screen.Basic screen(String id, KeyCombination shortcut, java.util.function.Supplier<? extends
            javafx.scene.Node> build, Runnable refresh) {
        return Screen.of(Messages.text("screen." + id.toLowerCase(java.util.Locale.ROOT)), shortcut, build, refresh).id(id);
    }

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** Today's empty state on a file with nobody in it yet. */
    private static Region firstRun(MainWindow.Host host, Window window, Runnable newProspect) {
        Label title = new Label(Messages.text("firstRun.welcomeToCandor"));
        title.getStyleClass().add("title-1");
        Label what = new Label(Messages.text("firstRun.what"));
        what.setWrapText(true);
        what.setMaxWidth(640);
        what.setTextAlignment(TextAlignment.CENTER);
        Button add = new Button(Messages.text("firstRun.addAProspect"));
        add.setId("first-run-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> newProspect.run());
        Button sample = new Button(Messages.text("firstRun.tryItWithSample"));
        sample.setId("first-run-sample");
        sample.setOnAction(e -> host.openSampleData());
        Button importCsv = new Button(Messages.text("firstRun.importACsv"));
        importCsv.setId("first-run-import");
        importCsv.setOnAction(e -> window.openImport());
        Label note = new Label(Messages.text("firstRun.sampleDataOpensIn"));
        note.getStyleClass().add("text-muted");
        HBox buttons = new HBox(10, add, importCsv, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(title, what, buttons, note);
        box.getStyleClass().add("first-run");
        box.setPadding(new Insets(40));
        box.setId("first-run");
        // The first thing to do has the keyboard: Enter adds the first prospect (a focused button of the bar would
        // take Enter for itself).
        javafx.beans.value.ChangeListener<Object> focusAdd = (o, was, now) -> {
            if (box.getScene() != null && box.isVisible()) {
                app.candor.ui.common.Focus.request(add);
            }
        };
        box.sceneProperty().addListener(focusAdd);
        box.visibleProperty().addListener(focusAdd);
        return box;
    }
}
