package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Assembly;
import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.rules.FollowUpQueue;
import app.candor.store.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue ranks by what is at stake, and long-silent leads wait on the revive list: the store's ranking and the
 * rules' full judgement agree, on a real file.
 */
class QueueRankingTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    final LocalDate today = LocalDate.of(2026, 11, 23);
    Assembly core;

    @BeforeEach
    void open() {
        core = Wiring.assemble(dir.resolve("rank.db"), dir, clock, Locale.UK);
    }

    @AfterEach
    void close() {
        core.close();
    }

    /** A prospect with one open deal whose last reply was {@code silentDays} ago; the deal is our move. */
    private long deal(String name, Stage stage, long euros, int silentDays) {
        Prospect p = core.prospects().add(Prospect.create(name, name + " Ltd", "", name.toLowerCase(Locale.ROOT)
                .replace(' ', '.') + "@example.com", "", "", clock.instant().minusSeconds(86_400L * 2000)));
        Deal d = core.deals().add(Deal.open(p.id(), name + " deal", new Money(euros * 100, "EUR"), stage,
                today.minusDays(2000), WhoseMove.OURS));
        core.interactions().log(Interaction.log(p.id(), d.id(), InteractionKind.CALL, Direction.TWO_WAY,
                today.minusDays(silentDays).atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                "Spoke", null));
        return d.id();
    }

    private List<String> names(List<FollowUpQueue.Entry> entries) {
        return entries.stream().map(e -> e.subject().prospectName()).toList();
    }

    @Test
    void whatIsAtStakeComesFirstAndAncientLeadsWaitOnTheReviveList() {
        // All past their stage's threshold and under twice it: the same severity (medium) for every one.
        deal("Lena Lead", Stage.LEAD, 90_000, 1_092);
        deal("Quinn Qualified", Stage.QUALIFIED, 2_000, 20);
        deal("Paula Proposal Small", Stage.PROPOSAL, 1_000, 9);
        deal("Piet Proposal Big", Stage.PROPOSAL, 80_000, 9);
        deal("Nora Negotiation", Stage.NEGOTIATION, 500, 6);
        deal("Luis Recent Lead", Stage.LEAD, 300, 30);

        FollowUpQueue capped = core.followUps().queue(today);
        FollowUpQueue full = core.followUps().fullQueue(today);

        assertThat(names(capped.entries())).containsExactly("Nora Negotiation", "Piet Proposal Big",
                "Paula Proposal Small", "Quinn Qualified", "Luis Recent Lead");
        assertThat(names(full.entries())).isEqualTo(names(capped.entries()));
        assertThat(capped.reviveTotal()).isEqualTo(1);
        assertThat(names(full.revive())).containsExactly("Lena Lead");
        FollowUpQueue revive = core.followUps().queue(today, null, java.util.Set.of(), null, true);
        assertThat(names(revive.revive())).containsExactly("Lena Lead");
        assertThat(revive.total()).isEqualTo(5);
    }

    @Test
    void anAgreedDateKeepsALeadInTheQueueAndTheStageFilterReadsOneStage() {
        long old = deal("Olga Old Lead", Stage.LEAD, 100, 400);
        deal("Piet Proposal", Stage.PROPOSAL, 100, 9);
        core.deals().agreeCheckIn(old, today.minusDays(3), clock.instant());

        FollowUpQueue queue = core.followUps().queue(today);
        assertThat(names(queue.entries())).contains("Olga Old Lead", "Piet Proposal");
        assertThat(queue.reviveTotal()).isZero();

        FollowUpQueue proposals = core.followUps().queue(today, null, java.util.Set.of(), Stage.PROPOSAL, false);
        assertThat(names(proposals.entries())).containsExactly("Piet Proposal");
        assertThat(proposals.total()).isEqualTo(1);
    }
}
