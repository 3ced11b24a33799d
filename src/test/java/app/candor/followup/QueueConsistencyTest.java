package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Assembly;
import app.candor.app.Stores;
import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.RuleId;
import app.candor.rules.FollowUpQueue;
import app.candor.sample.DemoData;
import app.candor.sample.SyntheticData;
import app.candor.store.TestClock;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The capped queue is ranked from stored alert schedules; it must be exactly the first entries of the queue
 * that judges every deal in full, on any day, after any change.
 */
class QueueConsistencyTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void rankedQueueIsThePrefixOfTheFullQueueOnSyntheticDataOnManyDays(long seed) {
        try (Assembly core = Wiring.assemble(dir.resolve("s" + seed + ".db"), dir, clock, Locale.UK)) {
            new SyntheticData(clock).generate(core.bulk(), 1500, 12000, seed);
            LocalDate today = LocalDate.parse("2026-11-23");
            for (int offset : new int[] {-30, 0, 1, 5, 13, 40, 200}) {
                assertSamePrefix(core, today.plusDays(offset));
            }
        }
    }

    @ParameterizedTest(name = "on a {0}")
    @EnumSource(Stores.class)
    void rankedQueueMatchesOnDemoDataAndAfterEveryKindOfChange(Stores store) {
        try (Assembly core = store.assemble(dir, clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            LocalDate today = LocalDate.parse("2026-11-23");
            assertSamePrefix(core, today);
            FollowUpQueue before = core.followUps().queue(today);
            FollowUpQueue.Entry top = before.visible().get(0);
            long prospect = top.subject().prospectId();

            core.followUps().log(Interaction.log(prospect, top.subject().dealId(), InteractionKind.CALL,
                    Direction.TWO_WAY, clock.instant(), "Talked it through", Outcome.REPLIED), today);
            assertSamePrefix(core, today);
            assertThat(core.followUps().queue(today).entries()).noneSatisfy(e -> {
                assertThat(e.subject().subjectKey()).isEqualTo(top.subject().subjectKey());
                assertThat(e.primary().rule()).isEqualTo(top.primary().rule());
            });

            long dealId = core.followUps().queue(today).visible().get(0).subject().dealId();
            core.deals().agreeCheckIn(dealId, today.plusDays(3), clock.instant());
            assertSamePrefix(core, today);
            core.deals().snooze(new app.candor.domain.Snooze(core.deals().find(dealId).orElseThrow().prospectId(),
                    dealId, today.plusDays(2), "Away this week", clock.instant()));
            assertSamePrefix(core, today);
            assertSamePrefix(core, today.plusDays(2));
            core.prospects().setArchived(prospect, true);
            assertSamePrefix(core, today);
        }
    }

    @Test
    void changedRulesRecomputeTheStoredSchedules() throws Exception {
        Path db = dir.resolve("demo.db");
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            assertThat(core.followUps().queue(LocalDate.parse("2026-11-23")).allAlerts())
                    .anySatisfy(a -> assertThat(a.rule()).isEqualTo(RuleId.LOST_ASK_FEEDBACK));
        }
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": {\"lost-ask-feedback\": {\"enabled\": false},"
                + " \"checkin-slipped\": {\"severity\": \"high\"}}}");
        try (Assembly core = Wiring.assemble(db, dir, clock, Locale.UK)) {
            LocalDate today = LocalDate.parse("2026-11-23");
            assertThat(core.followUps().queue(today).allAlerts()).noneSatisfy(a ->
                    assertThat(a.rule()).isEqualTo(RuleId.LOST_ASK_FEEDBACK));
            assertSamePrefix(core, today);
        }
    }

    @Test
    void aDatabaseFromSchemaVersionOneGetsItsSchedulesWhenOpened() throws Exception {
        Path copy = dir.resolve("v1.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema-v1.db")) {
            Files.copy(in, copy);
        }
        try (Assembly core = Wiring.assemble(copy, dir, clock, Locale.UK)) {
            LocalDate today = LocalDate.parse("2026-11-23");
            assertThat(core.followUps().queue(today).total()).isPositive();
            assertSamePrefix(core, today);
        }
    }

    @Test
    void loggingAResponseTodayClearsNoResponseForThatDeal() {
        try (Assembly core = Wiring.assemble(dir.resolve("demo.db"), dir, clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            LocalDate today = LocalDate.parse("2026-11-23");
            FollowUpFacts silent = core.followUps().fullQueue(today).entries().stream()
                    .flatMap(e -> e.alerts().stream()).filter(a -> a.rule() == RuleId.NO_RESPONSE)
                    .map(a -> a.subject()).findFirst().orElseThrow();
            core.followUps().log(Interaction.log(silent.prospectId(), silent.dealId(),
                    InteractionKind.EMAIL, Direction.INBOUND, clock.instant(), "They wrote back", Outcome.REPLIED), today);
            assertThat(core.followUps().alertsFor(silent.prospectId(), today)).filteredOn(a -> java.util.Objects.equals(a.subject().dealId(), silent.dealId()))
                    .noneSatisfy(a -> assertThat(a.rule()).isEqualTo(RuleId.NO_RESPONSE));
        }
    }

    @Test
    void afterALoggedCallOnlyThatProspectIsJudgedAgainAndTheQueueIsAsIfReadWhole() {
        try (Assembly core = Wiring.assemble(dir.resolve("demo.db"), dir, clock, Locale.UK)) {
            new DemoData(core.database(), core.prospects(), core.deals(), core.interactions(), core.settings(), clock).fill();
            LocalDate today = LocalDate.parse("2026-11-23");
            FollowUpQueue before = core.followUps().queue(today);
            FollowUpQueue.Entry called = before.entries().get(0);
            FollowUpQueue.Entry untouched = before.entries().stream()
                    .filter(e -> e.subject().prospectId() != called.subject().prospectId()).findFirst().orElseThrow();
            core.followUps().log(Interaction.log(called.subject().prospectId(), called.subject().dealId(),
                    InteractionKind.CALL, Direction.TWO_WAY, clock.instant(), "Talked it through", Outcome.REPLIED),
                    today);
            FollowUpQueue after = core.followUps().queue(today, before,
                    java.util.Set.of(called.subject().prospectId()));
            assertThat(after.entries()).isEqualTo(core.followUps().queue(today).entries());
            assertThat(after.total()).isEqualTo(core.followUps().queue(today).total());
            FollowUpQueue.Entry kept = after.entries().stream()
                    .filter(e -> e.subject().subjectKey().equals(untouched.subject().subjectKey())).findFirst()
                    .orElseThrow();
            assertThat(kept.primary()).as("not judged again").isSameAs(untouched.primary());
            assertThat(after.entries()).noneSatisfy(e -> assertThat(e.primary()).isSameAs(called.primary()));
        }
    }

    private static void assertSamePrefix(Assembly core, LocalDate day) {
        FollowUpQueue full = core.followUps().fullQueue(day);
        FollowUpQueue ranked = core.followUps().queue(day);
        assertThat(ranked.total()).as("total on %s", day).isEqualTo(full.total());
        assertThat(ranked.entries()).as("entries on %s", day).isEqualTo(full.visible());
    }
}
