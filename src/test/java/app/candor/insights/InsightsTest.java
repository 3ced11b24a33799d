package app.candor.insights;

import app.candor.domain.history.LostDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.candor.app.Stores;
import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.app.Assembly;
import app.candor.insights.Figures.Count;
import app.candor.insights.Figures.DisciplineWeek;
import app.candor.insights.Figures.LossLessons;
import app.candor.insights.Figures.ReplyRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each figure against a database built by hand, step by step on a moving clock, with the right answer worked out
 * here from the story rather than from the code under test.
 */
@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class InsightsTest {

    @Parameter
    Stores store;

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String SUMMARIZE = "summarize-what-changed";
    private static final String SAY_NO = "ok-to-say-no";

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(at(day(1), 9));

    @Test
    void replyRatesCountRepliesWithinFourteenDaysPerScriptAndChannel() {
        try (Assembly core = open()) {
            // Six prospects get the same email script on 2 November at 10:00.
            long[] p = new long[6];
            for (int i = 0; i < p.length; i++) {
                p[i] = prospect(core, "Prospect " + i);
            }
            log(core, p[4], null, InteractionKind.EMAIL, Direction.INBOUND, at(day(1), 10), null);     // before: no
            for (long id : p) {
                log(core, id, null, InteractionKind.EMAIL, Direction.OUTBOUND, at(day(2), 10), SUMMARIZE);
            }
            log(core, p[0], null, InteractionKind.EMAIL, Direction.INBOUND, at(day(3), 10), null);     // 1 day
            log(core, p[1], null, InteractionKind.CALL, Direction.TWO_WAY, at(day(5), 10), null);      // 3 days
            log(core, p[2], null, InteractionKind.EMAIL, Direction.INBOUND, at(day(20), 10), null);    // 18: too late
            log(core, p[3], null, InteractionKind.NOTE, Direction.TWO_WAY, at(day(4), 10), null);      // a note: no
            // p[5] never answers.
            // The same script by phone once, answered two days later; another script once, unanswered.
            log(core, p[0], null, InteractionKind.CALL, Direction.OUTBOUND, at(day(10), 10), SUMMARIZE);
            log(core, p[0], null, InteractionKind.CALL, Direction.TWO_WAY, at(day(12), 10), null);
            log(core, p[5], null, InteractionKind.EMAIL, Direction.OUTBOUND, at(day(16), 10), SAY_NO);
            // Outside the range: sent on 30 October.
            log(core, p[5], null, InteractionKind.EMAIL, Direction.OUTBOUND, at(LocalDate.of(2026, 10, 30), 10),
                    SAY_NO);

            List<ReplyRate> rates = core.insights().replyRates(new ReportRange(day(1), day(22))).scripts();

            String summarizeTitle = core.scripts().find(SUMMARIZE).orElseThrow().title();
            String sayNoTitle = core.scripts().find(SAY_NO).orElseThrow().title();
            // Email: 6 sent, replies from p0 (1 day) and p1 (3 days): 2/6, median of {1, 3} = 2 days.
            assertThat(rates.get(0)).isEqualTo(new ReplyRate(SUMMARIZE, summarizeTitle, "email", 6, 2, 0.333, 2.0,
                    true));
            // One send each is too few to show a rate; the median of the one reply is still its days.
            assertThat(rates.subList(1, 3)).containsExactlyInAnyOrder(
                    new ReplyRate(SUMMARIZE, summarizeTitle, "phone", 1, 1, null, 2.0, false),
                    new ReplyRate(SAY_NO, sayNoTitle, "email", 1, 0, null, null, false));
            assertThat(rates).hasSize(3);

            String text = ReportTables.of(core.insights().replyRates(new ReportRange(day(1), day(22)))).get(0).text();
            assertThat(text).contains("33%").contains("too few to say");
        }
    }

    @Test
    void lossLessonsKeepTheirWordsWhatWasHeardAfterAndWhereTheDealWasLost() {
        try (Assembly core = open()) {
            long ana = prospect(core, "Ana");
            long ben = prospect(core, "Ben");
            long cy = prospect(core, "Cy");
            Deal d1 = core.deals().add(deal(ana, "Rollout", Stage.MEETING));
            Deal d2 = core.deals().add(deal(ben, "Licences", Stage.LEAD));
            Deal d3 = core.deals().add(deal(cy, "Old one", Stage.QUALIFIED));
            Deal won = core.deals().add(deal(cy, "Won one", Stage.PROPOSAL));

            clock.set(at(LocalDate.of(2026, 10, 20), 9));
            core.deals().close(d3.id(), false, LocalDate.of(2026, 10, 20), "Before the range");
            clock.set(at(day(3), 9));
            core.deals().update(d1.withStage(Stage.PROPOSAL));
            clock.set(at(day(4), 9));
            core.deals().agreeCheckIn(d1.id(), day(8), clock.instant());
            clock.set(at(day(10), 9));
            core.deals().close(d1.id(), false, day(10), "Budget moved to next year");
            log(core, ana, d1.id(), InteractionKind.EMAIL, Direction.INBOUND, at(day(12), 10),
                    "Your price was fine; timing was the issue.");
            clock.set(at(day(14), 9));
            log(core, ben, d2.id(), InteractionKind.CALL, Direction.TWO_WAY, at(day(14), 10), "Still thinking.");
            clock.set(at(day(15), 9));
            core.deals().close(d2.id(), false, day(15), "We are not ready for this");
            core.deals().close(won.id(), true, day(15), "It fits");
            // Logged on Ben in general, as the quick log does once the deal is closed.
            log(core, ben, null, InteractionKind.EMAIL, Direction.INBOUND, at(day(17), 10),
                    "We will look again next spring.");

            LossLessons lessons = core.insights().lossLessons(new ReportRange(day(1), day(22)));

            // Newest loss first; the old loss (20 October) and the won deal stay out.
            assertThat(lessons.lost()).isEqualTo(2);
            assertThat(lessons.deals()).extracting(LostDeal::title, LostDeal::reason, LostDeal::lostFrom,
                    LostDeal::checkInAgreed).containsExactly(
                    tuple("Licences", "We are not ready for this", Stage.LEAD, false),
                    tuple("Rollout", "Budget moved to next year", Stage.PROPOSAL, true));
            // Ben's call came before the loss; his later email (on no deal) and Ana's email are their feedback.
            assertThat(lessons.deals().get(0).heardAfter()).extracting(h -> h.summary())
                    .containsExactly("We will look again next spring.");
            assertThat(lessons.deals().get(1).heardAfter()).singleElement()
                    .satisfies(h -> assertThat(h.summary()).isEqualTo("Your price was fine; timing was the issue."));
            assertThat(lessons.byStageLostAt()).containsExactly(new Count("lead", 1), new Count("qualified", 0),
                    new Count("meeting", 0), new Count("proposal", 1), new Count("negotiation", 0));
            assertThat(lessons.byCheckIn()).containsExactly(new Count("check-in agreed", 1),
                    new Count("no check-in agreed", 1));
        }
    }

    @Test
    void disciplineCountsFollowUpsAlertsAndCheckInsPerWeek() throws IOException {
        // Only "check-in overdue" is on, so the alerts of this story are exactly the passed check-ins.
        Files.writeString(dir.resolve(Wiring.RULES_FILE), onlyCheckInOverdue());
        try (Assembly core = open()) {
            long[] q = new long[4];
            Deal[] e = new Deal[4];
            for (int i = 0; i < 4; i++) {
                q[i] = prospect(core, "Q" + i);
                e[i] = core.deals().add(deal(q[i], "Deal " + i, Stage.MEETING));
            }
            clock.set(at(day(1), 9));
            core.deals().agreeCheckIn(e[0].id(), day(3), clock.instant());     // alert from 4 Nov
            core.deals().agreeCheckIn(e[1].id(), day(10), clock.instant());
            core.deals().agreeCheckIn(e[3].id(), day(4), clock.instant());     // alert from 5 Nov
            clock.set(at(day(2), 9));
            core.deals().agreeCheckIn(e[2].id(), day(11), clock.instant());

            clock.set(at(day(6), 10));                                          // E0 answered after 2 days
            log(core, q[0], e[0].id(), InteractionKind.CALL, Direction.TWO_WAY, clock.instant(), null);
            clock.set(at(day(9), 10));                                          // E2 moved later: a slip
            core.deals().agreeCheckIn(e[2].id(), day(18), clock.instant());
            clock.set(at(day(10), 10));                                         // E1 kept on the day
            log(core, q[1], e[1].id(), InteractionKind.CALL, Direction.TWO_WAY, clock.instant(), null);
            clock.set(at(day(12), 10));                                         // E3 snoozed, never answered
            core.deals().snooze(new Snooze(q[3], e[3].id(), day(30), "Away until the end of the month",
                    clock.instant()));
            clock.set(at(day(13), 10));                                         // too early for E2's 18 Nov
            log(core, q[2], e[2].id(), InteractionKind.EMAIL, Direction.OUTBOUND, clock.instant(), null);
            clock.set(at(day(18), 11));                                         // not ours: not follow-ups
            log(core, q[1], e[1].id(), InteractionKind.EMAIL, Direction.INBOUND, clock.instant(), null);
            log(core, q[1], e[1].id(), InteractionKind.NOTE, Direction.TWO_WAY, clock.instant(), null);
            clock.set(at(day(23), 9));                                          // E2's alert, from 19 Nov, is open

            List<DisciplineWeek> weeks = core.insights().discipline(new ReportRange(day(2), day(22))).weeks();

            assertThat(weeks).containsExactly(
                    // Week of 2 Nov: the E0 call; E0 (4th) and E3 (5th) raised, E0 answered in 2 days;
                    // E0's 3rd passed with no touch within two days, E3's 4th too.
                    new DisciplineWeek(day(2), 1, 2, 1, 2.0, 0, 0, 2),
                    // Week of 9 Nov: the E1 call and the E2 email; E1 kept, E2's 11th slipped.
                    new DisciplineWeek(day(9), 2, 0, 0, null, 1, 1, 0),
                    // Week of 16 Nov: E2's alert raised on the 19th; its 18th missed.
                    new DisciplineWeek(day(16), 0, 1, 0, null, 0, 0, 1));
        }
    }

    @Test
    void aCheckInIsKeptByATouchLoggedLaterAndMissedAgainWhenThatTouchIsDeleted() throws IOException {
        Files.writeString(dir.resolve(Wiring.RULES_FILE), onlyCheckInOverdue());
        try (Assembly core = open()) {
            long q = prospect(core, "Quinn");
            Deal deal = core.deals().add(deal(q, "Q deal", Stage.MEETING));
            clock.set(at(day(2), 9));
            core.deals().agreeCheckIn(deal.id(), day(5), clock.instant());
            clock.set(at(day(23), 9));
            ReportRange range = new ReportRange(day(2), day(8));
            assertThat(core.insights().discipline(range).weeks().get(0).checkInsMissed()).isEqualTo(1);

            // Logged three weeks late, the call on the 6th still keeps the check-in of the 5th.
            Interaction call = core.interactions().log(Interaction.log(q, deal.id(), InteractionKind.CALL,
                    Direction.TWO_WAY, at(day(6), 15), "Talked it through", null));
            DisciplineWeek kept = core.insights().discipline(range).weeks().get(0);
            assertThat(kept.checkInsKept()).isEqualTo(1);
            assertThat(kept.checkInsMissed()).isZero();

            core.interactions().delete(call.id());
            assertThat(core.insights().discipline(range).weeks().get(0).checkInsMissed()).isEqualTo(1);
        }
    }

    @Test
    void theFatesKeptOnWriteEqualTheFatesWorkedOutAfreshOnSyntheticHistory() {
        ReportRange year = new ReportRange(day(23).minusYears(1).plusDays(1), day(23));
        clock.set(at(day(23), 9));
        List<DisciplineWeek> kept;
        try (Assembly core = open()) {
            new app.candor.sample.SyntheticData(clock).generate(core.bulk(), 200, 20_000, 11);
            kept = core.insights().discipline(year).weeks();
            // Opening again after the schedules' version changed recomputes every derived column from scratch.
            core.settings().put("alert_schedule_version", "stale");
        }
        try (Assembly core = open()) {
            assertThat(core.insights().discipline(year).weeks()).isEqualTo(kept);
        }
        assertThat(kept.stream().mapToInt(DisciplineWeek::checkInsKept).sum()).isPositive();
        assertThat(kept.stream().mapToInt(DisciplineWeek::checkInsSlipped).sum()).isPositive();
        assertThat(kept.stream().mapToInt(DisciplineWeek::checkInsMissed).sum()).isPositive();
    }

    @Test
    void pipelineShowsOpenValuePerStageAndTheDealsThatMovedThisMonth() {
        try (Assembly core = open()) {
            long ana = prospect(core, "Ana");
            Deal a = core.deals().add(deal(ana, "A", Stage.LEAD));
            Deal b = core.deals().add(deal(ana, "B", Stage.LEAD));
            core.deals().add(deal(ana, "C", Stage.PROPOSAL));
            clock.set(at(LocalDate.of(2026, 10, 28), 9));
            core.deals().update(b.withStage(Stage.QUALIFIED));                  // last month: not counted
            clock.set(at(day(5), 9));
            core.deals().update(a.withStage(Stage.QUALIFIED));
            clock.set(at(day(6), 9));
            core.deals().update(a.withStage(Stage.QUALIFIED).withStage(Stage.MEETING));
            clock.set(at(day(23), 9));

            Figures.Pipeline pipeline = core.insights().pipeline(ReportRange.monthTo(day(23)));

            assertThat(pipeline.range()).isEqualTo(new ReportRange(day(1), day(23)));
            assertThat(pipeline.dealsMoved()).isEqualTo(1);
            assertThat(pipeline.newestMoves()).extracting(m -> m.previous() + ">" + m.stage() + " on " + m.on())
                    .containsExactly("QUALIFIED>MEETING on 2026-11-06", "LEAD>QUALIFIED on 2026-11-05");
            assertThat(pipeline.movesInto()).filteredOn(c -> c.deals() > 0)
                    .containsExactly(new Count("qualified", 1), new Count("meeting", 1));
            // 1,000.00 GBP each: qualified (B), meeting (A), proposal (C).
            assertThat(pipeline.openByStage()).extracting(t -> t.stage() + " " + t.deals() + " " + t.valueMinor())
                    .containsExactlyInAnyOrder("QUALIFIED 1 100000", "MEETING 1 100000", "PROPOSAL 1 100000");
        }
    }

    private Assembly open() {
        return store.assemble(dir, clock, Locale.UK);
    }

    private static String onlyCheckInOverdue() {
        StringBuilder rules = new StringBuilder("{ \"rules\": {");
        String[] off = {"no-response", "checkin-slipped", "quiet-after-promise", "proposal-without-meeting",
            "unanswered-attempts", "no-next-step", "unknown-decision-maker", "lost-ask-feedback"};
        for (String id : off) {
            rules.append('"').append(id).append("\": { \"enabled\": false },");
        }
        return rules.append("\"checkin-overdue\": { \"enabled\": true } } }").toString();
    }

    private long prospect(Assembly core, String name) {
        return core.prospects().add(Prospect.create(name, "", "", "", "", "", at(LocalDate.of(2026, 10, 25), 9)))
                .id();
    }

    private static Deal deal(long prospectId, String title, Stage stage) {
        return Deal.open(prospectId, title, new Money(100_000, "GBP"), stage, LocalDate.of(2026, 10, 25),
                WhoseMove.THEIRS).withNextStep("They decide", true);
    }

    private static void log(Assembly core, long prospectId, Long dealId, InteractionKind kind, Direction direction,
                            Instant at, String scriptIdOrSummary) {
        boolean script = scriptIdOrSummary != null && !scriptIdOrSummary.contains(" ");
        Interaction i = Interaction.log(prospectId, dealId, kind, direction, at,
                script || scriptIdOrSummary == null ? "" : scriptIdOrSummary, null);
        core.interactions().log(script ? i.withScript(scriptIdOrSummary) : i);
    }

    private static LocalDate day(int november) {
        return LocalDate.of(2026, 11, november);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
    }

    /** A clock the story moves forward, as days pass between the user's actions. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
