package io.kubereach.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cilium's policy language, each case a rule of Cilium's documentation or examples: the scenarios of {@code src/test/resources/cnipol/cilium} through {@code can-reach --batch}
 * with both engines, each test named after the rule it shows (see {@link DocumentedScenarios}).
 */
@DisplayName("Cilium's policy language, each case a rule of Cilium's documentation or examples")
class CiliumDocumentedRulesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyDocumentedScenarioGivesTheDocumentedAnswers() {
        return DocumentedScenarios.of("cilium", temp);
    }
}
