package io.kubereach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The layers of graph-model, in the order data flows: {@code text} (language-neutral words) and
 * {@code model} (the snapshot's records) at the bottom, the {@code engine} (and kube-proxy,
 * CNI) on them, then {@code describe}, {@code graph}, {@code query} and {@code report}.
 */
@AnalyzeClasses(packages = "io.kubereach", importOptions = ImportOption.DoNotIncludeTests.class)
class GraphModelLayersTest {

    @ArchTest
    static void packagesAreFreeOfCycles(JavaClasses imported) {
        slices().matching("io.kubereach.(*)..")
                .should().beFreeOfCycles()
                .because("data flows one way (sources -> ClusterSnapshot -> engine -> NetworkGraph -> views); "
                        + "two packages that use each other can only change together")
                .check(imported);
    }

    @ArchTest
    static void textDependsOnlyOnTheJdk(JavaClasses imported) {
        classes().that().resideInAPackage("io.kubereach.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.kubereach.text..", "java..")
                .because("every package may keep its sentences as language-neutral messages, so the text package may use none of them")
                .check(imported);
    }

    @ArchTest
    static void modelDependsOnlyOnTextAndTheJdk(JavaClasses imported) {
        classes().that().resideInAPackage("io.kubereach.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.kubereach.model..", "io.kubereach.text..", "java..")
                .because("the model is the plain records every layer reads; it can know none of them")
                .check(imported);
    }

    @ArchTest
    static void engineDoesNotKnowWhatIsBuiltOnIt(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.kubereach.graph..", "io.kubereach.report..", "io.kubereach.describe..", "io.kubereach.query..")
                .because("the engine answers questions about a snapshot; the graph, the queries, the reports and the descriptions "
                        + "are built on its answers, so a new policy tier is a change to the engine alone")
                .check(imported);
    }

    @ArchTest
    static void graphDoesNotDependOnReports(JavaClasses imported) {
        noClasses().that().resideInAPackage("io.kubereach.graph..")
                .should().transitivelyDependOnClassesThat().resideInAPackage("io.kubereach.report..")
                .because("every view draws the graph; the reports are one output made from it, not part of it "
                        + "(not even through diff, whose change kinds the graph paints)")
                .check(imported);
    }
}
