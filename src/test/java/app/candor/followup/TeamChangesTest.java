package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.TeamRole;
import app.candor.store.TestClock;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TeamServer;
import app.candor.store.server.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open windows hear their teammates' changes from the server within seconds, and only what they may see. */
class TeamChangesTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void aTeammatesCallReachesTheOtherWindowsThatShowItAndNoOthers() throws Exception {
        ServerAddress admin = TestServer.newDatabase();
        String ana = TestServer.login("ana");
        String ben = TestServer.login("ben");
        String mia = TestServer.login("mia");
        try (TeamServer server = TeamServer.connect(admin, null)) {
            server.init();
            server.addUser(ana, TeamRole.REP, "pw".toCharArray());
            server.addUser(ben, TeamRole.REP, "pw".toCharArray());
            server.addUser(mia, TeamRole.MANAGER, "pw".toCharArray());
        }
        Services anaHere = window(admin.as(ana));
        Services anaElsewhere = window(admin.as(ana));
        Services benWindow = window(admin.as(ben));
        Services miaWindow = window(admin.as(mia));
        BlockingQueue<Set<Long>> here = heard(anaHere);
        BlockingQueue<Set<Long>> elsewhere = heard(anaElsewhere);
        BlockingQueue<Set<Long>> benHeard = heard(benWindow);
        BlockingQueue<Set<Long>> miaHeard = heard(miaWindow);

        Prospect dana = anaHere.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com", "",
                "", clock.instant()));
        assertThat(elsewhere.poll(10, TimeUnit.SECONDS)).as("Ana's other window").contains(dana.id());
        assertThat(miaHeard.poll(10, TimeUnit.SECONDS)).as("the manager's window").contains(dana.id());

        // The manager logs a call on Ana's prospect: Ana's windows hear of it, the rep beside her does not.
        miaWindow.followUps().log(Interaction.log(dana.id(), null, InteractionKind.CALL, Direction.TWO_WAY,
                clock.instant(), "Checked the budget with Dana", null), miaWindow.followUps().today());
        assertThat(here.poll(10, TimeUnit.SECONDS)).as("Ana's window").contains(dana.id());
        assertThat(anaHere.prospects().timeline(dana.id(), 0, 5)).extracting(Interaction::summary)
                .containsExactly("Checked the budget with Dana");
        assertThat(benHeard.poll(1, TimeUnit.SECONDS)).as("a colleague's window hears nothing of Ana's").isNull();
        assertThat(miaHeard.poll(1, TimeUnit.SECONDS)).as("not its own change").isNull();

        // The manager hands Dana to Ben: both sellers' windows hear of it, Ana's loses her, Ben's gains her.
        miaWindow.prospects().handOver(dana.id(), ben);
        assertThat(here.poll(10, TimeUnit.SECONDS)).as("Ana's window").contains(dana.id());
        assertThat(benHeard.poll(10, TimeUnit.SECONDS)).as("Ben's window").contains(dana.id());
        assertThat(anaHere.prospects().find(dana.id())).isEmpty();
        assertThat(benWindow.prospects().timeline(dana.id(), 0, 5)).extracting(Interaction::summary)
                .containsExactly("Checked the budget with Dana");
    }

    private Services window(ServerAddress login) {
        Services s = Wiring.services(Wiring.assembleOn(TeamServer.openStore(login, "pw"), dir, clock, Locale.UK), dir);
        open.add(s);
        return s;
    }

    private BlockingQueue<Set<Long>> heard(Services services) {
        BlockingQueue<Set<Long>> q = new LinkedBlockingQueue<>();
        open.add(services.watchOthers(q::add));
        return q;
    }
}
