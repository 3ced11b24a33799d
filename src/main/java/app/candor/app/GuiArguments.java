package app.candor.app;

import java.util.Optional;

/** Recognises, before the command line is parsed, a run that will open the window: no subcommand, no help. */
final class GuiArguments {

    private GuiArguments() {
    }

    /**
     * Empty when {@code args} may be anything but opening the window; otherwise the {@code --db} value given
     * (itself empty when none was). Only {@code --db FILE} and {@code --db=FILE} are recognised; anything else
     * takes the ordinary path.
     */
    static Optional<Optional<String>> databaseOption(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > 5) {
            return Optional.of(Optional.of(args[0].substring(5)));
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(args[1]));
        }
        return Optional.empty();
    }
}
