package app.candor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.ContactFacts;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionColumnsTest {

    @TempDir
    Path dir;
    Database db;
    SqliteProspectRepository prospects;
    SqliteDealRepository deals;
    SqliteInteractionRepository interactions;
    SqliteFollowUpRepository followUps;

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("candor.db"));
        prospects = new SqliteProspectRepository(db, TestStore.derived());
        deals = new SqliteDealRepository(db, TestStore.derived());
        interactions = new SqliteInteractionRepository(db, TestStore.derived());
        followUps = new SqliteFollowUpRepository(db, ZoneId.of("UTC"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void outboundTouchesMoveLastTouchButNotLastResponse() {
        long p = prospect("Ada");
        Deal d = deal(p);
        interactions.log(Interaction.log(p, d.id(), InteractionKind.CALL, Direction.TWO_WAY, T0, "Where we left off", Outcome.REPLIED));
        interactions.log(Interaction.log(p, d.id(), InteractionKind.EMAIL, Direction.OUTBOUND, T0.plusSeconds(86_400), "Nudge", null));
        interactions.log(Interaction.log(p, d.id(), InteractionKind.NOTE, Direction.OUTBOUND, T0.plusSeconds(2 * 86_400), "Thought", null));

        ContactFacts facts = factsOf(d.id());
        assertThat(facts.lastResponseAt()).isEqualTo(T0);
        assertThat(facts.lastTouchAt()).isEqualTo(T0.plusSeconds(86_400));
        assertThat(facts.lastInteractionAt()).isEqualTo(T0.plusSeconds(2 * 86_400));
        assertThat(facts.attemptsSinceResponse()).isEqualTo(1);
        assertThat(facts.lastConversationSummary()).isEqualTo("Where we left off");
    }

    @Test
    void editingAndDeletingAnInteractionRecomputesTheColumns() {
        long p = prospect("Ada");
        Deal d = deal(p);
        Interaction early = interactions.log(Interaction.log(p, d.id(), InteractionKind.CALL, Direction.INBOUND, T0, "", null));
        Interaction late = interactions.log(Interaction.log(p, d.id(), InteractionKind.CALL, Direction.INBOUND,
                T0.plusSeconds(5 * 86_400), "", Outcome.PROMISED_TO_GET_BACK));
        assertThat(factsOf(d.id()).lastResponseAt()).isEqualTo(late.occurredAt());
        assertThat(factsOf(d.id()).lastResponseOutcome()).isEqualTo(Outcome.PROMISED_TO_GET_BACK);

        interactions.update(new Interaction(late.id(), p, d.id(), InteractionKind.CALL, Direction.OUTBOUND,
                late.occurredAt(), "", null, null));
        assertThat(factsOf(d.id()).lastResponseAt()).isEqualTo(early.occurredAt());
        assertThat(factsOf(d.id()).attemptsSinceResponse()).isEqualTo(1);

        interactions.delete(early.id());
        assertThat(factsOf(d.id()).lastResponseAt()).isNull();
        assertThat(factsOf(d.id()).attemptsSinceResponse()).isEqualTo(1);
    }

    @Test
    void generalInteractionWithTheProspectCountsForEveryOpenDeal() {
        long p = prospect("Ada");
        Deal one = deal(p);
        Deal two = deal(p);
        interactions.log(Interaction.log(p, null, InteractionKind.CALL, Direction.INBOUND, T0, "", null));
        interactions.log(Interaction.log(p, one.id(), InteractionKind.CALL, Direction.INBOUND, T0.plusSeconds(60), "", null));
        assertThat(factsOf(one.id()).lastResponseAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(factsOf(two.id()).lastResponseAt()).isEqualTo(T0);
    }

    @Test
    void interactionNamingAnotherProspectsDealIsRefusedAndWritesNothing() {
        long ada = prospect("Ada");
        long bob = prospect("Bob");
        Deal bobs = deal(bob);
        assertThatThrownBy(() -> interactions.log(Interaction.log(ada, bobs.id(), InteractionKind.CALL,
                Direction.INBOUND, T0, "", null))).isInstanceOf(StoreException.class).hasMessageContaining("does not belong");
        assertThat(interactions.timeline(ada, 0, 10)).isEmpty();
    }

    @Test
    void movingTheCheckInLaterCountsSlipsAndKeepsHistory() {
        long p = prospect("Ada");
        Deal d = deal(p);
        deals.agreeCheckIn(d.id(), LocalDate.parse("2026-11-10"), T0);
        deals.agreeCheckIn(d.id(), LocalDate.parse("2026-11-08"), T0);
        deals.agreeCheckIn(d.id(), LocalDate.parse("2026-11-20"), T0);
        Deal after = deals.agreeCheckIn(d.id(), LocalDate.parse("2026-11-27"), T0);
        assertThat(after.checkInSlips()).isEqualTo(2);
        assertThat(after.agreedCheckIn()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(deals.checkInHistory(d.id())).hasSize(4).filteredOn(c -> c.isSlip()).hasSize(2);
    }

    @Test
    void agreeingACheckInCanHandTheMoveToThemInTheSameTransaction() {
        long p = prospect("Ada");
        Deal d = deal(p);
        Deal after = deals.agreeCheckIn(d.id(), LocalDate.parse("2026-11-30"), T0, WhoseMove.THEIRS);
        assertThat(after.whoseMove()).isEqualTo(WhoseMove.THEIRS);
        Deal stored = deals.find(d.id()).orElseThrow();
        assertThat(stored.whoseMove()).isEqualTo(WhoseMove.THEIRS);
        assertThat(stored.agreedCheckIn()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThatThrownBy(() -> deals.agreeCheckIn(9_999, LocalDate.parse("2026-11-30"), T0, WhoseMove.THEIRS))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void snoozeIsStoredWithItsReasonAndReachesTheFacts() {
        long p = prospect("Ada");
        Deal d = deal(p);
        deals.snooze(new Snooze(p, d.id(), LocalDate.parse("2026-12-01"), "On holiday until December", T0));
        assertThat(deals.snoozes(p)).singleElement().extracting(Snooze::reason).isEqualTo("On holiday until December");
        assertThat(followUps.followUpFacts(p)).singleElement().extracting(FollowUpFacts::snoozedUntil)
                .isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void theSameSnoozeSavedAgainIsRecordedOnceAndAnotherIsRecordedToo() {
        long p = prospect("Ada");
        Deal d = deal(p);
        deals.snooze(new Snooze(p, d.id(), LocalDate.parse("2026-12-01"), "On holiday until December", T0));
        // A save tried again after its answer was lost: the same day and reason, a moment later.
        deals.snooze(new Snooze(p, d.id(), LocalDate.parse("2026-12-01"), "On holiday until December",
                T0.plusSeconds(5)));
        assertThat(deals.snoozes(p)).hasSize(1);
        deals.snooze(new Snooze(p, d.id(), LocalDate.parse("2026-12-03"), "On holiday until December", T0));
        deals.snooze(new Snooze(p, null, LocalDate.parse("2026-12-03"), "On holiday until December", T0));
        assertThat(deals.snoozes(p)).hasSize(3);
    }

    @Test
    void followUpFactsHoldOpenDealsRecentLossesAndDeallessProspectsButNotArchivedOnes() {
        long withOpen = prospect("Open");
        deal(withOpen);
        long withLost = prospect("Lost");
        deals.close(deal(withLost).id(), false, LocalDate.parse("2026-11-15"), "Too expensive for us");
        long withOldLoss = prospect("Old loss");
        deals.close(deal(withOldLoss).id(), false, LocalDate.parse("2026-09-01"), "No budget");
        long won = prospect("Won");
        deals.close(deal(won).id(), true, LocalDate.parse("2026-11-15"), "Great fit");
        long dealless = prospect("No deal");
        long archived = prospect("Archived");
        prospects.setArchived(archived, true);

        List<FollowUpFacts> facts = followUps.followUpFacts(LocalDate.parse("2026-11-09"));
        assertThat(facts).extracting(FollowUpFacts::prospectName)
                .containsExactlyInAnyOrder("Open", "Lost", "No deal");
        FollowUpFacts noDeal = facts.stream().filter(f -> f.prospectId() == dealless).findFirst().orElseThrow();
        assertThat(noDeal.dealId()).isNull();
        assertThat(noDeal.stage()).isEqualTo(Stage.LEAD);
        assertThat(noDeal.openedOn()).isEqualTo(LocalDate.parse("2026-11-01"));
    }

    @Test
    void searchFindsByPrefixOfNameCompanyEmailAndNotes() {
        prospects.add(Prospect.create("Priya Raman", "Northwind Analytics", "", "priya@northwind.example", "",
                "Met at the Leeds meetup", T0));
        prospects.add(Prospect.create("Marcus Bell", "Bellweather", "", "m.bell@bellweather.example", "", "", T0));
        assertThat(prospects.search("pri", 10)).extracting(Prospect::name).containsExactly("Priya Raman");
        assertThat(prospects.search("northw", 10)).extracting(Prospect::name).containsExactly("Priya Raman");
        assertThat(prospects.search("leeds", 10)).extracting(Prospect::name).containsExactly("Priya Raman");
        assertThat(prospects.search("bellweather.example", 10)).extracting(Prospect::name).containsExactly("Marcus Bell");
        assertThat(prospects.search("\"; DROP TABLE prospects; --", 10)).isEmpty();
        assertThat(prospects.count()).isEqualTo(2);
    }

    private long prospect(String name) {
        return prospects.add(Prospect.create(name, "", "", name.toLowerCase() + "@example.com", "", "", T0)).id();
    }

    private Deal deal(long prospectId) {
        return deals.add(Deal.open(prospectId, "Deal", new Money(100_00, "EUR"), Stage.PROPOSAL,
                LocalDate.parse("2026-10-01"), WhoseMove.OURS));
    }

    private ContactFacts factsOf(long dealId) {
        long prospectId = deals.find(dealId).orElseThrow().prospectId();
        return followUps.followUpFacts(prospectId).stream().filter(f -> f.dealId() == dealId).findFirst()
                .orElseThrow().contact();
    }
}
