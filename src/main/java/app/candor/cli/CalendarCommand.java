package app.candor.cli;

import app.candor.domain.FollowUpFacts;
import app.candor.followup.Core;
import app.candor.io.Calendar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
        try (Core core = root.open()) {
            LocalDate today = core.followUps().today();
            List<Calendar.CheckIn> upcoming = core.followUpFacts().followUpFacts(today).stream()
                    .filter(f -> f.dealId() != null && f.stage().isOpen() && f.agreedCheckIn() != null
                            && !f.agreedCheckIn().isBefore(today))
                    .sorted(Comparator.comparing(FollowUpFacts::agreedCheckIn))
                    .map(f -> new Calendar.CheckIn(f.dealId(), f.prospectName(), f.dealTitle(), f.email(),
                            f.agreedCheckIn(), f.checkInSlips()))
                    .toList();
            String ics = Calendar.ics(upcoming, core.clock().instant());
            if (out == null) {
                root.out().print(ics);
                root.out().flush();
            } else {
                app.candor.store.SafeFiles.writeString(out, ics);
                root.err().println(upcoming.size() + " check-ins written to " + out.toAbsolutePath());
                root.err().flush();
            }
        }
        return 0;
    }
}
