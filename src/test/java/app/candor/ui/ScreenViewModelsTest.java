package app.candor.ui;

import app.candor.app.Stores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.domain.Prospect;
import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.domain.PipelineRow;
import app.candor.followup.Services;
import app.candor.insights.ReportRange;
import app.candor.io.CsvImport;
import app.candor.store.TestClock;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.common.Theme;
import app.candor.ui.importer.ImportViewModel;
import app.candor.ui.pipeline.PipelineViewModel;
import app.candor.ui.prospects.ProspectsViewModel;
import app.candor.ui.quicklog.QuickLogModel;
import app.candor.ui.reports.ReportsViewModel;
import app.candor.ui.scripts.ScriptsViewModel;
import app.candor.ui.settings.SettingsViewModel;
import app.candor.ui.today.TodayViewModel;
import java.nio.file.Files;
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

/**
 * Every screen's view model without a toolkit, on the real services over a sample database and a same-thread
 * executor: what each screen shows and does, tested where it is decided.
 */
@ParameterizedClass(name = "on a {0}")
@EnumSource(Stores.class)
class ScreenViewModelsTest {

    @Parameter
    Stores store;

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    final TaskExecutor now = TaskExecutor.currentThread();
    Services services;
    int changes;

    @BeforeEach
    void open() {
        services = store.openServices(dir, "candor.db", clock, Locale.UK);
        services.data().demo();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void todayShowsTheCappedQueueAndItsSummary() {
        TodayViewModel today = new TodayViewModel(services.followUps(), services.prospects(), now);
        today.refresh();
        assertThat(today.entries()).isNotEmpty();
        assertThat(today.entries().get(0).primary().severity().code()).isEqualTo("high");
        assertThat(today.summaryProperty().get()).isNotBlank();
        assertThat(today.firstRunProperty().get()).isFalse();
    }

    @Test
    void todayFiltersByStageAndShowsTheReviveListWithItsCount() {
        TodayViewModel today = new TodayViewModel(services.followUps(), services.prospects(), now);
        today.refresh();
        int all = today.entries().size();
        today.filterStage(Stage.PROPOSAL);
        assertThat(today.entries()).isNotEmpty().allMatch(e -> e.subject().stage() == Stage.PROPOSAL);
        assertThat(today.entries().size()).isLessThan(all);
        assertThat(today.summaryProperty().get()).endsWith(" at proposal");
        today.filterStage(null);
        assertThat(today.entries()).hasSize(all);
        assertThat(today.reviveLabelProperty().get()).isEqualTo("Revive list (0)");
        today.showRevive(true);
        assertThat(today.entries()).isEmpty();
        assertThat(today.summaryProperty().get()).isEqualTo("No long-silent leads to revive.");
        assertThat(today.reviveLabelProperty().get()).isEqualTo("Back to the queue");
    }

    @Test
    void searchFindsAProspectByWhatWasSaidInALoggedCallAndForgetsItWhenTheCallGoes() {
        ProspectsViewModel prospects = new ProspectsViewModel(services.prospects(), services.deals(),
                services.followUps(), now, clock, c -> changes++);
        long priya = services.prospects().search("Priya", 1).get(0).id();
        prospects.search("zeppelin");
        assertThat(prospects.rows()).isEmpty();

        app.candor.domain.Interaction call = services.followUps().log(app.candor.domain.Interaction.log(priya, null,
                app.candor.domain.InteractionKind.CALL, app.candor.domain.Direction.TWO_WAY, clock.instant(),
                "Their zeppelin hangar project starts in spring", null), services.followUps().today());
        prospects.search("zeppel");
        assertThat(prospects.rows()).extracting(Prospect::name).containsExactly("Priya Raman");
        assertThat(prospects.totalProperty().get()).isEqualTo(1);
        // A name match comes before a match in what was said.
        prospects.search("priya");
        assertThat(prospects.rows()).extracting(Prospect::name).first().isEqualTo("Priya Raman");

        services.followUps().deleteInteraction(call.id());
        prospects.search("zeppelin");
        assertThat(prospects.rows()).isEmpty();
        assertThat(prospects.totalProperty().get()).isZero();
    }

    @Test
    void mailDroppedOntoAProspectIsFiledUnderThemWhateverItsAddress() throws Exception {
        ProspectsViewModel prospects = new ProspectsViewModel(services.prospects(), services.deals(),
                services.followUps(), now, clock, c -> changes++).withMail(services.mail());
        prospects.search("Priya");
        assertThat(prospects.canFileMail()).isFalse();
        prospects.selectedProperty().set(prospects.rows().get(0));
        assertThat(prospects.canFileMail()).isTrue();
        long priya = prospects.rows().get(0).id();
        int before = services.prospects().timeline(priya, 0, 100).size();
        Path forwarded = Files.write(dir.resolve("fwd.eml"), app.candor.mail.Mails.from("assistant@northwind.example")
                .to("sam@candor.example").id("<fw1@northwind>").subject("Priya asked me to confirm Thursday", "UTF-8")
                .at("2026-11-22T09:00:00Z").text("Thursday works.", "UTF-8", "7bit").bytes());
        prospects.fileMail(List.of(forwarded));
        assertThat(prospects.statusProperty().get()).startsWith("Logged 1 of 1 message;");
        List<app.candor.domain.Interaction> timeline = services.prospects().timeline(priya, 0, 100);
        assertThat(timeline).hasSize(before + 1);
        assertThat(timeline).anySatisfy(i -> {
            assertThat(i.summary()).startsWith("Priya asked me to confirm Thursday");
            assertThat(i.direction()).isEqualTo(app.candor.domain.Direction.INBOUND);
        });
        assertThat(changes).isPositive();
    }

    @Test
    void aBouncedAddressIsShownOnTheCardUntilMailFromItArrivesLater() throws Exception {
        ProspectsViewModel prospects = new ProspectsViewModel(services.prospects(), services.deals(),
                services.followUps(), now, clock, c -> changes++).withMail(services.mail());
        Path bounce = Files.write(dir.resolve("bounce.eml"), app.candor.mail.Mails.from("MAILER-DAEMON@mx.example.net")
                .to("sam@candor.example").id("<b1@mx>").subject("Undelivered Mail Returned to Sender", "UTF-8")
                .at("2026-11-20T13:00:00Z").bounceFor("priya.raman@northwind.example").bytes());
        services.mail().importFiles(List.of(bounce), java.util.Set.of("sam@candor.example"), false);
        prospects.search("Priya");
        prospects.selectedProperty().set(prospects.rows().get(0));
        assertThat(prospects.mailWarningProperty().get())
                .isEqualTo("Mail to priya.raman@northwind.example bounced on "
                        + app.candor.ui.common.Dates.day(LocalDate.parse("2026-11-20")) + " (\"Undelivered Mail Returned to"
                        + " Sender\"): the address may no longer work. Check it before you write again.");

        Path reply = Files.write(dir.resolve("reply.eml"), app.candor.mail.Mails.from("priya.raman@northwind.example")
                .to("sam@candor.example").id("<r1@northwind>").subject("Re: rollout", "UTF-8")
                .at("2026-11-21T10:00:00Z").text("Still here.", "UTF-8", "7bit").bytes());
        services.mail().importFiles(List.of(reply), java.util.Set.of("sam@candor.example"), false);
        prospects.refresh();
        assertThat(prospects.mailWarningProperty().get()).as("she wrote from it since").isEmpty();
    }

    @Test
    void prospectsSearchCountsAndRefusesAValueThatIsNotANumber() {
        ProspectsViewModel prospects = new ProspectsViewModel(services.prospects(), services.deals(), services.followUps(), now, clock, c -> changes++);
        prospects.search("Priya");
        assertThat(prospects.rows()).extracting(Prospect::name).containsExactly("Priya Raman");
        assertThat(prospects.totalProperty().get()).isEqualTo(1);
        // The list says how far she has come and when you last spoke.
        assertThat(prospects.stageText(prospects.rows().get(0))).isEqualTo("proposal");
        java.time.Instant lastTouch = services.prospects().timeline(prospects.rows().get(0).id(), 0, 100).stream()
                .filter(i -> i.kind() != app.candor.domain.InteractionKind.NOTE)
                .map(app.candor.domain.Interaction::occurredAt).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(prospects.lastContactText(prospects.rows().get(0))).isEqualTo(app.candor.ui.common.Dates.day(
                java.time.LocalDate.ofInstant(lastTouch, clock.getZone())));
        prospects.selectedProperty().set(prospects.rows().get(0));
        assertThat(prospects.timeline()).isNotEmpty();
        assertThat(prospects.addDeal("Second pilot", "abc", "EUR", Stage.LEAD)).isPresent();
        assertThat(prospects.addDeal("Second pilot", "1500", "EUR", Stage.LEAD)).isEmpty();
        assertThat(prospects.selectedDeals()).extracting(d -> d.title()).contains("Second pilot");
        assertThat(changes).isPositive();
    }

    @Test
    void aLoggedInteractionIsEditedDeletedAndPutBackAndTheQueueFollows() {
        ProspectsViewModel prospects = new ProspectsViewModel(services.prospects(), services.deals(),
                services.followUps(), now, clock, c -> changes++);
        prospects.search("Priya");
        prospects.selectedProperty().set(prospects.rows().get(0));
        long priya = prospects.rows().get(0).id();
        app.candor.domain.Interaction latest = prospects.timeline().get(0).interaction();
        int entries = prospects.timeline().size();
        List<String> problems = new java.util.ArrayList<>();

        prospects.editInteraction(latest, latest.kind(), latest.direction(), "tomorrow", latest.outcome(), "x",
                p -> p.ifPresent(problems::add));
        assertThat(problems).singleElement().asString().contains("still to come");
        prospects.editInteraction(latest, app.candor.domain.InteractionKind.CALL, app.candor.domain.Direction.TWO_WAY,
                "yesterday 15:00", app.candor.domain.Outcome.REPLIED, "Spoke about the pilot", p -> p.ifPresent(problems::add));
        assertThat(problems).hasSize(1);
        app.candor.domain.Interaction edited = services.prospects().timeline(priya, 0, 1).get(0);
        assertThat(edited.summary()).isEqualTo("Spoke about the pilot");
        assertThat(edited.occurredAt().atZone(clock.getZone()).toLocalDateTime())
                .isEqualTo(java.time.LocalDate.now(clock).minusDays(1).atTime(15, 0));
        // A two-way call yesterday is their latest reply: the no-response alert counts from it now.
        assertThat(services.followUps().factsOf(priya).get(0).contact().lastResponseAt())
                .isEqualTo(edited.occurredAt());

        prospects.deleteInteraction(edited);
        assertThat(prospects.timeline()).hasSize(entries - 1);
        assertThat(prospects.deletedInteractionProperty().get()).isEqualTo(edited);
        prospects.undoInteractionDelete();
        assertThat(prospects.timeline()).hasSize(entries);
        assertThat(prospects.timeline().get(0).interaction().summary()).isEqualTo("Spoke about the pilot");
        assertThat(prospects.deletedInteractionProperty().get()).isNull();
    }

    @Test
    void pipelineMovesADealAStageAndRefusesToCloseOneByMovingIt() {
        PipelineViewModel pipeline = new PipelineViewModel(services.deals(), now, c -> changes++);
        pipeline.refresh();
        PipelineRow row = pipeline.rows().stream().filter(r -> r.stage() == Stage.PROPOSAL).findFirst().orElseThrow();
        pipeline.move(row, Stage.NEGOTIATION);
        assertThat(services.deals().find(row.dealId()).orElseThrow().stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(pipeline.statusProperty().get()).contains("negotiation");
        pipeline.move(row, Stage.WON);
        assertThat(services.deals().find(row.dealId()).orElseThrow().stage()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void quickLogSavesTheCallWithItsCheckInOrSaysWhyNot() {
        QuickLogModel quickLog = new QuickLogModel(services.prospects(), services.followUps(), now, clock,
                c -> changes++);
        assertThat(quickLog.save()).isFalse();
        assertThat(quickLog.problemProperty().get()).contains("Choose who you spoke with");
        quickLog.search("Priya");
        quickLog.choose(quickLog.matches().get(0));
        assertThat(quickLog.dealProperty().get()).isNotNull();
        quickLog.summaryProperty().set("Agreed to talk after their board meets");
        quickLog.checkInProperty().set(LocalDate.parse("2026-11-20"));
        quickLog.save();
        assertThat(quickLog.problemProperty().get()).contains("a day still to come");
        long before = services.prospects().timeline(quickLog.prospectProperty().get().id(), 0, 50).size();
        quickLog.checkInProperty().set(LocalDate.parse("2026-12-04"));
        assertThat(quickLog.save()).isTrue();
        assertThat(changes).isEqualTo(1);
        long priya = services.prospects().search("Priya", 1).get(0).id();
        assertThat(services.prospects().timeline(priya, 0, 50)).hasSize((int) before + 1);
        assertThat(services.prospects().openDeals(priya).get(0).agreedCheckIn()).isEqualTo(LocalDate.parse("2026-12-04"));
    }

    @Test
    void yesterdaysCallIsStampedWhenItHappenedWithWhoseMoveItIsAfterward() {
        QuickLogModel quickLog = new QuickLogModel(services.prospects(), services.followUps(), now, clock,
                c -> changes++);
        quickLog.search("Priya");
        quickLog.choose(quickLog.matches().get(0));
        long priya = quickLog.prospectProperty().get().id();
        quickLog.summaryProperty().set("She called back about the pilot");
        quickLog.outcomeProperty().set(app.candor.domain.Outcome.REPLIED);
        quickLog.moveAfterProperty().set(app.candor.domain.WhoseMove.OURS);

        quickLog.whenProperty().set("tomorrow 10:00");
        assertThat(quickLog.save()).isFalse();
        assertThat(quickLog.problemProperty().get()).contains("still to come");
        quickLog.whenProperty().set("yesterday 15:00");
        assertThat(quickLog.save()).isTrue();

        app.candor.domain.Interaction logged = services.prospects().timeline(priya, 0, 50).stream()
                .filter(i -> i.summary().equals("She called back about the pilot")).findFirst().orElseThrow();
        assertThat(logged.occurredAt().atZone(clock.getZone()).toLocalDateTime())
                .isEqualTo(java.time.LocalDate.now(clock).minusDays(1).atTime(15, 0));
        assertThat(logged.outcome()).isEqualTo(app.candor.domain.Outcome.REPLIED);
        assertThat(services.prospects().openDeals(priya).get(0).whoseMove())
                .isEqualTo(app.candor.domain.WhoseMove.OURS);
        assertThat(quickLog.whenProperty().get()).as("the card starts again at now").isEmpty();
    }

    @Test
    void scriptsAreListedAndAPushyOwnScriptIsFlaggedAsItIsWritten() {
        ScriptsViewModel scripts = new ScriptsViewModel(services.scripts(), now);
        scripts.refresh();
        assertThat(scripts.all()).isNotEmpty();
        scripts.newScript();
        scripts.phoneBodyProperty().set("Just checking in, this offer expires Friday so act now.");
        assertThat(scripts.pressureBinding().get()).isNotBlank();
    }

    @Test
    void mailFilesAreImportedFromSettingsAndSomeoneWhoWroteCanBeAddedAsAProspect() throws Exception {
        app.candor.ui.settings.MailViewModel mail = new app.candor.ui.settings.MailViewModel(services.mail(),
                services.prospects(), now, Runnable::run, c -> changes++);
        mail.meProperty().set("sam@candor.example");
        Path reply = Files.write(dir.resolve("reply.eml"), app.candor.mail.Mails.from("priya.raman@northwind.example")
                .to("sam@candor.example").id("<vm1@northwind>").subject("Re: rollout", "UTF-8")
                .at("2026-11-22T10:00:00Z").text("Yes, let's go with the quillwort plan.", "UTF-8", "7bit").bytes());
        Path stranger = Files.write(dir.resolve("stranger.eml"), app.candor.mail.Mails.from("ana.lopez@newco.example")
                .to("sam@candor.example").id("<vm2@newco>").subject("Pricing?", "UTF-8").at("2026-11-22T11:00:00Z")
                .text("Could you send prices?", "UTF-8", "7bit").bytes());
        mail.importFiles(List.of(reply, stranger));
        assertThat(mail.statusProperty().get()).startsWith("Logged 1 of 2 messages");
        assertThat(mail.strangers()).containsExactly("ana.lopez@newco.example");
        assertThat(changes).isEqualTo(1);
        assertThat(services.mail().myAddresses()).containsExactly("sam@candor.example");
        assertThat(services.prospects().search("quillwort", 5)).as("what was said in mail is searchable")
                .extracting(Prospect::name).containsExactly("Priya Raman");

        mail.addProspect("ana.lopez@newco.example");
        assertThat(services.prospects().findByEmail("ana.lopez@newco.example")).get()
                .extracting(app.candor.domain.Prospect::name).isEqualTo("Ana Lopez");
        assertThat(mail.strangers()).isEmpty();
    }

    @Test
    void settingsSaveTheRulesFileAndTheNameAndBackUpNow() throws Exception {
        List<String> applied = new ArrayList<>();
        SettingsViewModel settings = new SettingsViewModel(services.settings(), services.backups(), now, Theme.LIGHT,
                () -> applied.add("rules"), theme -> applied.add("theme"), backup -> applied.add("restore"));
        assertThat(settings.myNameProperty().get()).isEqualTo("Sam Carter");
        settings.threshold(Stage.PROPOSAL).set(9);
        settings.enabled(RuleId.NO_NEXT_STEP).set(false);
        settings.save();
        assertThat(applied).containsExactly("theme", "rules");
        assertThat(Files.readString(settings.rulesFile())).contains("\"proposal\" : 9").contains("no-next-step");
        settings.backupNow();
        settings.refreshBackups();
        if (store == Stores.TEAM_SERVER) {
            // A team's pipeline is backed up where it lives, by the server's administrator.
            assertThat(settings.backupFiles()).isEmpty();
            assertThat(settings.statusProperty().get()).contains("backed up by the server's administrator");
            return;
        }
        assertThat(settings.backupFiles()).hasSize(1);
        assertThat(settings.statusProperty().get()).startsWith("Backed up to");
    }

    @Test
    void importPreviewsWithoutWritingAndImportsOnRequest() throws Exception {
        ImportViewModel importer = new ImportViewModel(services.data(), now, c -> changes++);
        Path csv = Files.writeString(dir.resolve("new.csv"), "name,email\nNew Person,new@example.com\n");
        int before = services.prospects().count();
        importer.preview(csv);
        assertThat(importer.previewProperty().get().added()).isEqualTo(1);
        assertThat(services.prospects().count()).isEqualTo(before);
        importer.onDuplicateProperty().set(CsvImport.OnDuplicate.SKIP);
        importer.importNow();
        assertThat(importer.resultProperty().get().written()).isTrue();
        assertThat(services.prospects().count()).isEqualTo(before + 1);
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void reportsOpenOnTheStandardRangeAndRefuseABackwardOne() {
        ReportsViewModel reports = new ReportsViewModel(services.insights(), now);
        ReportRange standard = ReportRange.standard(services.insights().today());
        assertThat(reports.fromProperty().get()).isEqualTo(standard.from());
        reports.refresh();
        assertThat(reports.loadedProperty().get()).isNotNull();
        reports.fromProperty().set(LocalDate.parse("2026-12-31"));
        reports.refresh();
        assertThat(reports.statusProperty().get()).isNotBlank();
    }
}
