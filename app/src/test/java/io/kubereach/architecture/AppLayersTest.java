package io.kubereach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The layers of the app on top of graph-model: {@code source} (fabric8 to the model), then the
 * {@code diagram} (layout and Java2D painting) and the {@code cli}, and the JavaFX app in
 * {@code ui} (view models in {@code ui.model}, controls in {@code ui.view}); {@code launch}
 * starts the command line with the desktop app. Lower layers never reach up into the UI.
 */
@AnalyzeClasses(packages = "io.kubereach", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayersTest {

    @ArchTest
    static void topLevelPackagesAreFreeOfCycles(JavaClasses imported) {
        slices().matching("io.kubereach.(*)..")
                .should().beFreeOfCycles()
                .because("data flows one way (sources -> ClusterSnapshot -> engine -> NetworkGraph -> views); "
                        + "two parts that use each other can only change together")
                .check(imported);
    }

    @ArchTest
    static void everyPackageIsFreeOfCycles(JavaClasses imported) {
        slices().matching("io.kubereach.(**)")
                .should().beFreeOfCycles()
                .because("inside a part too (ui and its view models, preferences and views), each package builds on the ones below it")
                .check(imported);
    }

    @ArchTest
    static void sourcesDoNotUseTheUi(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.source..")
                .should().dependOnClassesThat().resideInAPackage("io.kubereach.ui..")
                .because("the sources feed the command line and the app alike; they turn what they read into the model and stop there")
                .check(imported);
    }

    @ArchTest
    static void commandLineDoesNotUseTheUi(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.kubereach.ui..")
                .because("the command line runs without the desktop app: it reads its words from its own bundle "
                        + "and knows the app only as the DesktopApp it is handed")
                .check(imported);
    }

    @ArchTest
    static void diagramDoesNotUseTheUi(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.diagram..")
                .should().dependOnClassesThat().resideInAPackage("io.kubereach.ui..")
                .because("the diagram is laid out and painted the same for the window and for a headless export; "
                        + "it takes its words as a DiagramText, not from the app's current language")
                .check(imported);
    }

    @ArchTest
    static void viewModelsUseNoJavaFxScene(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.ui.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models hold state and validation and are tested without a toolkit; views build and bind the controls")
                .check(imported);
    }

    @ArchTest
    static void viewModelsDoNotKnowTheViews(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.ui.model..")
                .should().dependOnClassesThat().resideInAPackage("io.kubereach.ui.view..")
                .because("in MVVM a view binds to its view model, never the other way round")
                .check(imported);
    }

    @ArchTest
    static void headlessPartsUseNoJavaFx(JavaClasses imported) {
        noClasses().that().resideInAnyPackage("io.kubereach.source..", "io.kubereach.cli..")
                .or().resideInAPackage("io.kubereach.diagram")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line, the sources and the export run on machines with no display and no JavaFX")
                .check(imported);
    }

    @ArchTest
    static void onlyTheSourcesSeeTheKubernetesClient(JavaClasses imported) {
        noClasses().that().resideOutsideOfPackage("io.kubereach.source..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fabric8..", "tools.jackson..", "com.fasterxml..")
                .because("one converter turns API objects into the model; nothing downstream sees fabric8 or Jackson types")
                .check(imported);
    }
}
