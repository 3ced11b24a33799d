package app.candor.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Fixed clocks for tests. */
public final class TestClock {
    private TestClock() {
    }

    public static Clock at(LocalDate date, ZoneId zone) {
        return Clock.fixed(date.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
    }

    public static Clock at(String date) {
        return at(LocalDate.parse(date), ZoneId.of("Europe/London"));
    }
}
