package io.kubereach.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.report.Exposure;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ExposureText;
import io.kubereach.source.ManifestSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The peer corpus's exposure case, {@code exposure_test_pod_exposed_only_to_representative_peers}:
 * workload-a, selected by no policy, is exposed to everything both ways and protected in no
 * direction; workload-b is isolated both ways and admits only a namespace label no namespace has.
 * netpol-analyzer's exposure section for it (its test_outputs, not in the corpus) has the lines
 * asserted here: workload-a's, and workload-b's that name the rule's selector as a representative
 * peer ({@code [namespace with {…}]/[all pods] : TCP 8050}).
 */
@DisplayName("list --exposure on the peer corpus's exposure case")
class ExposureConformanceTest {

    private static final String CASE = "exposure_test_pod_exposed_only_to_representative_peers";

    private static ExposureText exposure() throws Exception {
        Path inputs = PeerCorpus.folderOrSkip("netpol-analyzer").resolve("tests").resolve(CASE);
        ClusterSnapshot snapshot = new ManifestSource().read(List.of(inputs));
        return new ExposureText(snapshot, new IndexedEngine(snapshot, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS);
    }

    @Test
    @DisplayName("the unprotected workload is exposed to the entire cluster and every outside address both ways, as netpol-analyzer says")
    void unprotectedWorkloadLines() throws Exception {
        String text = exposure().text();
        assertThat(text).contains("\nExposure Analysis Result:\nEgress Exposure:\n"
                + "hello-world/workload-a[Deployment] \t=> \t0.0.0.0-255.255.255.255[External] : All Connections\n"
                + "hello-world/workload-a[Deployment] \t=> \tentire-cluster : All Connections\n");
        assertThat(text).contains("\nIngress Exposure:\n"
                + "hello-world/workload-a[Deployment] \t<= \t0.0.0.0-255.255.255.255[External] : All Connections\n"
                + "hello-world/workload-a[Deployment] \t<= \tentire-cluster : All Connections\n");
        assertThat(text).endsWith("\nWorkloads not protected by network policies:\n"
                + "hello-world/workload-a[Deployment] is not protected on Egress\n"
                + "hello-world/workload-a[Deployment] is not protected on Ingress\n");
    }

    @Test
    @DisplayName("the isolated workload is exposed, both ways, to the pods of namespaces with the label its rules name, as netpol-analyzer writes them")
    void isolatedWorkloadSelectorLines() throws Exception {
        String text = exposure().text();
        String peer = "[namespace with {{Key:foo.com/managed-state,Operator:In,Values:[managed],}}]/[all pods] : TCP 8050\n";
        assertThat(text).contains("hello-world/workload-a[Deployment] \t=> \tentire-cluster : All Connections\n"
                + "hello-world/workload-b[Deployment] \t=> \t" + peer + "\nIngress Exposure:\n");
        assertThat(text).contains("hello-world/workload-a[Deployment] \t<= \tentire-cluster : All Connections\n"
                + "hello-world/workload-b[Deployment] \t<= \t" + peer + "\nWorkloads not protected");
    }

    @Test
    @DisplayName("the isolated workload that admits only a label no namespace has is exposed neither to the entire cluster nor outside, only to that selector")
    void isolatedWorkloadIsNotExposed() throws Exception {
        Exposure b = exposure().exposures().stream().filter(e -> e.workload().name().equals("workload-b")).findFirst().orElseThrow();
        assertThat(b.ingressProtected()).isTrue();
        assertThat(b.egressProtected()).isTrue();
        assertThat(b.fromEveryNamespace().isEmpty()).isTrue();
        assertThat(b.toEveryNamespace().isEmpty()).isTrue();
        assertThat(b.fromOutside()).isEmpty();
        assertThat(b.fromSelectors()).hasSize(1);
        assertThat(b.toOutside()).isEmpty();
        assertThat(b.exposed()).isFalse(); // the badge marks the entire cluster and outside, not one selector's pods
    }
}
