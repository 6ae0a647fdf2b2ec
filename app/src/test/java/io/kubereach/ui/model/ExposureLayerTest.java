package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.WorkloadRef;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the exposure layer (no JavaFX thread)")
class ExposureLayerTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final ExposureLayer layer = app.exposure();

    @Test
    @DisplayName("off, it marks nothing; on, every exposed workload of the demo has its reasons, and off again clears them")
    void turnsOnAndOff() {
        assertThat(layer.marksProperty().get()).isEqualTo(ExposureMarks.NONE);
        layer.shownProperty().set(true);
        assertThat(layer.exposedProperty().get()).isNotEmpty();
        layer.exposedProperty().get().forEach((w, e) -> assertThat(ExposureLayer.reasons(e)).isNotEmpty());
        assertThat(layer.marksProperty().get().byWorkload()).hasSameSizeAs(layer.exposedProperty().get());
        layer.shownProperty().set(false);
        assertThat(layer.marksProperty().get().isEmpty()).isTrue();
        assertThat(layer.of(layer.exposedProperty().get().keySet().stream().findFirst().orElse(new WorkloadRef("x", "Pod", "y"))))
                .isEmpty();
    }

    @Test
    @DisplayName("the marks are the same at every level: a workload's box and its pods carry its worst reason, its namespace counts its exposed workloads")
    void sameAtEveryLevel() {
        layer.shownProperty().set(true);
        DiagramLayout layout = app.workspace().layoutProperty().get();
        Map<String, ExposureMarks.Mark> marks = layer.marksProperty().get().of(layout);
        Map<WorkloadRef, io.kubereach.report.Exposure> exposed = layer.exposedProperty().get();
        for (DiagramBox ns : layout.allBoxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).toList()) {
            long inside = exposed.keySet().stream().filter(w -> w.namespace().equals(ns.label())).count();
            if (inside == 0) {
                assertThat(marks).doesNotContainKey(ns.id());
            } else {
                assertThat(marks.get(ns.id()).group()).isTrue();
                assertThat(marks.get(ns.id()).workloads()).as(ns.label()).isEqualTo((int) inside);
            }
        }
        Map<String, WorkloadRef> byId = exposed.keySet().stream().collect(Collectors.toMap(GraphVertex.WorkloadVertex::idOf, w -> w));
        int workloadBoxes = 0;
        int podBoxes = 0;
        for (DiagramBox w : layout.allBoxes().stream().filter(b -> b.kind() == BoxKind.WORKLOAD).toList()) {
            WorkloadRef ref = byId.get(w.id());
            if (ref == null) {
                assertThat(marks).doesNotContainKey(w.id());
                continue;
            }
            workloadBoxes++;
            ExposureMarks.Reason worst = ExposureLayer.reasons(exposed.get(ref)).iterator().next();
            assertThat(marks.get(w.id())).isEqualTo(new ExposureMarks.Mark(worst, 1, false));
            for (DiagramBox pod : w.children().stream().filter(c -> c.kind() == BoxKind.POD).toList()) {
                assertThat(marks.get(pod.id())).as(pod.id()).isEqualTo(new ExposureMarks.Mark(worst, 1, false));
                podBoxes++;
            }
        }
        assertThat(workloadBoxes).isEqualTo(exposed.size());
        assertThat(podBoxes).isGreaterThanOrEqualTo(workloadBoxes);
    }

    @TempDir
    java.nio.file.Path dir;

    @Test
    @DisplayName("where a Cilium policy also applies to a marked workload for egress, its egress selector lines are listed unknown with the policy named, as list --exposure prints them; its ingress ones are not")
    void ciliumSelectorLinesUnknown() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("web.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop, labels: {app: web}}
                spec: {containers: [{name: web, image: web, ports: [{name: http, containerPort: 8080}]}]}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: to-ops, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress: [{to: [{namespaceSelector: {matchLabels: {team: ops}}}], ports: [{port: 8080}]}]
                ---
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: monitoring, namespace: shop}
                spec:
                  endpointSelector: {matchLabels: {app: web}}
                  egress: [{toEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: monitoring}}]}]
                """);
        AppViewModel opened = Workspaces.opened(dir);
        opened.exposure().shownProperty().set(true);
        io.kubereach.report.Exposure web = opened.exposure().of(new WorkloadRef("shop", "Pod", "web")).orElseThrow();
        assertThat(UnknownSelectors.of(web)).containsExactly(
                new UnknownSelectors(true, java.util.List.of("CiliumNetworkPolicy shop/monitoring"),
                        java.util.List.of("[namespace with {team=ops}]/[all pods]"), java.util.List.of("CiliumNetworkPolicy shop/monitoring")));
        assertThat(UnknownSelectors.of(web).get(0).lines()).isEqualTo(2);
    }

    @Test
    @DisplayName("with NetworkPolicies alone no selector line of the demo's marked workloads is unknown")
    void noUnknownSelectorsWithoutCniPolicies() {
        layer.shownProperty().set(true);
        assertThat(layer.exposedProperty().get().values()).allSatisfy(e -> assertThat(UnknownSelectors.of(e)).isEmpty());
    }
}
