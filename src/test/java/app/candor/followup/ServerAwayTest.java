package app.candor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Unreachable;
import app.candor.ui.common.StepExecutor;
import app.candor.ui.quicklog.QuickLogModel;
import java.util.ArrayList;
import java.util.List;
import app.candor.store.TestClock;
import app.candor.store.server.ServerAddress;
import app.candor.store.server.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's server goes away in the middle of a session and comes back: the seller loses nothing. */
class ServerAwayTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");

    Path data;
    EmbeddedPostgres server;
    int port;

    /** A server of this test's own, with a team database and a rep's login, and the rep's services on it. */
    Services startTeam() throws Exception {
        data = dir.resolve("pg");
        server = TestServer.startOwn(data, 0);
        port = server.getPort();
        ServerAddress admin = TestServer.ownTeam(server, "away_rep", "pw");
        return Wiring.openServerServices(admin.as("away_rep").toString(), Map.of("PGPASSWORD", "pw"),
                dir, dir, clock, Locale.UK, Optional.empty());
    }

    @Test
    void aCallLoggedWhileTheServerIsAwayIsRefusedWholeAndGoesThroughOnceItIsBack() throws Exception {
        Services seller = startTeam();
        try {
            Prospect dana = seller.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com",
                    "", "", clock.instant()));
            Interaction call = Interaction.log(dana.id(), null, InteractionKind.CALL, Direction.TWO_WAY,
                    clock.instant(), "Talked about the pilot", null);

            server.close();
            assertThatThrownBy(() -> seller.followUps().log(call, seller.followUps().today()))
                    .isInstanceOf(Unreachable.class).hasMessageContaining("cannot be reached")
                    .hasMessageContaining("(port " + port + ")")
                    .hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> seller.prospects().count()).isInstanceOf(Refused.class)
                    .hasMessageContaining("cannot be reached");

            server = TestServer.startOwn(data, port);
            seller.followUps().log(call, seller.followUps().today());
            assertThat(seller.prospects().timeline(dana.id(), 0, 10)).extracting(Interaction::summary)
                    .containsExactly("Talked about the pilot");
            assertThat(seller.followUps().queue(seller.followUps().today()).entries()).isNotNull();
        } finally {
            seller.close();
            server.close();
        }
    }

    @Test
    void theQuickLogKeepsWhatWasTypedWhileTheServerIsAwayAndLogsItOnceWhenItIsBack() throws Exception {
        Services seller = startTeam();
        StepExecutor executor = new StepExecutor();
        List<Object> saved = new ArrayList<>();
        try {
            Prospect dana = seller.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com",
                    "", "", clock.instant()));
            QuickLogModel quickLog = new QuickLogModel(seller.prospects(), seller.followUps(), executor, clock,
                    saved::add);
            quickLog.choose(dana);
            quickLog.summaryProperty().set("She wants the pilot in March");

            server.close();
            assertThat(quickLog.save()).isTrue();
            assertThat(quickLog.problemProperty().get()).contains("cannot be reached")
                    .contains("tries again by itself in 3 seconds");
            assertThat(quickLog.summaryProperty().get()).isEqualTo("She wants the pilot in March");
            assertThat(quickLog.prospectProperty().get()).isEqualTo(dana);

            executor.runDue();
            assertThat(quickLog.problemProperty().get()).contains("tries again by itself in 5 seconds");
            assertThat(saved).isEmpty();

            server = TestServer.startOwn(data, port);
            executor.runDue();
            assertThat(saved).hasSize(1);
            assertThat(quickLog.summaryProperty().get()).isEmpty();
            assertThat(quickLog.problemProperty().get()).isEmpty();
            assertThat(executor.waiting()).isZero();
            List<Interaction> timeline = seller.prospects().timeline(dana.id(), 0, 10);
            assertThat(timeline).extracting(Interaction::summary).containsExactly("She wants the pilot in March");
            // Logged at the moment Save was first pressed, not when the server came back.
            assertThat(timeline.get(0).occurredAt()).isEqualTo(clock.instant());
        } finally {
            seller.close();
            server.close();
        }
    }

    /** What a form heard from its save: the words of a refusal, or the failure handed over to be tried again. */
    static final class Heard implements app.candor.ui.common.Saving {
        final List<Object> answers = new ArrayList<>();

        @Override
        public void accept(Optional<String> outcome) {
            answers.add(outcome);
        }

        @Override
        public void failed(Throwable failure) {
            answers.add(failure);
        }
    }

    @Test
    void everyEditFormHearsThatTheServerIsAwaySoThatItTriesAgain() throws Exception {
        Services seller = startTeam();
        StepExecutor executor = new StepExecutor();
        try {
            Prospect dana = seller.prospects().add(Prospect.create("Dana Ortiz", "Ortiz Co", "", "dana@example.com",
                    "", "", clock.instant()));
            app.candor.domain.Deal pilot = seller.prospects().addDeal(new app.candor.domain.Deal(0, dana.id(), "Pilot",
                    app.candor.domain.Money.parse("1000", "EUR"), app.candor.domain.Stage.PROPOSAL,
                    java.time.LocalDate.parse("2026-11-01"), null, app.candor.domain.WhoseMove.OURS, null, 0, "", false,
                    ""));
            Interaction call = seller.followUps().log(Interaction.log(dana.id(), pilot.id(), InteractionKind.CALL,
                    Direction.TWO_WAY, clock.instant(), "Talked about the pilot", null), seller.followUps().today());
            app.candor.ui.prospects.ProspectsViewModel prospects = new app.candor.ui.prospects.ProspectsViewModel(
                    seller.prospects(), seller.deals(), seller.followUps(), executor, clock, change -> { });
            app.candor.ui.pipeline.PipelineViewModel pipeline = new app.candor.ui.pipeline.PipelineViewModel(
                    seller.deals(), executor, change -> { });
            app.candor.followup.DealChanges changes = new app.candor.followup.DealChanges()
                    .set(app.candor.followup.DealChanges.Field.NEXT_STEP, "Send the security answers");
            app.candor.ui.scripts.ScriptsViewModel scripts = new app.candor.ui.scripts.ScriptsViewModel(
                    seller.scripts(), executor);
            app.candor.ui.settings.SettingsViewModel settings = new app.candor.ui.settings.SettingsViewModel(
                    seller.settings(), seller.backups(), executor, app.candor.ui.common.Theme.LIGHT, () -> { },
                    theme -> { }, file -> { });
            scripts.newScript();
            scripts.idProperty().set("pilot-check-in");
            settings.myNameProperty().set("Sam Carter");

            server.close();
            List<Heard> forms = List.of(new Heard(), new Heard(), new Heard(), new Heard());
            prospects.editDeal(pilot, changes, forms.get(0));
            pipeline.editDeal(pilot, changes, forms.get(1));
            prospects.editInteraction(call, InteractionKind.CALL, Direction.TWO_WAY, "", null, "Talked it through",
                    forms.get(2));
            prospects.save(dana, "Dana Ortiz", "Ortiz Co", "CTO", "dana@example.com", "", "", forms.get(3));
            for (Heard form : forms) {
                assertThat(form.answers).singleElement().isInstanceOf(Unreachable.class);
            }
            // The script editor and Settings keep what was typed and try again by themselves.
            scripts.save();
            settings.save();
            assertThat(scripts.statusProperty().get()).contains("cannot be reached").contains("tries again by itself");
            assertThat(settings.statusProperty().get()).contains("cannot be reached").contains("tries again by itself");
            assertThat(executor.waiting()).isEqualTo(2);

            server = TestServer.startOwn(data, port);
            executor.runDue();
            assertThat(seller.scripts().find("pilot-check-in")).isPresent();
            assertThat(seller.settings().myName()).isEqualTo("Sam Carter");
            assertThat(executor.waiting()).isZero();
        } finally {
            seller.close();
            server.close();
        }
    }
}
