package app.candor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "app.candor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlain = noClasses().that().resideInAPackage("app.candor.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "org.sqlite..")
            .because("the domain is plain records and enums that every other package can trust");

    @ArchTest
    static final ArchRule onlyUiAndAppKnowUi = noClasses().that().resideInAnyPackage("app.candor.domain..",
                    "app.candor.store..", "app.candor.rules..", "app.candor.scripts..", "app.candor.io..",
                    "app.candor.cli..", "app.candor.followup..", "app.candor.sample..", "app.candor.insights..",
                    "app.candor.platform..")
            .should().dependOnClassesThat().resideInAPackage("app.candor.ui..")
            .because("logic never depends on the GUI; the CLI runs where there is no display");

    @ArchTest
    static final ArchRule nothingButUiKnowsJavaFx = noClasses().that().resideOutsideOfPackages("app.candor.ui..",
                    "app.candor.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("headless subcommands must not start the JavaFX toolkit");

    @ArchTest
    static final ArchRule rulesAndScriptsArePure = noClasses().that().resideInAnyPackage("app.candor.rules..",
                    "app.candor.scripts..")
            .should().dependOnClassesThat().resideInAnyPackage("app.candor.store..", "java.sql..")
            .because("rules and scripts are pure functions of facts, testable without a database");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses().that().resideOutsideOfPackages("app.candor.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("a later team mode swaps the store implementation without touching rules or UI");

    @ArchTest
    static final ArchRule theTeamServerStaysInItsPackage = noClasses().that()
            .resideOutsideOfPackages("app.candor.store.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "org.flywaydb..")
            .because("only store.server talks to a team's PostgreSQL server and migrates its schema");

    @ArchTest
    static final ArchRule theDriverStaysInTheStoreAndThePlatform = noClasses().that()
            .resideOutsideOfPackages("app.candor.store..", "app.candor.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..")
            .because("only the store talks to SQLite, and the platform places its native library");

    @ArchTest
    static final ArchRule platformKnowsOnlyTheSystem = noClasses().that().resideInAPackage("app.candor.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("app.candor.domain..", "app.candor.store..",
                    "app.candor.rules..", "app.candor.scripts..", "app.candor.io..", "app.candor.followup..",
                    "app.candor.insights..", "app.candor.cli..", "app.candor.ui..", "app.candor.app..")
            .because("folders, files and native libraries are the platform's one job, below everything else");

    @ArchTest
    static final ArchRule logOnlyThroughSlf4j = noClasses().that().resideOutsideOfPackage("app.candor.logging..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..",
                    "ch.qos.logback..")
            .because("all logging goes through SLF4J; only the logging package sets Logback up");

    @ArchTest
    static final ArchRule insightsOnlyRead = noClasses().that().resideInAPackage("app.candor.insights..")
            .should().dependOnClassesThat().resideInAnyPackage("app.candor.followup..", "app.candor.cli..",
                    "app.candor.io..", "app.candor.sample..")
            .because("the reports read the store's history and nothing else; the CLI and the screen call them");

    @ArchTest
    static final ArchRule screensAndCommandsGoThroughTheServices = noClasses().that()
            .resideInAnyPackage("app.candor.ui..", "app.candor.cli..")
            .should().dependOnClassesThat().resideInAPackage("app.candor.store..")
            .because("one door: screens and commands call use-case services, which own their transactions;"
                    + " they never reach the database or a repository");

    @ArchTest
    static final ArchRule connectionsStayInTheStore = noClasses().that().resideOutsideOfPackage("app.candor.store..")
            .should().callMethod("app.candor.store.Database", "write", "app.candor.store.SqlWork")
            .orShould().callMethod("app.candor.store.Database", "read", "app.candor.store.SqlWork")
            .because("transactions are opened by the store (Database.inTransaction); no connection is handed out,"
                    + " not even to a lambda");

    @ArchTest
    static final ArchRule rulesAndScriptsReadNoFiles = noClasses().that().resideInAnyPackage("app.candor.rules..",
                    "app.candor.scripts..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .because("rules and scripts work on text and facts; reading and writing rules.json is the services' job");

    @ArchTest
    static final ArchRule backupsBuildOnTheStore = noClasses().that().resideInAPackage("app.candor.store")
            .should().dependOnClassesThat().resideInAPackage("app.candor.store.backup..")
            .because("backing up and restoring use the store's SQLite access; the store itself never needs them");

    @ArchTest
    static final ArchRule wordsKnowOnlyJava = noClasses().that().resideInAPackage("app.candor.text..")
            .should().dependOnClassesThat().resideOutsideOfPackages("app.candor.text..", "java..")
            .because("every layer writes what people read through the catalogue, so it can stand on nothing else");

    @ArchTest
    static final ArchRule onlyMailKnowsMimeAndHtml = noClasses().that().resideOutsideOfPackage("app.candor.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..", "org.jsoup..")
            .because("reading mail (MIME, IMAP, HTML) is one room; everything else sees MailMessage");

    @ArchTest
    static final ArchRule mailReadsNoStore = noClasses().that().resideInAPackage("app.candor.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("app.candor.store..", "app.candor.followup..",
                    "app.candor.ui..", "app.candor.cli..")
            .because("mail turns messages into facts; the services decide what they become");

    @ArchTest
    static final ArchRule noCycles = slices().matching("app.candor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiScreensDoNotKnowEachOther = slices().matching("app.candor.ui.(*)..")
            .should().beFreeOfCycles();
}
