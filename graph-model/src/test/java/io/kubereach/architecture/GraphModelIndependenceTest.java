package io.kubereach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * graph-model stays pure: no UI toolkit and no Kubernetes client. (ArchUnit fails a rule that
 * finds no class to check, so these cannot pass on an empty import.)
 */
@AnalyzeClasses(packages = "io.kubereach", importOptions = ImportOption.DoNotIncludeTests.class)
class GraphModelIndependenceTest {

    @ArchTest
    static void graphModelUsesNoUiToolkit(JavaClasses imported) {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("graph-model computes; the app's views and the headless export draw, each with its own toolkit")
                .check(imported);
    }

    @ArchTest
    static void graphModelUsesNoKubernetesClient(JavaClasses imported) {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("io.fabric8..", "tools.jackson..", "com.fasterxml..")
                .because("one converter in the app's sources turns API objects into the model; nothing downstream sees fabric8 or Jackson types")
                .check(imported);
    }
}
