package app.candor.ui.common;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One screen of the main window, as the shell sees it: its title and shortcut, its view (built the first time it is
 * shown, on the FX thread), how it reads again, how it takes a saved change, and the commands it offers in the
 * menus. The shell knows screens only through this.
 */
public interface Screen {

    /** The screen's stable name (for the saved window state and for tests), whatever language its title is in. */
    default String id() {
        return title();
    }

    String title();

    KeyCombination shortcut();

    /** The screen's node, built on the first call and the same afterwards. */
    Node view();

    /** Reads its content again (in the background). */
    void refresh();

    /** Whether the screen is still reading what it shows. */
    default boolean loading() {
        return false;
    }

    /** Something was saved elsewhere; by default the screen reads everything again. */
    default void changed(Change change) {
        refresh();
    }

    /** Menu commands the screen offers; choosing one shows the screen first. */
    default List<Command> commands() {
        return List.of();
    }

    /** Writes work still waiting (such as a delete inside its undo window); called when the window closes. */
    default void flush() {
    }

    /** A menu item a screen contributes: which menu, its text, its shortcut (or null), what it does. */
    record Command(MenuName menu, String text, KeyCombination shortcut, Runnable action) {
    }

    enum MenuName { FILE, EDIT }

    /** A screen of these parts; the others are added with {@link Basic}'s methods. */
    static Basic of(String title, KeyCombination shortcut, Supplier<? extends Node> build, Runnable refresh) {
        return new Basic(title, shortcut, build, refresh);
    }

    /** A screen made of parts: by default it reads everything again on any change, offers no commands. */
    final class Basic implements Screen {
        private final String title;
        private final KeyCombination shortcut;
        private final Supplier<? extends Node> build;
        private final Runnable refresh;
        private Consumer<Change> onChange;
        private List<Command> commands = List.of();
        private Runnable flush = () -> { };
        private BooleanSupplier loading = () -> false;
        private String id;
        private Node node;

        private Basic(String title, KeyCombination shortcut, Supplier<? extends Node> build, Runnable refresh) {
            this.title = title;
            this.shortcut = shortcut;
            this.build = build;
            this.refresh = refresh;
        }

        /** The screen's stable name, when its title is a translated word. */
        public Basic id(String stable) {
            this.id = stable;
            return this;
        }

        @Override
        public String id() {
            return id != null ? id : title;
        }

        /** How the screen takes a change instead of reading everything again. */
        public Basic onChange(Consumer<Change> action) {
            this.onChange = action;
            return this;
        }

        public Basic commands(Command... offered) {
            this.commands = List.of(offered);
            return this;
        }

        public Basic flush(Runnable action) {
            this.flush = action;
            return this;
        }

        public Basic loading(BooleanSupplier whether) {
            this.loading = whether;
            return this;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public KeyCombination shortcut() {
            return shortcut;
        }

        @Override
        public Node view() {
            if (node == null) {
                node = build.get();
            }
            return node;
        }

        @Override
        public void refresh() {
            refresh.run();
        }

        @Override
        public boolean loading() {
            return loading.getAsBoolean();
        }

        @Override
        public void changed(Change change) {
            if (onChange == null) {
                refresh.run();
            } else {
                onChange.accept(change);
            }
        }

        @Override
        public List<Command> commands() {
            return commands;
        }

        @Override
        public void flush() {
            flush.run();
        }
    }
}
