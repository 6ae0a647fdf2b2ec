package io.kubereach.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calico's policies and tiers, each case a rule of Calico's documentation or end-to-end tests: the scenarios of {@code src/test/resources/cnipol/calico} through {@code can-reach --batch}
 * with both engines, each test named after the rule it shows (see {@link DocumentedScenarios}).
 */
@DisplayName("Calico's policies and tiers, each case a rule of Calico's documentation or end-to-end tests")
class CalicoDocumentedRulesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyDocumentedScenarioGivesTheDocumentedAnswers() {
        return DocumentedScenarios.of("calico", temp);
    }
}
