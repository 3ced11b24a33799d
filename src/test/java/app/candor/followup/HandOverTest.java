package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Stores;
import app.candor.app.Wiring;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.TeamRole;
import app.candor.domain.WhoseMove;
import app.candor.store.TestClock;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manager hands a rep's prospect to another rep, through the services every screen and command uses. */
class HandOverTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    String ana;
    String ben;
    String mia;
    Services anas;
    Services bens;
    Services mias;

    @BeforeEach
    void team() {
        ServerAddress db = TestServer.newDatabase();
        ana = TestServer.login("ana");
        ben = TestServer.login("ben");
        mia = TestServer.login("mia");
        try (TeamServer admin = TeamServer.connect(db, null)) {
            admin.init();
            admin.addUser(ana, TeamRole.REP, "ana-secret".toCharArray());
            admin.addUser(ben, TeamRole.REP, "ben-secret".toCharArray());
            admin.addUser(mia, TeamRole.MANAGER, "mia-secret".toCharArray());
        }
        anas = open(db.as(ana), "ana-secret");
        bens = open(db.as(ben), "ben-secret");
        mias = open(db.as(mia), "mia-secret");
    }

    Services open(ServerAddress address, String password) {
        return Wiring.openServerServices(address.toString(), TestServer.env(password), dir, dir, clock, Locale.UK,
                Optional.empty());
    }

    @AfterEach
    void close() {
        anas.close();
        bens.close();
        mias.close();
    }

    @Test
    void aManagerHandsAProspectWithEverythingAboutItToAnotherRep() {
        Prospect dana = anas.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com", "", "",
                clock.instant()));
        Deal pilot = anas.prospects().addDeal(new Deal(0, dana.id(), "Pilot", Money.parse("1000", "EUR"),
                Stage.PROPOSAL, LocalDate.parse("2026-11-01"), null, WhoseMove.OURS, null, 0, "", false, ""));
        anas.followUps().log(Interaction.log(dana.id(), pilot.id(), InteractionKind.CALL, Direction.TWO_WAY,
                clock.instant(), "Talked it through", null), LocalDate.parse("2026-12-01"), anas.followUps().today());

        assertThat(mias.prospects().mayHandOver()).isTrue();
        assertThat(anas.prospects().mayHandOver()).isFalse();
        assertThat(mias.prospects().sellers()).containsExactly(ana, ben, mia);
        assertThat(mias.prospects().owner(dana.id())).contains(ana);
        assertThat(anas.prospects().owner(dana.id())).contains(ana);

        mias.prospects().handOver(dana.id(), ben);

        assertThat(mias.prospects().owner(dana.id())).contains(ben);
        assertThat(anas.prospects().find(dana.id())).as("no longer in ana's pipeline").isEmpty();
        assertThat(anas.followUps().queue(anas.followUps().today()).entries()).isEmpty();
        assertThat(bens.prospects().find(dana.id())).isPresent();
        assertThat(bens.prospects().openDeals(dana.id())).extracting(Deal::title).containsExactly("Pilot");
        assertThat(bens.prospects().timeline(dana.id(), 0, 10)).extracting(Interaction::summary)
                .containsExactly("Talked it through");
        assertThat(bens.prospects().openDeals(dana.id()).get(0).agreedCheckIn()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void aRepAStrangerAndAMissingProspectAreRefusedInWordsAndNothingMoves() {
        Prospect dana = anas.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com", "", "",
                clock.instant()));
        assertThatThrownBy(() -> anas.prospects().handOver(dana.id(), ben)).isInstanceOf(Refused.class)
                .hasMessage("Only a manager hands a prospect to another seller, and " + ana + " is a rep: ask your"
                        + " manager.");
        assertThatThrownBy(() -> mias.prospects().handOver(dana.id(), "postgres")).isInstanceOf(Refused.class)
                .hasMessageContaining("postgres is not a seller in this team");
        assertThatThrownBy(() -> mias.prospects().handOver(dana.id(), "nobody_here")).isInstanceOf(Refused.class)
                .hasMessageContaining("nobody_here is not a seller in this team");
        assertThatThrownBy(() -> mias.prospects().handOver(987654, ben)).isInstanceOf(Refused.class)
                .hasMessage("There is no prospect 987654 in the pipeline you see.");
        assertThat(mias.prospects().owner(dana.id())).contains(ana);
    }

    @Test
    void aPersonalFileHasOneSellerAndSaysSo() {
        try (Services mine = Stores.FILE.openServices(dir.resolve("own"), clock, Locale.UK)) {
            Prospect dana = mine.prospects().add(Prospect.create("Dana Ortiz", "", "", "", "", "", clock.instant()));
            assertThat(mine.prospects().owner(dana.id())).isEmpty();
            assertThat(mine.prospects().sellers()).isEmpty();
            assertThat(mine.prospects().mayHandOver()).isFalse();
            assertThatThrownBy(() -> mine.prospects().handOver(dana.id(), "ben")).isInstanceOf(Refused.class)
                    .hasMessageContaining("A personal file has one seller");
        }
    }
}
