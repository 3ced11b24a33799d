package app.candor.ui.shell;

import java.util.function.Consumer;
import app.candor.ui.common.Change;
import app.candor.followup.Services;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.MailService;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.importer.ImportView;
import app.candor.ui.importer.ImportViewModel;
import app.candor.ui.pipeline.PipelineView;
import app.candor.ui.pipeline.PipelineViewModel;
import app.candor.ui.prospects.ProspectsView;
import app.candor.ui.prospects.ProspectsViewModel;
import app.candor.ui.quicklog.QuickLogModel;
import app.candor.ui.quicklog.QuickLogView;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: menus with their shortcuts, the screen navigation, the screens, and the quick log and
 * help overlays. Builds each screen's view model from the core; holds no SQL.
 */
public final class MainWindow extends StackPane {

    /** What the shell asks of the application around it. */
    public interface Host {
        void openSampleData();

        void openOwnData();

        boolean showingSampleData();

        void quit();

        /** Rules or settings changed on disk: open the core again so they apply. */
        void reload(String screen);

        Path dataFolder();

        Theme theme();

        void applyTheme(Theme theme);

        /** Closes the database, puts the backup in its place (current file kept aside), and opens it again. */
        void restore(Path backup);
    }

    private final BorderPane frame = new BorderPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final List<ToggleButton> navButtons = new ArrayList<>();
    /** A screen is built the first time it is shown, and reloaded when shown after a change. */
    private static final class Screen {
        final java.util.function.Supplier<Node> factory;
        final Runnable refresh;
        Node node;
        boolean stale = true;

        Screen(java.util.function.Supplier<Node> factory, Runnable refresh) {
            this.factory = factory;
            this.refresh = refresh;
        }

        Node node() {
            if (node == null) {
                node = factory.get();
            }
            return node;
        }
    }

    private final List<Screen> screens = new ArrayList<>();
    private final List<String> screenNames = new ArrayList<>();
    private final TodayViewModel today;
    private final FollowUpDetailModel detail;
    private final ProspectsViewModel prospects;
    private ProspectsView prospectsView;
    private final Lazy<QuickLogView> quickLog;
    private final Lazy<ImportViewModel> importer;
    private final Lazy<ImportView> importView;
    private final Lazy<HelpOverlay> help;
    private final Menu viewMenu = new Menu("View");

    public MainWindow(Services core, TaskExecutor executor, ClipboardService clipboard, MailService mail, Host host) {
        this(core, executor, clipboard, mail, host, null);
    }

