package io.kubereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.query.ExpectationResult;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JUnit XML")
class JUnitXmlTest {

    @Test
    @DisplayName("markup is escaped and characters XML 1.0 cannot hold are dropped, in names and messages alike")
    void escapes() {
        assertThat(JUnitXml.escape("a<b> & \"c\" 'd'\u0001\u001b[31m\t\n")).isEqualTo("a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;[31m\t\n");
    }

    @Test
    @DisplayName("an expectation that could not be read is an error testcase, counted in its suite and in the whole")
    void unreadableIsAnError() {
        String xml = JUnitXml.write(List.of(new JUnitXml.Suite("t.yaml", List.of(ExpectationResult.unreadable("t.yaml expectation 1",
                "t.yaml expectation 1", "missing port")))), r -> List.of());

        assertThat(xml).contains("<testsuites name=\"kubereach\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0\">",
                "<testsuite name=\"t.yaml\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0\" skipped=\"0\">",
                "<error type=\"question\" message=\"missing port\">t.yaml expectation 1: missing port</error>");
    }
}
