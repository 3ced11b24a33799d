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
                    "app.candor.cli..", "app.candor.followup..", "app.candor.sample..", "app.candor.insights..")
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
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("a later team mode swaps the store implementation without touching rules or UI");

    @ArchTest
    static final ArchRule logOnlyThroughSlf4j = noClasses().that().doNotHaveSimpleName("LogConfigurator")
            .and().haveNameNotMatching("app\\.candor\\.app\\.LogConfigurator\\$.*")
            .should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..",
                    "ch.qos.logback..")
            .because("all logging goes through SLF4J; only app.LogConfigurator sets Logback up");

    @ArchTest
    static final ArchRule insightsOnlyRead = noClasses().that().resideInAPackage("app.candor.insights..")
            .should().dependOnClassesThat().resideInAnyPackage("app.candor.followup..", "app.candor.cli..",
                    "app.candor.io..", "app.candor.sample..")
            .because("the reports read the store's history and nothing else; the CLI and the screen call them");

    @ArchTest
    static final ArchRule noCycles = slices().matching("app.candor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiScreensDoNotKnowEachOther = slices().matching("app.candor.ui.(*)..")
            .should().beFreeOfCycles();
}
