package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Assembly;
import app.candor.app.Stores;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.rules.FollowUpQueue;
import app.candor.sample.DemoData;
import app.candor.sample.SyntheticData;
import app.candor.store.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules do not know which store they run on: the same facts give the same alerts, in the same order, from a
 * personal file and from a team's server, on any day and after changes.
 */
class BothStoresTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    final LocalDate today = LocalDate.parse("2026-11-23");

    @Test
    void theDemoPipelineGivesTheSameAlertsOnBothStores() throws Exception {
        try (Assembly file = Stores.FILE.assemble(Files.createDirectory(dir.resolve("file")), clock, Locale.UK);
             Assembly server = Stores.TEAM_SERVER.assemble(Files.createDirectory(dir.resolve("server")), clock,
                     Locale.UK)) {
            for (Assembly core : List.of(file, server)) {
                new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(),
                        clock).fill();
            }
            assertSameQueues(file, server);
            assertThat(file.followUps().queue(today).entries()).hasSizeGreaterThan(5);

            for (Assembly core : List.of(file, server)) {
                FollowUpQueue.Entry top = core.followUps().queue(today).visible().get(0);
                core.followUps().log(Interaction.log(top.subject().prospectId(), top.subject().dealId(),
                        InteractionKind.CALL, Direction.TWO_WAY, clock.instant(), "Talked it through", Outcome.REPLIED),
                        today);
                long deal = core.followUps().queue(today).visible().get(0).subject().dealId();
                core.deals().agreeCheckIn(deal, today.plusDays(3), clock.instant());
            }
            assertSameQueues(file, server);
        }
    }

    @Test
    void syntheticPipelinesGiveTheSameAlertsOnBothStores() throws Exception {
        try (Assembly file = Stores.FILE.assemble(Files.createDirectory(dir.resolve("file")), clock, Locale.UK);
             Assembly server = Stores.TEAM_SERVER.assemble(Files.createDirectory(dir.resolve("server")), clock,
                     Locale.UK)) {
            for (Assembly core : List.of(file, server)) {
                new SyntheticData(clock).generate(core.bulk(), 400, 3000, 7);
            }
            assertSameQueues(file, server);
        }
    }

    private void assertSameQueues(Assembly file, Assembly server) {
        for (int offset : new int[] {-30, 0, 1, 5, 13, 40, 200}) {
            LocalDate day = today.plusDays(offset);
            assertThat(server.followUps().queue(day).entries()).as("on %s", day)
                    .isEqualTo(file.followUps().queue(day).entries());
        }
    }
}
