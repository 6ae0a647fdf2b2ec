package io.kubereach.cli;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * objects KubeReach recognises but does not evaluate make the answers they may change unknown: the scenarios of {@code src/test/resources/cnipol/unknown} through {@code can-reach --batch}
 * with both engines, each test named after the rule it shows (see {@link DocumentedScenarios}).
 */
@DisplayName("objects KubeReach recognises but does not evaluate make the answers they may change unknown")
class UnevaluatedDocumentedRulesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyDocumentedScenarioGivesTheDocumentedAnswers() {
        return DocumentedScenarios.of("unknown", temp);
    }
}
