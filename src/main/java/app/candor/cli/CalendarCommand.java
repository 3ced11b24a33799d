package app.candor.cli;

import app.candor.followup.Services;
import app.candor.io.Calendar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code candor calendar}: every upcoming agreed check-in as an .ics calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write every upcoming agreed check-in as calendar events (.ics); exporting again updates them.")
public final class CalendarCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    private final CandorCommand root;

    CalendarCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        try (Services core = root.open()) {
            Calendar.Events events = core.data().upcomingCheckIns();
            if (out == null) {
                root.out().print(events.ics());
                root.out().flush();
            } else {
                app.candor.platform.SafeFiles.writeString(out, events.ics());
                root.err().println(events.count() + " check-ins written to " + out.toAbsolutePath());
                root.err().flush();
            }
        }
        return 0;
    }
}
