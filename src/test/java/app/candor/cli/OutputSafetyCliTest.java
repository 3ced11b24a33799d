package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.app.Assembly;
import app.candor.store.TestClock;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Candor writes out (calendar files, CSV, terminal text) is read safely by the program that reads it next. */
class OutputSafetyCliTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    CliRunner cli() {
        return new CliRunner(dir, clock);
    }

    /** A database holding one prospect with a deal whose check-in is agreed. */
    Path withProspect(String name, String phone, String notes, LocalDate checkIn) {
        Path db = dir.resolve("candor.db");
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            Prospect p = core.prospects().add(Prospect.create(name, "", "", "eve@example.com", phone, notes,
                    clock.instant()));
            Deal d = core.deals().add(new Deal(0, p.id(), "Pilot", Money.parse("100", "EUR"), Stage.PROPOSAL,
                    LocalDate.parse("2026-11-01"), null, WhoseMove.OURS, null, 0, "", false, ""));
            core.deals().agreeCheckIn(d.id(), checkIn, clock.instant());
        }
        return db;
    }

    @Test
    void aNameWithLineBreaksOfEveryKindCannotForgeACalendarEvent() throws Exception {
        for (String br : new String[] {"\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b"}) {
            Files.deleteIfExists(dir.resolve("candor.db"));
            String hostile = "Eve" + br + "END:VEVENT" + br + "BEGIN:VEVENT" + br + "UID:forged@evil" + br
                    + "URL:https://evil.example" + br + "SUMMARY:Wire the money";
            Path db = withProspect(hostile, "", "", LocalDate.parse("2026-12-01"));
            CliRunner.Result r = cli().run("--db", db.toString(), "calendar");
            assertThat(r.exitCode()).as(r.err()).isZero();
            net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(r.out()));
            List<VEvent> events = parsed.getComponents("VEVENT");
            assertThat(events).as("line break U+%04X", (int) br.charAt(0)).hasSize(1);
            assertThat(events.get(0).getUid().orElseThrow().getValue()).startsWith("deal-");
            assertThat(r.out()).doesNotContain("\nURL:").doesNotContain("\rURL:");
            Files.delete(db);
        }
    }

    @Test
    void aCheckInAtTheEndOfTimeInAnOlderFileDoesNotStopTheCalendar() throws Exception {
        Path db = withProspect("Ada", "", "", LocalDate.parse("2026-12-01"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO prospects (name, email, created_at) VALUES ('Late', 'late@example.com', 0)");
            s.executeUpdate("INSERT INTO deals (prospect_id, title, value_minor, currency, stage, opened_on, whose_move,"
                    + " agreed_checkin) SELECT id, 'Forever', 0, 'EUR', 'lead', '2026-11-01', 'ours', '9999-12-31'"
                    + " FROM prospects WHERE name = 'Late'");
        }
        CliRunner.Result r = cli().run("--db", db.toString(), "calendar");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(r.out())).getComponents("VEVENT");
        assertThat(events).hasSize(1);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedAndPhoneNumbersStayReadable() throws Exception {
        Path db = withProspect("=HYPERLINK(\"https://evil.example\",\"Click\")", "+44 20 7946 0958",
                "@SUM(1+1)*cmd|' /C calc'!A0", LocalDate.parse("2026-12-01"));
        CliRunner.Result r = cli().run("--db", db.toString(), "export", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"'=HYPERLINK(").contains(",\"+44 20 7946 0958\",").contains("'@SUM(1+1)");
        assertThat(r.out().lines().skip(1)).noneMatch(l -> l.startsWith("=") || l.contains(",=") || l.contains(",@"));
        Path exported = Files.writeString(dir.resolve("out.csv"), r.out());
        Path other = dir.resolve("other.db");
        assertThat(cli().run("--db", other.toString(), "import", exported.toString()).exitCode()).isZero();
        try (Assembly core = Wiring.assemble(other, dir, clock, Locale.UK)) {
            Prospect back = core.prospects().findByEmail("eve@example.com").orElseThrow();
            assertThat(back.name()).isEqualTo("=HYPERLINK(\"https://evil.example\",\"Click\")");
            assertThat(back.notes()).isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(back.phone()).isEqualTo("+44 20 7946 0958");
        }
        CliRunner.Result report = cli().run("--db", db.toString(), "report", "pipeline", "--format", "csv");
        assertThat(report.out().lines()).noneMatch(l -> l.startsWith("=") || l.startsWith("@") || l.contains(",="));
    }

    @Test
    void terminalEscapeSequencesInNamesArePrintedVisibly() {
        String hostile = "Eve\u001b[2J\u001b]0;owned\u0007\r\u009b31m";
        Path db = withProspect(hostile, "", "", LocalDate.parse("2026-11-20"));
        CliRunner.Result alerts = cli().run("--db", db.toString(), "alerts", "--all");
        assertThat(alerts.exitCode()).as(alerts.err()).isZero();
        assertThat(alerts.out()).contains("Eve\\x1B[2J\\x1B]0;owned\\x07\\x0D\\x9B31m");
        assertThat(alerts.out().chars()).noneMatch(c -> c == 0x1b || c == 0x07 || c == '\r' || c == 0x9b);
    }
}
