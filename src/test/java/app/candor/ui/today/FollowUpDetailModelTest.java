package app.candor.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.followup.Services;
import app.candor.rules.FollowUpQueue;
import app.candor.store.TestClock;
import app.candor.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up card's view model without a toolkit: the same services, and the same rules, as the command line. */
class FollowUpDetailModelTest {

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    Services services;
    FollowUpDetailModel model;
    final List<String> copied = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Wiring.openServices(dir.resolve("candor.db"), dir, clock, Locale.UK);
        services.data().demo();
        model = new FollowUpDetailModel(services.followUps(), services.scripts(), services.deals(), services.prospects(),
                services.data(), TaskExecutor.currentThread(), copied::add, (to, subject, body) -> { }, clock, c -> { });
        FollowUpQueue queue = services.followUps().queue(services.followUps().today());
        FollowUpQueue.Entry withDeal = queue.entries().stream().filter(e -> e.subject().dealId() != null)
                .findFirst().orElseThrow();
        model.show(withDeal);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDateTypedIntoAScriptIsWrittenInThePersonsStyleAsOnTheCommandLine() {
        model.scriptProperty().set(services.scripts().find("mutual-closure").orElseThrow());
        model.fill("proposedDate", "2026-12-01");
        assertThat(model.draftProperty().get()).contains("1 December 2026").doesNotContain("2026-12-01");
    }

    @Test
    void aQueueReadAgainAroundAnUnchangedFollowUpLeavesItsCardAsItWas() {
        model.scriptProperty().set(services.scripts().find("mutual-closure").orElseThrow());
        model.fill("proposedDate", "2026-12-01");
        String draft = model.draftProperty().get();
        FollowUpQueue.Entry shown = model.detailProperty().get().entry();

        // Another prospect's call: Today reads its queue again and selects the same follow-up, equal but not the same.
        FollowUpQueue.Entry again = services.followUps().queue(services.followUps().today()).entries().stream()
                .filter(e -> e.equals(shown)).findFirst().orElseThrow();
        assertThat(again).isNotSameAs(shown);
        model.show(again);

        assertThat(model.scriptProperty().get().id()).isEqualTo("mutual-closure");
        assertThat(model.draftProperty().get()).isEqualTo(draft);
    }

    private FollowUpQueue.Entry entryWith(app.candor.domain.RuleId primary) {
        return services.followUps().queue(services.followUps().today()).entries().stream()
                .filter(e -> e.primary().rule() == primary).findFirst().orElseThrow();
    }

    @Test
    void someoneWhoHasGoneQuietOpensOnThePhoneWordingAndSaysWhy() {
        model.show(entryWith(app.candor.domain.RuleId.QUIET_AFTER_PROMISE));

        assertThat(model.variantProperty().get()).isEqualTo(FollowUpDetailModel.Variant.PHONE);
        assertThat(model.openingReasonProperty().get()).contains("gone quiet").contains("call");
    }

    @Test
    void afterAnUnansweredCallTheEmailWordingComesFirst() {
        FollowUpQueue.Entry quiet = entryWith(app.candor.domain.RuleId.QUIET_AFTER_PROMISE);
        services.followUps().log(app.candor.domain.Interaction.log(quiet.subject().prospectId(),
                quiet.subject().dealId(), app.candor.domain.InteractionKind.CALL,
                app.candor.domain.Direction.OUTBOUND, clock.instant().minusSeconds(3600), "Rang, no answer",
                app.candor.domain.Outcome.NO_ANSWER), services.followUps().today());
        FollowUpQueue.Entry after = services.followUps().queue(services.followUps().today()).entries().stream()
                .filter(e -> java.util.Objects.equals(e.subject().dealId(), quiet.subject().dealId())).findFirst()
                .orElseThrow();

        model.show(after);

        assertThat(model.variantProperty().get()).isEqualTo(FollowUpDetailModel.Variant.EMAIL);
        assertThat(model.openingReasonProperty().get()).contains("called").contains("email");
    }

    @Test
    void withoutAMailProgramTheEmailGoesToTheClipboardWithAPlainMessage() {
        FollowUpDetailModel noMail = new FollowUpDetailModel(services.followUps(), services.scripts(), services.deals(),
                services.prospects(), services.data(), TaskExecutor.currentThread(), copied::add,
                (to, subject, body) -> {
                    throw new java.io.IOException("Cannot run program \"xdg-open\": error=2, No such file or directory");
                }, clock, c -> { });
        FollowUpQueue.Entry entry = services.followUps().queue(services.followUps().today()).entries().get(0);
        noMail.show(entry);
        noMail.variantProperty().set(FollowUpDetailModel.Variant.EMAIL);
        noMail.scriptProperty().set(services.scripts().find("summarize-what-changed").orElseThrow());

        noMail.openInEmail();

        assertThat(noMail.statusProperty().get()).startsWith("No mail program opened on this computer")
                .doesNotContain("xdg-open").doesNotContain("error=");
        assertThat(copied).last().asString().startsWith("Subject: ").contains(noMail.draftProperty().get());
    }

    @Test
    void aCheckInInThePastIsRefusedWithTheServicesWords() {
        java.util.List<java.util.Optional<String>> answers = new java.util.ArrayList<>();
        model.agreeCheckIn(LocalDate.parse("2026-11-20"), answers::add);
        assertThat(answers).containsExactly(services.deals().problemWithCheckIn(LocalDate.parse("2026-11-20")));
    }
}
