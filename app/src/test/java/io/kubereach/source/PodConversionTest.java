package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PodConversionTest {

    @RegisterExtension
    final TemporaryManifests manifests = new TemporaryManifests("manifests.yaml");

    private Pod onlyPod(String yaml) throws ManifestException {
        ClusterSnapshot snapshot = manifests.folder().read("pod.yaml", yaml);
        assertThat(snapshot.pods()).hasSize(1);
        return snapshot.pods().get(0);
    }

    @Test
    void aListedPodKeepsLabelsIpsNodeContainersAndReadiness() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web-0, namespace: shop, labels: {app: web}}
                spec:
                  nodeName: worker-1
                  containers:
                  - name: nginx
                    image: nginx:1.27
                    ports:
                    - {name: http, containerPort: 8080}
                    - {containerPort: 53, protocol: UDP}
                status:
                  podIP: 10.0.0.5
                  podIPs: [{ip: 10.0.0.5}, {ip: 'fd00::5'}]
                  conditions: [{type: Ready, status: 'False'}]
                """);

        assertThat(pod.labels()).containsEntry("app", "web");
        assertThat(pod.ips()).containsExactly(IpAddress.of("10.0.0.5"), IpAddress.of("fd00::5"));
        assertThat(pod.node()).contains("worker-1");
        assertThat(pod.hostNetwork()).isFalse();
        assertThat(pod.ready()).isFalse();
        assertThat(pod.containers()).containsExactly(new Container("nginx", "nginx:1.27", List.of(
                new ContainerPort("http", 8080, Protocol.TCP), new ContainerPort("", 53, Protocol.UDP))));
    }

    @Test
    void aManifestPodHasNoIpNoNodeAndCountsAsReady() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata: {name: tool}
                spec:
                  hostNetwork: true
                  containers: [{name: c, image: busybox}]
                """);

        assertThat(pod.ips()).isEmpty();
        assertThat(pod.node()).isEmpty();
        assertThat(pod.ready()).isTrue();
        assertThat(pod.hostNetwork()).isTrue();
    }

    @Test
    void aPodWithoutOwnerIsItsOwnWorkload() throws Exception {
        Pod pod = onlyPod("{apiVersion: v1, kind: Pod, metadata: {name: solo, namespace: x}}");

        assertThat(pod.owner()).isEqualTo(new WorkloadRef("x", "Pod", "solo"));
    }

    @Test
    void aPodBelongsToItsControllerOwnerAndAReplicaSetIsNotTracedToItsDeployment() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web-7d77fb55cc-abcde
                  namespace: shop
                  ownerReferences:
                  - {apiVersion: v1, kind: ConfigMap, name: not-the-controller}
                  - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d77fb55cc, controller: true}
                """);

        assertThat(pod.owner()).isEqualTo(new WorkloadRef("shop", "ReplicaSet", "web-7d77fb55cc"));
        assertThat(pod.owner()).hasToString("shop/web-7d77fb55cc[ReplicaSet]");
    }

    @Test
    void aNodeOwnerOfAStaticPodIsIgnored() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: kube-apiserver-master
                  namespace: kube-system
                  ownerReferences: [{apiVersion: v1, kind: Node, name: master, controller: true}]
                """);

        assertThat(pod.owner()).isEqualTo(new WorkloadRef("kube-system", "Pod", "kube-apiserver-master"));
    }

    @Test
    void anOwnerWithoutKindMakesThePodAPodNamedAfterTheOwner() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: internal-security-1
                  ownerReferences: [{name: internal-security, controller: true}]
                """);

        assertThat(pod.owner()).isEqualTo(new WorkloadRef("default", "Pod", "internal-security"));
    }

    @Test
    void aDeploymentTemplateBecomesAPodWithTheTemplateLabelsAndNamedPorts() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: checkout, namespace: shop, labels: {not: template}}
                spec:
                  selector: {matchLabels: {app: checkout}}
                  template:
                    metadata:
                      namespace: ignored
                      labels: {app: checkout, tier: back}
                    spec:
                      containers:
                      - name: server
                        image: checkout:1
                        ports: [{name: grpc, containerPort: 5050}, {name: metrics, containerPort: 9090, protocol: SCTP}]
                """);

        WorkloadRef ref = new WorkloadRef("shop", "Deployment", "checkout");
        assertThat(snapshot.workloads()).singleElement().satisfies(w -> {
            assertThat(w.ref()).isEqualTo(ref);
            assertThat(w.replicas()).isEqualTo(1);
            assertThat(w.templateLabels()).isEqualTo(java.util.Map.of("app", "checkout", "tier", "back"));
            assertThat(w.containers()).extracting(c -> c.name() + " " + c.image()).containsExactly("server checkout:1");
            assertThat(w.owner()).isEmpty();
        });
        assertThat(snapshot.pods()).singleElement().satisfies(pod -> {
            assertThat(pod.namespace()).isEqualTo("shop");
            assertThat(pod.name()).isEqualTo("checkout-1");
            assertThat(pod.owner()).isEqualTo(ref);
            assertThat(pod.labels()).containsOnlyKeys("app", "tier");
            assertThat(pod.ips()).isEmpty();
            assertThat(pod.node()).isEmpty();
            assertThat(pod.namedPort("grpc", Protocol.TCP)).contains(5050);
            assertThat(pod.namedPort("metrics", Protocol.SCTP)).contains(9090);
        });
    }

    @Test
    void aWorkloadWithSeveralReplicasGetsTwoRepresentativePods() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("sts.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  replicas: 5
                  template: {metadata: {labels: {app: db}}}
                """);

        assertThat(snapshot.workloads()).singleElement().extracting(Workload::replicas).isEqualTo(5);
        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("db-1", "db-2");
    }

    @Test
    void aWorkloadScaledToZeroStillGetsOneRepresentativePod() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("rs.yaml", """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: old}
                spec:
                  replicas: 0
                  template: {metadata: {labels: {app: old}}}
                """);

        assertThat(snapshot.workloads()).singleElement().extracting(Workload::replicas).isEqualTo(0);
        assertThat(snapshot.pods()).extracting(Pod::name).containsExactly("old-1");
    }

    @Test
    void aCronJobTemplateIsReadThroughItsJobTemplate() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("cron.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: report, namespace: ops}
                spec:
                  schedule: '0 * * * *'
                  jobTemplate:
                    spec:
                      template:
                        metadata: {labels: {job: report}}
                        spec:
                          containers: [{name: r, image: report, ports: [{containerPort: 8125, protocol: UDP}]}]
                """);

        assertThat(snapshot.pods()).singleElement().satisfies(pod -> {
            assertThat(pod.owner()).isEqualTo(new WorkloadRef("ops", "CronJob", "report"));
            assertThat(pod.labels()).containsEntry("job", "report");
            assertThat(pod.ports()).containsExactly(new ContainerPort("", 8125, Protocol.UDP));
        });
    }

    @Test
    void everyWorkloadKindIsTurnedIntoPodsOfThatKind() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("workloads.yaml", """
                {apiVersion: apps/v1, kind: DaemonSet, metadata: {name: ds}, spec: {template: {metadata: {labels: {a: ds}}}}}
                ---
                {apiVersion: v1, kind: ReplicationController, metadata: {name: rc}, spec: {template: {metadata: {labels: {a: rc}}}}}
                ---
                {apiVersion: batch/v1, kind: Job, metadata: {name: job}, spec: {template: {metadata: {labels: {a: job}}}}}
                ---
                {apiVersion: extensions/v1beta1, kind: Deployment, metadata: {name: legacy}, spec: {template: {metadata: {labels: {a: l}}}}}
                """);

        assertThat(snapshot.pods()).extracting(p -> p.owner().toString()).containsExactly(
                "default/ds[DaemonSet]", "default/rc[ReplicationController]", "default/job[Job]", "default/legacy[Deployment]");
    }

    @Test
    void aContainerPortWithoutNumberIsSkippedWithAWarning() throws Exception {
        Pod pod = onlyPod("""
                apiVersion: v1
                kind: Pod
                metadata: {name: typo}
                spec:
                  containers: [{name: c, ports: [{name: udps, containerport: 3535, protocol: UDP}, {containerPort: 80}]}]
                """);

        assertThat(pod.ports()).containsExactly(new ContainerPort("", 80, Protocol.TCP));
        assertThat(pod.node()).isEqualTo(Optional.empty());
        assertThat(manifests.folder().read().warnings()).singleElement().asString()
                .contains("pod.yaml: Pod default/typo: container c port udps has no containerPort");
    }

    @Test
    void aPodRunsAsItsServiceAccountOrAsDefaultWhenItNamesNone() throws Exception {
        ClusterSnapshot snapshot = manifests.folder().read("pods.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: named, namespace: shop}
                spec: {serviceAccountName: leia, containers: [{name: c, image: busybox}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: old-alias, namespace: shop}
                spec: {serviceAccount: luke, containers: [{name: c, image: busybox}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: unnamed, namespace: shop}
                spec: {containers: [{name: c, image: busybox}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: api}}
                    spec: {serviceAccountName: api-service, containers: [{name: c, image: busybox}]}
                """);

        assertThat(snapshot.pods()).extracting(Pod::name, Pod::serviceAccount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("named", "leia"),
                org.assertj.core.groups.Tuple.tuple("old-alias", "luke"),
                org.assertj.core.groups.Tuple.tuple("unnamed", "default"),
                org.assertj.core.groups.Tuple.tuple("api-1", "api-service"),
                org.assertj.core.groups.Tuple.tuple("api-2", "api-service"));
    }
}
