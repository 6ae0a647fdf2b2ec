package io.kubereach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** graph-model stays pure: no UI toolkit, no Kubernetes client, and the model knows nothing of the engine. */
class GraphModelIndependenceTest {

    private final JavaClasses graphModel = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kubereach");

    @Test
    @DisplayName("graph-model imports no JavaFX, AWT or Swing")
    void graphModelUsesNoUiToolkit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(graphModel);
    }

    @Test
    @DisplayName("graph-model imports no fabric8 and no Jackson")
    void graphModelUsesNoKubernetesClient() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.fabric8..", "tools.jackson..", "com.fasterxml..")
                .check(graphModel);
    }

    @Test
    @DisplayName("the model records depend on nothing else of KubeReach")
    void modelDependsOnNothingElse() {
        noClasses().that().resideInAPackage("io.kubereach.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.kubereach.engine..", "io.kubereach.report..", "io.kubereach.query..", "io.kubereach.proxy..")
                .check(graphModel);
    }

    @Test
    @DisplayName("the graph-model jar holds classes, so the rules above are not vacuous")
    void rulesSeeClasses() {
        org.assertj.core.api.Assertions.assertThat(graphModel.contain("io.kubereach.engine.LiteralEngine")).isTrue();
    }
}
