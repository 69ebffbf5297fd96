package org.flowexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md: core never touches JavaFX, the CLI never touches the app, and the
 * app is split into feature packages (their size and package-info files: {@link SourceLayoutTest}).
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.importAll();
    }

    @Test
    void coreHasNoJavaFx() {
        noClasses().that().resideInAPackage("org.flowexplorer.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnCliOrApp() {
        noClasses().that().resideInAPackage("org.flowexplorer.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowexplorer.cli..", "org.flowexplorer.app..")
                .check(classes);
    }

    @Test
    void cliDoesNotTouchTheApp() {
        noClasses().that().resideInAPackage("org.flowexplorer.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowexplorer.app..", "javafx..")
                .check(classes);
    }

    @Test
    void mathKernelsDependOnTheJdkOnly() {
        noClasses().that().resideInAnyPackage("org.flowexplorer.core.math..", "org.flowexplorer.core.schedule..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.ejml..", "picocli..",
                        "org.flowexplorer.core.sim..", "org.flowexplorer.core.io..", "org.flowexplorer.core.data..")
                .check(classes);
    }

    @Test
    void kernelsDependOnTheMathOnly() {
        noClasses().that().resideInAPackage("org.flowexplorer.core.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.ejml..", "picocli..",
                        "org.flowexplorer.core.sim..", "org.flowexplorer.core.io..", "org.flowexplorer.core.data..",
                        "org.flowexplorer.core.flow..", "org.flowexplorer.core.metric..", "org.flowexplorer.core.render..")
                .check(classes);
    }

    @Test
    void metricsMeasureFieldsWithoutKnowingTheFlows() {
        noClasses().that().resideInAPackage("org.flowexplorer.core.metric..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowexplorer.core.flow..",
                        "org.flowexplorer.core.sim..", "org.flowexplorer.core.experiment..")
                .check(classes);
    }

    @Test
    void onlyTheVectorPackageTouchesTheIncubatorModule() {
        noClasses().that().resideOutsideOfPackage("org.flowexplorer.core.kernel.simd..")
                .should().dependOnClassesThat().resideInAPackage("jdk.incubator.vector..")
                .check(classes);
    }

    @Test
    void theWindowDoesNotRunExperiments() {
        noClasses().that().resideInAPackage("org.flowexplorer.app..")
                .should().dependOnClassesThat().resideInAPackage("org.flowexplorer.core.experiment..")
                .check(classes);
    }

    @Test
    void onlyIoAndCliUseJackson() {
        noClasses().that().resideInAnyPackage("org.flowexplorer.core.flow..", "org.flowexplorer.core.sim..",
                        "org.flowexplorer.core.metric..", "org.flowexplorer.core.render..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void appIsSplitByFeature() {
        noClasses().should().resideInAPackage("org.flowexplorer.app")
                .because("the JavaFX layer lives in feature packages (app.window, app.compare, ...)")
                .check(classes);
    }

    @Test
    void thePixelsKnowNothingOfTheFrames() {
        noClasses().that().resideInAPackage("org.flowexplorer.core.render.paint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowexplorer.core.render",
                        "org.flowexplorer.core.sim..", "org.flowexplorer.core.flow..")
                .because("the rasterizer's layers draw with the paint primitives, never the other way round")
                .check(classes);
    }
}