    /**
     * With {@code firstToday}, the Today screen starts with that queue (read while the toolkit started) instead of
     * asking for it again; null reads it in the background as usual.
     */
    public MainWindow(Services core, TaskExecutor executor, ClipboardService clipboard, MailService mail, Host host,
                      TodayViewModel.Snapshot firstToday) {
        setId("main-window");
        Consumer<Change> changed = this::changed;
        today = new TodayViewModel(core.followUps(), core.prospects(), executor);
        detail = new FollowUpDetailModel(core.followUps(), core.scripts(), core.deals(), core.prospects(), core.data(),
                executor, clipboard, mail, core.clock(), changed);

        prospects = new ProspectsViewModel(core.prospects(), executor, core.clock(), changed);
        TodayView todayView = new TodayView(today, detail, () -> new FollowUpDetailView(detail, core.zone()),
                firstRun(host));
        QuickLogModel quickLogModel = new QuickLogModel(core.prospects(), core.followUps(), executor, core.clock(),
                c -> {
                    closeOverlays();
                    changed(c);
                });
        // Overlays are built the first time they are opened: nothing on the way to the first painted Today screen.
        quickLog = new Lazy<>(() -> new QuickLogView(quickLogModel, this::closeOverlays));
        help = new Lazy<>(() -> new HelpOverlay(this::closeOverlays));
        importer = new Lazy<>(() -> new ImportViewModel(core.data(), executor, this::changed));
        importView = new Lazy<>(() -> new ImportView(importer.get(), this::closeOverlays));

        PipelineViewModel pipeline = new PipelineViewModel(core.deals(), executor, changed);
        ScriptsViewModel scripts = new ScriptsViewModel(core.scripts(), executor);
        SettingsViewModel settings = new SettingsViewModel(core.settings(), core.backups(), executor, host.theme(),
                () -> host.reload("Settings"), host::applyTheme, host::restore);
        addScreen("Today", () -> todayView, today::refresh);
        addScreen("Prospects", () -> {
            prospectsView = new ProspectsView(prospects);
            return prospectsView;
        }, prospects::refresh);
        addScreen("Pipeline", () -> new PipelineView(pipeline), pipeline::refresh);
        ReportsViewModel reports = new ReportsViewModel(core.insights(), executor);
        addScreen("Reports", () -> new ReportsView(reports), reports::refresh);
        addScreen("Scripts", () -> new ScriptsView(scripts), scripts::refresh);
        addScreen("Settings", () -> new SettingsView(settings, host.dataFolder(), core.databaseFile()),
                settings::refreshBackups);

        VBox navBox = new VBox();
        navBox.getStyleClass().add("nav");
        Label brand = new Label("Candor");
        brand.getStyleClass().add("nav-brand");
        navBox.getChildren().add(brand);
        navBox.getChildren().addAll(navButtons);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Label hint = new Label("Ctrl+L log · F1 shortcuts");
        hint.getStyleClass().add("nav-hint");
        navBox.getChildren().addAll(grow, hint);
        if (host.showingSampleData()) {
            Label sample = new Label("Sample data: nothing here\nmixes with your own.");
            sample.getStyleClass().addAll("nav-hint", "warning");
            navBox.getChildren().add(sample);
        }

        frame.setTop(menus(host));
        frame.setLeft(navBox);
        getChildren().add(frame);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && help.isBuilt() && getChildren().contains(help.get())) {
                e.consume();
                closeOverlays();
            }
        });
        screens.get(0).stale = false;
        if (firstToday != null) {
            today.show(firstToday);
        } else {
            today.refresh();
        }
        show(0);
    }

    /** Adds a screen reachable from the navigation and with Ctrl+(its position), built when first shown. */
    public void addScreen(String name, java.util.function.Supplier<Node> view, Runnable refresh) {
        int index = screens.size();
        screens.add(new Screen(view, refresh));
        screenNames.add(name);
        ToggleButton button = new ToggleButton(name + "    Ctrl+" + (index + 1));
        button.setId("nav-" + name.toLowerCase(java.util.Locale.ROOT));
        button.setToggleGroup(nav);
        button.setOnAction(e -> show(index));
        button.setMaxWidth(Double.MAX_VALUE);
        navButtons.add(button);
        if (frame.getLeft() instanceof VBox box) {
            box.getChildren().add(navButtons.size(), button);
        }
        if (!viewMenu.getItems().isEmpty() || frame.getTop() != null) {
            addViewItem(index);
        }
    }

    private void addViewItem(int index) {
        MenuItem screen = item(screenNames.get(index), index < 9 ? new KeyCodeCombination(
                KeyCode.getKeyCode(String.valueOf(index + 1)), KeyCombination.SHORTCUT_DOWN) : null, () -> show(index));
        viewMenu.getItems().add(screen);
    }

    /** After any change: Today and the screen in view read again now, the others when next shown. */
    public void refreshAll() {
        changed(new Change.Everything());
    }

    /**
     * After a change: Today judges again only the prospect it names (or everything); the screen in view reads
     * again now, the others when next shown.
     */
    public void changed(Change change) {
        Node current = frame.getCenter();
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            screen.stale = true;
            if (i == 0 || (screen.node != null && screen.node == current)) {
                screen.stale = false;
                if (i == 0 && prospectOf(change) != null) {
                    today.refreshAfter(prospectOf(change));
                } else {
                    screen.refresh.run();
                }
            }
        }
    }

    private static Long prospectOf(Change change) {
        if (change instanceof Change.InteractionLogged c) {
            return c.prospectId();
        }
        if (change instanceof Change.DealChanged c) {
            return c.prospectId();
        }
        if (change instanceof Change.ProspectChanged c) {
            return c.prospectId();
        }
        return null;
    }

    public void show(int index) {
        if (index < 0 || index >= screens.size()) {
            return;
        }
        Screen screen = screens.get(index);
        frame.setCenter(screen.node());
        navButtons.get(index).setSelected(true);
        if (screen.stale) {
            screen.stale = false;
            screen.refresh.run();
        }
    }

    public void show(String name) {
        show(screenNames.indexOf(name));
    }

    public String currentScreen() {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).node != null && screens.get(i).node == frame.getCenter()) {
                return screenNames.get(i);
            }
        }
        return "Today";
    }

    public void openQuickLog() {
        closeOverlays();
        getChildren().add(quickLog.get());
        quickLog.get().focusWho();
    }

    public void toggleHelp() {
        if (help.isBuilt() && getChildren().contains(help.get())) {
            closeOverlays();
        } else {
            closeOverlays();
            getChildren().add(help.get());
            help.get().requestFocus();
        }
    }

    /** Asks for a CSV file and shows what importing it would do. */
    public void openImport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import a CSV file");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV files", "*.csv"));
        java.io.File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            previewImport(chosen.toPath());
        }
    }

    /** Shows the import card for {@code file} (also the way tests reach it, without a native file dialog). */
    public void previewImport(Path file) {
        closeOverlays();
        getChildren().add(importView.get());
        importer.get().preview(file);
    }

    private void closeOverlays() {
        for (Lazy<? extends Node> overlay : List.of(quickLog, help, importView)) {
            if (overlay.isBuilt()) {
                getChildren().remove(overlay.get());
            }
        }
        frame.requestFocus();
    }

    /**
     * A user's session on the Prospects screen as a list of steps, for the FX-thread stall benchmark: searching
     * as they type, scrolling the table, opening timelines.
     */
    public List<Runnable> prospectsWorkload() {
        show("Prospects");
        List<Runnable> steps = new ArrayList<>();
        for (String query : new String[] {"a", "an", "ann", "anna", "", "g", "gr", "gra", "grace", "grace t", "",
            "lumen", "okafor", "north", "ber", "berg", ""}) {
            steps.add(() -> prospectsView.searchFor(query));
        }
        for (int i = 0; i < 1000; i += 50) {
            int row = i;
            steps.add(() -> prospectsView.table().scrollTo(row));
        }
        for (int i = 0; i < 12; i++) {
            int row = i * 37;
            steps.add(() -> {
                prospectsView.table().scrollTo(row);
                prospectsView.table().getSelectionModel().select(row);
            });
        }
        return steps;
    }

    /** Whether Today is still loading its queue (for the start-up probe). */
    /** Whether the Prospects screen is still reading its rows (for the interaction benchmark). */
    public boolean prospectsLoading() {
        return prospects.loadingProperty().get();
    }

    public boolean isLoading() {
        return today.loadingProperty().get() || today.todayProperty().get() == null;
    }

    /** Writes a delete that is still waiting for its undo window; called when the window closes. */
    public void flushPendingWork() {
        prospects.commitDelete();
    }

    private Region firstRun(Host host) {
        Label title = new Label("Welcome to Candor");
        title.getStyleClass().add("title-1");
        Label what = new Label("Candor keeps track of who you are talking to, whose move it is, and who has gone quiet. "
                + "Each morning it offers honest wording for the next follow-up: no pressure, no chasing.");
        what.setWrapText(true);
        what.setMaxWidth(640);
        what.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button add = new Button("Add a prospect");
        add.setId("first-run-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> {
            show("Prospects");
            prospectsView.newProspect();
        });
        Button sample = new Button("Try it with sample data");
        sample.setId("first-run-sample");
        sample.setOnAction(e -> host.openSampleData());
        Button importCsv = new Button("Import a CSV");
        importCsv.setId("first-run-import");
        importCsv.setOnAction(e -> openImport());
        Label note = new Label("Sample data opens in a separate file and never mixes with your own.");
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(title, what, new HBox(10, add, importCsv, sample), note);
        box.getStyleClass().add("first-run");
        ((HBox) box.getChildren().get(2)).setAlignment(javafx.geometry.Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("first-run");
        return box;
    }

    private MenuBar menus(Host host) {
        MenuItem log = item("Log a call, email or meeting…", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                this::openQuickLog);
        MenuItem newProspect = item("New prospect", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            show("Prospects");
            prospectsView.newProspect();
        });
        MenuItem importCsv = item("Import a CSV file…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                this::openImport);
        MenuItem sample = item(host.showingSampleData() ? "Back to my own data" : "Try it with sample data", null,
                host.showingSampleData() ? host::openOwnData : host::openSampleData);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), host::quit);
        Menu file = new Menu("File", null, log, newProspect, importCsv, new SeparatorMenuItem(), sample, new SeparatorMenuItem(), quit);

        MenuItem find = item("Search prospects", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            show("Prospects");
            prospectsView.focusSearch();
        });
        MenuItem copy = item("Copy the selected script", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), detail::copy);
        Menu edit = new Menu("Edit", null, find, copy);

        for (int i = 0; i < screenNames.size(); i++) {
            addViewItem(i);
        }
        Menu helpMenu = new Menu("Help", null, item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::toggleHelp));
        MenuBar bar = new MenuBar(file, edit, viewMenu, helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }


    /** A part of the window built the first time it is needed (on the FX thread). */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> build;
        private T value;

        Lazy(java.util.function.Supplier<T> build) {
            this.build = build;
        }

        T get() {
            if (value == null) {
                value = build.get();
            }
            return value;
        }

        boolean isBuilt() {
            return value != null;
        }
    }
}
