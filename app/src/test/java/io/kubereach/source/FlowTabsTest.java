package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.model.ClusterSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("tabs in YAML, read as Go reads them")
class FlowTabsTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    @Test
    @DisplayName("a tab that starts a line inside a flow mapping reads as a space, and every value is kept")
    void aTabInsideAFlowMappingIsASpace() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
                + "  labels: {app: web,\n\t    tier: front}\n");

        assertThat(snapshot.pods()).singleElement().satisfies(p ->
                assertThat(p.labels()).containsEntry("app", "web").containsEntry("tier", "front"));
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    @DisplayName("a tab that starts a line inside a flow sequence, as in netpol-analyzer's acs-security-demos, does not stop the file")
    void aTabInsideAFlowSequenceIsASpace() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: webapp, namespace: frontend}
                spec:
                  template:
                    metadata: {labels: {app: webapp}}
                    spec:
                      containers:
                        - name: webapp
                          args:
                            [
                              "-jar",
                """ + "\t            \"-Dlisten=8080\",\n" + """
                              "app.jar",
                            ]
                          ports: [{containerPort: 8080}]
                """);

        assertThat(snapshot.pods()).first().satisfies(p -> assertThat(p.ports()).singleElement()
                .satisfies(port -> assertThat(port.number()).isEqualTo(8080)));
    }

    @Test
    @DisplayName("a tab that indents a block is still a syntax error naming file and line, as in Go")
    void aTabIndentingABlockIsAnError() {
        manifests.folder().write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n");

        assertThatThrownBy(() -> ManifestSource.strict().read(manifests.root()))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("pod.yaml")
                .hasMessageContaining("line 4");
    }
}
