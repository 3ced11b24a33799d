package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.io.CsvImport;
import app.candor.rules.FollowUpQueue;
import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large import joins the queue a few prospects a day, and the queue says how many are still to come. */
class ImportArrivalTest {

    @TempDir
    Path dir;

    private FollowUpQueue queueOn(String day) {
        try (Services services = Wiring.openServices(dir.resolve("book.db"), dir, TestClock.at(day), Locale.UK)) {
            LocalDate today = services.followUps().today();
            FollowUpQueue full = services.followUps().fullQueue(today);
            FollowUpQueue capped = services.followUps().queue(today);
            assertThat(capped.total()).as("the capped queue counts what the full one holds").isEqualTo(full.total());
            assertThat(capped.arriving()).isEqualTo(full.arriving());
            return full;
        }
    }

    @Test
    void sixtyImportedProspectsArriveTwentyFiveADay() throws Exception {
        StringBuilder csv = new StringBuilder("name,email,company\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com,Firm ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("book.csv"), csv);
        try (Services services = Wiring.openServices(dir.resolve("book.db"), dir, TestClock.at("2026-11-23"),
                Locale.UK)) {
            assertThat(services.data().importCsv(file, new CsvImport.Options(false, false, null)).added())
                    .isEqualTo(60);
            assertThat(services.prospects().count()).as("all of them are in the file at once").isEqualTo(60);
        }

        FollowUpQueue first = queueOn("2026-11-23");
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.arriving()).isEqualTo(35);
        assertThat(first.entries()).extracting(e -> e.subject().prospectName()).contains("Person 1", "Person 25")
                .doesNotContain("Person 26");
        FollowUpQueue second = queueOn("2026-11-24");
        assertThat(second.total()).isEqualTo(50);
        assertThat(second.arriving()).isEqualTo(10);
        FollowUpQueue third = queueOn("2026-11-25");
        assertThat(third.total()).isEqualTo(60);
        assertThat(third.arriving()).isZero();
    }
}
