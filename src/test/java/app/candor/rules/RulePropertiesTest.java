package app.candor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Alert;
import app.candor.domain.ContactFacts;
import app.candor.domain.Direction;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RulePropertiesTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    final RuleEngine engine = new RuleEngine(new RuleSetLoader().defaults(),
            Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE), ZONE, java.util.Locale.UK);

    record Deal(Stage stage, WhoseMove move, int openedDaysAgo, Integer checkInOffset, int slips, boolean dmKnown,
                List<Interaction> timeline) {

        FollowUpFacts facts(List<Interaction> history, LocalDate snoozedUntil) {
            return facts(7L, history, snoozedUntil);
        }

        FollowUpFacts facts(long dealId, List<Interaction> history, LocalDate snoozedUntil) {
            return new FollowUpFacts(1, "Ada", "ada@example.com", "Engines", dealId, "Pilot", stage,
                    TODAY.minusDays(openedDaysAgo), stage.isOpen() ? null : TODAY.minusDays(openedDaysAgo / 2), move,
                    checkInOffset == null ? null : TODAY.plusDays(checkInOffset), slips, dmKnown, snoozedUntil,
                    ContactFacts.of(history), app.candor.domain.Money.zero("EUR"));
        }
    }

    @Provide
    Arbitrary<Deal> deals() {
        Arbitrary<Interaction> interaction = Combinators.combine(
                Arbitraries.of(InteractionKind.class), Arbitraries.of(Direction.class),
                Arbitraries.integers().between(1, 400), Arbitraries.of(Outcome.class).injectNull(0.4),
                Arbitraries.integers().between(0, 86_399))
                .as((kind, direction, daysAgo, outcome, second) -> Interaction.log(1, 7L, kind, direction,
                        TODAY.minusDays(daysAgo).atStartOfDay(ZONE).toInstant().plusSeconds(second), "", outcome));
        return Combinators.combine(Arbitraries.of(Stage.class), Arbitraries.of(WhoseMove.class),
                Arbitraries.integers().between(0, 500), Arbitraries.integers().between(-30, 30).injectNull(0.3),
                Arbitraries.integers().between(0, 4), Arbitraries.of(true, false),
                interaction.list().ofMaxSize(12)).as(Deal::new);
    }

    @Property
    void loggingAResponseTodayNeverLeavesANoResponseAlert(@ForAll("deals") Deal deal,
                                                          @ForAll Direction direction,
                                                          @ForAll InteractionKind kind) {
        if (direction == Direction.OUTBOUND) {
            direction = Direction.INBOUND;
        }
        List<Interaction> history = new ArrayList<>(deal.timeline());
        Instant now = TODAY.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        history.add(Interaction.log(1, 7L, kind, direction, now, "They answered", Outcome.REPLIED));
        List<Alert> alerts = engine.evaluate(deal.facts(history, null), TODAY);
        assertThat(alerts).extracting(Alert::rule).doesNotContain(RuleId.NO_RESPONSE);
    }

    @Property
    void snoozingNeverAddsAlerts(@ForAll("deals") Deal deal, @ForAll("offsets") int snoozeOffset) {
        List<Alert> plain = engine.evaluate(deal.facts(deal.timeline(), null), TODAY);
        List<Alert> snoozed = engine.evaluate(deal.facts(deal.timeline(), TODAY.plusDays(snoozeOffset)), TODAY);
        assertThat(plain.stream().map(Alert::rule).toList())
                .containsAll(snoozed.stream().map(Alert::rule).toList());
    }

    @Property
    void evaluationIsDeterministicForAFixedClock(@ForAll("deals") Deal deal, @ForAll("deals") Deal other) {
        List<FollowUpFacts> facts = List.of(deal.facts(7L, deal.timeline(), null),
                other.facts(8L, other.timeline(), null));
        FollowUpQueue first = FollowUpQueue.of(engine.evaluateAll(facts, TODAY), 15, 90);
        List<FollowUpFacts> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        FollowUpQueue again = FollowUpQueue.of(engine.evaluateAll(reversed, TODAY), 15, 90);
        assertThat(again.allAlerts()).isEqualTo(first.allAlerts());
    }

    @Property(tries = 3000)
    void theStoredScheduleAgreesWithEvaluationOnEveryDay(@ForAll("deals") Deal deal, @ForAll("offsets") int snooze,
                                                          @ForAll("days") int dayOffset, @ForAll boolean customRules) {
        RuleEngine judge = customRules ? CUSTOM : engine;
        FollowUpFacts facts = deal.facts(deal.timeline(), snooze % 3 == 0 ? TODAY.plusDays(snooze) : null);
        LocalDate day = TODAY.plusDays(dayOffset);
        Severity expected = judge.evaluate(facts, day).stream().map(Alert::severity).min(Comparator.naturalOrder())
                .orElse(null);
        assertThat(judge.schedule(facts).strongestOn(day)).as("on %s", day).isEqualTo(expected);
    }

    static final RuleEngine CUSTOM = new RuleEngine(new RuleSetLoader().parse("""
            {"noResponseDays": {"proposal": 3, "lead": 0},
             "rules": {"no-next-step": {"enabled": false}, "checkin-slipped": {"severity": "high", "slips": 1},
                       "no-response": {"severity": "low", "escalatedSeverity": "medium"},
                       "quiet-after-promise": {"businessDays": 1}, "lost-ask-feedback": {"days": 3}}}
            """).rules(), Clock.systemUTC(), ZONE, java.util.Locale.UK);

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(-40, 60);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-10, 10);
    }
}
