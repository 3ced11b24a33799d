package app.candor.ui;

import app.candor.followup.Services;
import app.candor.ui.today.TodayViewModel;
import org.slf4j.LoggerFactory;

/**
 * A database opened for the window, with Today's first queue when it could be read on the opening thread.
 *
 * @param core  the services on the database
 * @param today the first queue, or null when reading it failed (the window asks again and says what is wrong)
 */
public record OpenedDatabase(Services core, TodayViewModel.Snapshot today) {

    /**
     * Reads the Today screen's first queue on the opening thread, while the toolkit starts on the other core: the
     * window then shows it in its first frame, and the classes, compiled code and SQLite's page cache are warm.
     */
    static OpenedDatabase warm(Services opened) {
        TodayViewModel.Snapshot today = null;
        try {
            today = TodayViewModel.Snapshot.read(opened.followUps(), opened.prospects(), false);
            opened.scripts().find("humble-equal-prep");
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OpenedDatabase.class).debug("Reading the first queue failed; the window will"
                    + " say what is wrong", e);
        }
        return new OpenedDatabase(opened, today);
    }
}
