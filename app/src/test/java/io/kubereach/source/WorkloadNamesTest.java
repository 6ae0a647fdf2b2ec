package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("workloads are what users name: a live cluster's pods belong to their Deployment or CronJob")
class WorkloadNamesTest {

    private static io.fabric8.kubernetes.api.model.Pod pod(String name, String ownerKind, String owner, Map<String, String> labels) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("shop").withLabels(labels)
                .addNewOwnerReference().withKind(ownerKind).withName(owner).withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName("worker-1").endSpec().withNewStatus().withPodIP("10.244.1." + name.length()).endStatus().build();
    }

    private static ClusterSnapshot live(HasMetadata... objects) throws ManifestException {
        ClusterConverter converter = ClusterConverter.forCluster("kind-dev");
        for (HasMetadata object : objects) {
            converter.add(object, "kind-dev");
        }
        return converter.snapshot();
    }

    private static HasMetadata deployment() {
        return new DeploymentBuilder().withNewMetadata().withName("frontend").withNamespace("shop").endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().withLabels(Map.of("app", "frontend")).endMetadata().endTemplate()
                .endSpec().build();
    }

    private static HasMetadata replicaSet() {
        return new ReplicaSetBuilder().withNewMetadata().withName("frontend-6d4cf56db6").withNamespace("shop")
                .addNewOwnerReference().withKind("Deployment").withName("frontend").withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().withLabels(Map.of("app", "frontend")).endMetadata().endTemplate()
                .endSpec().build();
    }

    @Test
    @DisplayName("a pod of a Deployment's ReplicaSet belongs to the Deployment, and keeps its ReplicaSet as its controller")
    void replicaSetPodsBelongToTheirDeployment() throws Exception {
        ClusterSnapshot snapshot = live(deployment(), replicaSet(),
                pod("frontend-6d4cf56db6-x7k2p", "ReplicaSet", "frontend-6d4cf56db6", Map.of("app", "frontend")));

        Pod pod = snapshot.pods().get(0);
        assertThat(pod.owner()).isEqualTo(new WorkloadRef("shop", "Deployment", "frontend"));
        assertThat(pod.controller()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "frontend-6d4cf56db6"));
    }

    @Test
    @DisplayName("a pod of a CronJob's Job belongs to the CronJob")
    void jobPodsBelongToTheirCronJob() throws Exception {
        HasMetadata cronJob = new CronJobBuilder().withNewMetadata().withName("report").withNamespace("shop").endMetadata()
                .withNewSpec().withSchedule("@hourly").withNewJobTemplate().withNewSpec().withNewTemplate().withNewMetadata()
                .withLabels(Map.of("app", "report")).endMetadata().endTemplate().endSpec().endJobTemplate().endSpec().build();
        HasMetadata job = new JobBuilder().withNewMetadata().withName("report-29001234").withNamespace("shop")
                .addNewOwnerReference().withKind("CronJob").withName("report").withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().withLabels(Map.of("app", "report")).endMetadata().endTemplate()
                .endSpec().build();

        ClusterSnapshot snapshot = live(cronJob, job, pod("report-29001234-abcde", "Job", "report-29001234", Map.of("app", "report")));

        assertThat(snapshot.pods().get(0).owner()).isEqualTo(new WorkloadRef("shop", "CronJob", "report"));
    }

    @Test
    @DisplayName("without its ReplicaSet in the source, a pod is given to the Deployment its pod-template-hash names")
    void deploymentKnownByTheTemplateHash() throws Exception {
        ClusterSnapshot snapshot = live(pod("frontend-6d4cf56db6-x7k2p", "ReplicaSet", "frontend-6d4cf56db6",
                Map.of("app", "frontend", "pod-template-hash", "6d4cf56db6")));

        assertThat(snapshot.pods().get(0).owner()).isEqualTo(new WorkloadRef("shop", "Deployment", "frontend"));
    }

    @Test
    @DisplayName("a ReplicaSet of its own (no Deployment owns it) stays the pod's workload")
    void bareReplicaSetStays() throws Exception {
        HasMetadata bare = new ReplicaSetBuilder().withNewMetadata().withName("cache").withNamespace("shop").endMetadata()
                .withNewSpec().withNewTemplate().withNewMetadata().withLabels(Map.of("app", "cache")).endMetadata().endTemplate()
                .endSpec().build();

        ClusterSnapshot snapshot = live(bare, pod("cache-q9z", "ReplicaSet", "cache", Map.of("app", "cache", "pod-template-hash", "q9z")));

        assertThat(snapshot.pods().get(0).owner()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "cache"));
    }
}
