package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Stores;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.store.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The use cases behind the one door, each one transaction with one meaning wherever it is called from, on a
 * personal file and on a team's server alike.
 */
@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class ServicesTest {

    @Parameter
    Stores store;

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    Services services;
    Prospect ada;
    Deal pilot;

    @BeforeEach
    void open() {
        services = store.openServices(dir, clock, Locale.UK);
        ada = services.prospects().add(Prospect.create("Ada", "Engines", "", "ada@example.com", "", "",
                clock.instant()));
        pilot = services.prospects().addDeal(new Deal(0, ada.id(), "Pilot", Money.parse("1000", "EUR"),
                Stage.PROPOSAL, LocalDate.parse("2026-11-01"), null, WhoseMove.OURS, null, 0, "", false, ""));
    }

    @AfterEach
    void close() {
        services.close();
    }

    Interaction call() {
        return Interaction.log(ada.id(), pilot.id(), InteractionKind.CALL, Direction.TWO_WAY, clock.instant(),
                "Talked it through", null);
    }

    @Test
    void aCallAndTheCheckInAgreedInItAreSavedTogetherOrNotAtAll() {
        services.deals().close(pilot.id(), false, "We chose another supplier");
        assertThatThrownBy(() -> services.followUps().log(call(), LocalDate.parse("2026-12-01"),
                services.followUps().today())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("closed deal");
        assertThat(services.prospects().timeline(ada.id(), 0, 10)).as("a retry cannot log it twice").isEmpty();
    }

    @Test
    void aSaveTriedAgainAfterItsAnswerWasLostLogsTheTouchOnce() {
        LocalDate today = services.followUps().today();
        LocalDate checkIn = LocalDate.parse("2026-12-01");
        services.followUps().log(call(), checkIn, WhoseMove.THEIRS, today);
        FollowUpService.Logged again = services.followUps().logOnce(call(), checkIn, WhoseMove.THEIRS, today);
        assertThat(services.prospects().timeline(ada.id(), 0, 10)).hasSize(1).first()
                .isEqualTo(again.interaction());

        // Another touch (other words, another deal, another moment) is logged, though the rest is the same.
        services.followUps().logOnce(Interaction.log(ada.id(), pilot.id(), InteractionKind.CALL, Direction.TWO_WAY,
                clock.instant(), "Talked it through again", null), null, null, today);
        services.followUps().logOnce(Interaction.log(ada.id(), null, InteractionKind.CALL, Direction.TWO_WAY,
                clock.instant(), "Talked it through", null), null, null, today);
        services.followUps().logOnce(Interaction.log(ada.id(), pilot.id(), InteractionKind.CALL, Direction.TWO_WAY,
                clock.instant().minusSeconds(60), "Talked it through", null), null, null, today);
        assertThat(services.prospects().timeline(ada.id(), 0, 10)).hasSize(4);
        assertThat(services.prospects().openDeals(ada.id()).get(0).agreedCheckIn()).isEqualTo(checkIn);
    }

    @Test
    void closingADealAgainTheSameWayChangesNothingAndAnotherWayIsRefused() {
        Deal lost = services.deals().close(pilot.id(), false, "We chose another supplier");
        // A save tried again after its answer was lost.
        assertThat(services.deals().close(pilot.id(), false, " We chose another supplier ")).isEqualTo(lost);
        assertThatThrownBy(() -> services.deals().close(pilot.id(), false, "Budget went elsewhere"))
                .isInstanceOf(Refused.class).hasMessageContaining("is already lost");
        assertThatThrownBy(() -> services.deals().close(pilot.id(), true, "We chose another supplier"))
                .isInstanceOf(Refused.class).hasMessageContaining("is already lost");
    }

    @Test
    void agreeingACheckInMeansTheSameFromTheQuickLogAndFromToday() {
        assertThatThrownBy(() -> services.followUps().log(call(), LocalDate.parse("2026-11-20"),
                services.followUps().today())).hasMessageContaining("a day still to come");
        assertThat(services.prospects().timeline(ada.id(), 0, 10)).isEmpty();

        services.followUps().log(call(), LocalDate.parse("2026-12-01"), services.followUps().today());
        Deal afterQuickLog = services.deals().find(pilot.id()).orElseThrow();
        assertThat(afterQuickLog.agreedCheckIn()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(afterQuickLog.whoseMove()).as("their move until the agreed day").isEqualTo(WhoseMove.THEIRS);

        assertThatThrownBy(() -> services.deals().agreeCheckIn(pilot.id(), LocalDate.parse("2026-11-22")))
                .hasMessageContaining("a day still to come");
        Deal fromToday = services.deals().agreeCheckIn(pilot.id(), LocalDate.parse("2026-12-03"));
        assertThat(fromToday.whoseMove()).isEqualTo(WhoseMove.THEIRS);
        assertThat(services.deals().problemWithCheckIn(LocalDate.parse("2026-11-22"))).isPresent();
    }

    @Test
    void aClosedDealIsNotMovedAndNoDealIsClosedByMovingIt() {
        assertThatThrownBy(() -> services.deals().moveStage(pilot.id(), Stage.WON))
                .hasMessageContaining("by closing it");
        services.deals().close(pilot.id(), true, "They signed");
        assertThatThrownBy(() -> services.deals().moveStage(pilot.id(), Stage.NEGOTIATION))
                .hasMessageContaining("already won");
    }

    @Test
    void twoPeopleEditingTheSameDealLoseNothingAndTheSecondHearsBothValues() {
        try (Services other = store.openServices(dir, clock, Locale.UK)) {
            java.util.concurrent.atomic.AtomicReference<Deal> mine =
                    new java.util.concurrent.atomic.AtomicReference<>(services.deals().find(pilot.id()).orElseThrow());
            java.util.concurrent.atomic.AtomicReference<Deal> theirs =
                    new java.util.concurrent.atomic.AtomicReference<>(other.deals().find(pilot.id()).orElseThrow());
            other.deals().edit(pilot.id(), new DealChanges().set(DealChanges.Field.VALUE, "1200")
                    .set(DealChanges.Field.NEXT_STEP, "Send the revised quote").basedOn(theirs));

            // The same field to another value: refused with both values, nothing of it saved.
            DealChanges myChanges = new DealChanges().set(DealChanges.Field.VALUE, "1500")
                    .set(DealChanges.Field.DECISION_MAKER_KNOWN, "yes").basedOn(mine);
            assertThatThrownBy(() -> services.deals().edit(pilot.id(), myChanges)).isInstanceOf(Refused.class)
                    .hasMessageContaining("value is now 1200.00 EUR (yours: 1500)")
                    .hasMessageContaining("Nothing of yours was saved");
            Deal now = services.deals().find(pilot.id()).orElseThrow();
            assertThat(now.value()).isEqualTo(Money.parse("1200", "EUR"));
            assertThat(now.decisionMakerKnown()).isFalse();

            // Saved again, knowing: theirs is replaced where the two clash, and kept where they do not.
            services.deals().edit(pilot.id(), myChanges);
            now = services.deals().find(pilot.id()).orElseThrow();
            assertThat(now.value()).isEqualTo(Money.parse("1500", "EUR"));
            assertThat(now.decisionMakerKnown()).isTrue();
            assertThat(now.nextStep()).isEqualTo("Send the revised quote");

            // A field the other side did not touch is merged without a word, whatever else changed.
            other.deals().edit(pilot.id(), new DealChanges().set(DealChanges.Field.TITLE, "Pilot, phase one")
                    .basedOn(theirs));
            now = services.deals().find(pilot.id()).orElseThrow();
            assertThat(now.title()).isEqualTo("Pilot, phase one");
            assertThat(now.value()).isEqualTo(Money.parse("1500", "EUR"));
        }
    }
}
