package app.candor.ui.shell;

import app.candor.followup.Services;
import app.candor.ui.common.Change;
import app.candor.ui.common.ClipboardService;
import app.candor.ui.common.MailService;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TeamConnectForm;
import app.candor.ui.common.Screen;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.importer.ImportView;
import app.candor.ui.importer.ImportViewModel;
import app.candor.ui.quicklog.QuickLogModel;
import app.candor.ui.quicklog.QuickLogView;
import app.candor.ui.today.TodayViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: menus with their shortcuts, the navigation between the screens of its registry
 * ({@link Screen}s, from {@link StandardScreens}), and the quick log, import and help overlays. It knows no screen
 * by type: it shows them, tells them of changes, and puts their commands in the menus.
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

        /**
         * Opens a team's server in place of what is shown, as the login in {@code address}; {@code done} gets the
         * refusal in words (the form keeps what was typed) or nothing once the window shows the team's pipeline.
         */
        default void connectToTeam(String address, char[] password, boolean remember,
                                   java.util.function.Consumer<java.util.Optional<String>> done) {
            done.accept(java.util.Optional.of(Messages.text("team.connect.title")));
        }

        /** The team server shown (its address), if the window shows one. */
        default java.util.Optional<String> teamServer() {
            return java.util.Optional.empty();
        }

        /** The address last connected to, to fill the form with. */
        default String lastTeamServer() {
            return "";
        }

        /** The system password store's name, if there is one ("Remember in …"). */
        default java.util.Optional<String> passwordStoreName() {
            return java.util.Optional.empty();
        }

        /** Whether the window was opened on a file it can go back to from a team's server. */
        default boolean hasOwnFile() {
            return false;
        }

        /** Back from a team's server to the file the window was opened on. */
        default void openOwnFile() {
        }
    }

    private final BorderPane frame = new BorderPane();
    private final ToggleGroup nav = new ToggleGroup();
    /** The registry's screens in order, each with its navigation button and whether it must read again. */
    private final List<Slot> slots = new ArrayList<>();
    private final Lazy<QuickLogView> quickLog;
    private final Lazy<ImportViewModel> importer;
    private final Lazy<ImportView> importView;
    private final Lazy<HelpOverlay> help;

    private static final class Slot {
        final Screen screen;
        final ToggleButton button;
        boolean built;
        boolean stale = true;

        Slot(Screen screen, ToggleButton button) {
            this.screen = screen;
            this.button = button;
        }
    }

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
        StandardScreens.Window window = new StandardScreens.Window() {
            @Override
            public void show(String title) {
                MainWindow.this.show(title);
            }

            @Override
            public void openImport() {
                MainWindow.this.openImport();
            }

            @Override
            public void changed(Change change) {
                MainWindow.this.changed(change);
            }

            @Override
            public void onMailDropped(java.util.function.Consumer<List<Path>> handler) {
                acceptMailDrops(handler);
            }
        };
        for (Screen screen : StandardScreens.build(core, executor, clipboard, mail, host, window, firstToday)) {
            ToggleButton button = new ToggleButton(screen.title() + "    " + screen.shortcut().getDisplayText());
            button.setId("nav-" + screen.id().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(nav);
            button.setMaxWidth(Double.MAX_VALUE);
            Slot slot = new Slot(screen, button);
            button.setOnAction(e -> show(slot));
            slots.add(slot);
        }

        VBox navBox = new VBox();
        navBox.getStyleClass().add("nav");
        Label brand = new Label(Messages.text("app.name"));
        brand.getStyleClass().add("nav-brand");
        navBox.getChildren().add(brand);
        slots.forEach(slot -> navBox.getChildren().add(slot.button));
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Label hint = new Label(Messages.text("nav.hint"));
        hint.getStyleClass().add("nav-hint");
        navBox.getChildren().addAll(grow, hint);
        if (host.showingSampleData()) {
            Label sample = new Label(Messages.text("nav.sample"));
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
        show(slots.get(0));
    }

    /**
     * After a change: the screen in view and Today (whose queue is the point of the app) take it now, each as its
     * contract says (Today judges again only the prospect it names); the others read again when next shown.
     */
    public void changed(Change change) {
        Node current = frame.getCenter();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (i == 0 || (slot.built && slot.screen.view() == current)) {
                slot.stale = false;
                slot.screen.changed(change);
            } else {
                slot.stale = true;
            }
        }
    }

    private void show(Slot slot) {
        frame.setCenter(slot.screen.view());
        slot.built = true;
        slot.button.setSelected(true);
        if (slot.stale) {
            slot.stale = false;
            slot.screen.refresh();
        }
    }

    /** Shows the screen with this id (Today, Prospects, …); an unknown one changes nothing. */
    public void show(String id) {
        slots.stream().filter(s -> s.screen.id().equals(id)).findFirst().ifPresent(this::show);
    }

    /** Whether the screen in view is still reading what it shows. */
    public boolean loading() {
        return slots.stream().filter(s -> s.built && s.screen.view() == frame.getCenter()).anyMatch(s -> s.screen.loading());
    }

    public String currentScreen() {
        return slots.stream().filter(s -> s.built && s.screen.view() == frame.getCenter()).findFirst()
                .map(s -> s.screen.id()).orElse("Today");
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
        chooser.setTitle(Messages.text("import.chooser"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.text("import.csvFiles"),
                "*.csv"));
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

    /** Writes a delete that is still waiting for its undo window; called when the window closes. */
    public void flushPendingWork() {
        slots.forEach(slot -> slot.screen.flush());
    }

    private MenuBar menus(Host host) {
        MenuItem log = item(Messages.text("menu.log"), new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                this::openQuickLog);
        MenuItem importCsv = item(Messages.text("menu.import"), new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                this::openImport);
        MenuItem sample = item(Messages.text(host.showingSampleData() ? "menu.ownData" : "menu.sample"), null,
                host.showingSampleData() ? host::openOwnData : host::openSampleData);
        MenuItem quit = item(Messages.text("menu.quit"), new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), host::quit);
        MenuItem team = item(Messages.text("menu.team"), null, () -> TeamConnectForm.show(getScene().getWindow(),
                host.teamServer().orElse(host.lastTeamServer()), host.passwordStoreName(), host::connectToTeam));
        team.setId("menu-team");
        Menu file = new Menu(Messages.text("menu.file"), null, log);
        file.getItems().addAll(commands(Screen.MenuName.FILE));
        file.getItems().addAll(importCsv, new SeparatorMenuItem(), sample, team);
        if (host.teamServer().isPresent() && host.hasOwnFile()) {
            file.getItems().add(item(Messages.text("menu.ownFile"), null, host::openOwnFile));
        }
        file.getItems().addAll(new SeparatorMenuItem(), quit);
        Menu edit = new Menu(Messages.text("menu.edit"));
        edit.getItems().addAll(commands(Screen.MenuName.EDIT));
        Menu view = new Menu(Messages.text("menu.view"));
        for (Slot slot : slots) {
            view.getItems().add(item(slot.screen.title(), slot.screen.shortcut(), () -> show(slot)));
        }
        Menu helpMenu = new Menu(Messages.text("menu.help"), null, item(Messages.text("menu.shortcuts"), new KeyCodeCombination(KeyCode.F1), this::toggleHelp));
        MenuBar bar = new MenuBar(file, edit, view, helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The screens' commands for one menu; each shows its screen first. */
    private List<MenuItem> commands(Screen.MenuName menu) {
        List<MenuItem> items = new ArrayList<>();
        for (Slot slot : slots) {
            for (Screen.Command command : slot.screen.commands()) {
                if (command.menu() == menu) {
                    items.add(item(command.text(), command.shortcut(), () -> {
                        show(slot);
                        command.action().run();
                    }));
                }
            }
        }
        return items;
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

    /** Mail files (.eml, .mbox, a Maildir folder) dragged onto the window are accepted and handed to {@code handler}. */
    private void acceptMailDrops(java.util.function.Consumer<List<Path>> handler) {
        addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, e -> {
            if (!mailFiles(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = mailFiles(e.getDragboard());
            if (!files.isEmpty()) {
                handler.accept(files);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** The dragged files that are mail: .eml or .mbox files, or folders with cur or new inside (Maildir). */
    private static List<Path> mailFiles(javafx.scene.input.Dragboard board) {
        return board.hasFiles() ? app.candor.ui.common.MailDrops.mailFiles(board.getFiles()) : List.of();
    }

}
