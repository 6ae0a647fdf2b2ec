package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.describe.Concept;
import io.kubereach.describe.ConceptExplanation;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.GraphEdge;
import io.kubereach.model.PodRef;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Optional;
import io.kubereach.graph.PairVerdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the selection view model (no JavaFX thread)")
class SelectionViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final SelectionViewModel selection = app.selection();

    private static final String REDIS_0 = "pod:default/redis-0";

    @Test
    @DisplayName("a pod: its network namespace, the policies that select it, whom it reaches and who reaches it, all highlighted")
    void pod() {
        selection.select(REDIS_0);
        Details.PodInfo pod = (Details.PodInfo) selection.detailsProperty().get();
        assertThat(pod.pod().ref()).isEqualTo(new PodRef("default", "redis-0"));
        assertThat(pod.network().containers()).containsExactly("redis");
        assertThat(pod.network().holder().ips()).hasSize(1);
        assertThat(pod.policies()).extracting(p -> p.qualifiedName()).containsExactly("default/test-network-policy");
        assertThat(pod.reach().reachedBy()).extracting(Details.Peer::name).contains("default/frontend-6d4cf56db6-2kq8m")
                .doesNotContain("default/nightly-report-28735140-9wz5t");
        assertThat(pod.reach().reaches()).extracting(Details.Peer::name).containsExactly("10.0.0.0/24");
        assertThat(pod.concepts()).extracting(ConceptExplanation::concept).containsExactly(Concept.POD, Concept.PAUSE_CONTAINER);
        assertThat(selection.highlightProperty().get()).contains(REDIS_0, "pod:default/frontend-6d4cf56db6-2kq8m")
                .doesNotContain("pod:default/nightly-report-28735140-9wz5t");
    }

    @Test
    @DisplayName("two containers of one pod share its namespace: the pause container's details name both")
    void sharedNamespace() {
        String pause = app.workspace().layoutProperty().get().allBoxes().stream().map(b -> b.id())
                .filter(id -> id.startsWith("pause:shop/web-")).findFirst().orElseThrow();
        selection.select(pause);
        Details.Other other = (Details.Other) selection.detailsProperty().get();
        assertThat(other.network()).hasValueSatisfying(n -> assertThat(n.containers()).containsExactly("web", "envoy"));
        assertThat(other.concepts()).extracting(ConceptExplanation::concept).containsExactly(Concept.PAUSE_CONTAINER);
    }

    @Test
    @DisplayName("a traffic line: the verdict per port with the engine's reasons, and a CNI that does not enforce it")
    void trafficEdge() {
        DiagramLine line = app.workspace().layoutProperty().get().lines().stream()
                .filter(l -> l.verdict().isPresent() && l.id().contains("StatefulSet/redis")).findFirst().orElseThrow();
        selection.select(line.id());
        Details.Traffic t = (Details.Traffic) selection.detailsProperty().get();
        assertThat(t.edge()).isInstanceOf(GraphEdge.Traffic.class);
        assertThat(t.explanation().ports()).isNotEmpty().allSatisfy(p -> assertThat(p.reasons(Language.ENGLISH)).isNotEmpty());
        assertThat(t.enforcement()).isEqualTo(io.kubereach.cni.PolicyEnforcement.NOT_ENFORCED);
        assertThat(selection.highlightProperty().get()).contains(line.id());
    }

    @Test
    @DisplayName("a policy: its description in both languages, its YAML, and the pods it selects highlighted")
    void policy() {
        selection.select(REDIS_0);
        selection.follow(DetailsBuilder.POLICY_PREFIX + "default/test-network-policy");
        Details.PolicyInfo p = (Details.PolicyInfo) selection.detailsProperty().get();
        assertThat(p.selected()).containsExactly(new PodRef("default", "redis-0"), new PodRef("default", "redis-1"));
        assertThat(MessageText.in(Language.ENGLISH).text(p.description())).contains("6379/TCP", "172.17.0.0/16");
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).text(p.description())).contains("6379/TCP").containsPattern("\\p{IsHan}");
        assertThat(p.yaml()).contains("kind: NetworkPolicy", "role: db", "port: 6379");
        assertThat(selection.highlightProperty().get()).contains(REDIS_0, "pod:default/redis-1").doesNotContain("pod:shop/cart-84b6d7f9c-wm4tn");
        assertThat(selection.canGoBack()).isTrue();
        selection.back();
        assertThat(selection.selectedProperty().get()).isEqualTo(REDIS_0);
        assertThat(selection.canGoBack()).isFalse();
    }

    @Test
    @DisplayName("a Service: its type explained, its backends per port, the kube-proxy mode")
    void service() {
        selection.select("svc:payments/payments-api");
        Details.ServiceInfo s = (Details.ServiceInfo) selection.detailsProperty().get();
        assertThat(s.ports()).hasSize(1);
        assertThat(s.ports().get(0).backends()).hasSize(2);
        assertThat(s.concepts()).extracting(ConceptExplanation::concept).contains(Concept.SERVICE, Concept.KUBE_PROXY_MODE);
    }

    @Test
    @DisplayName("a node: its pod CIDR, the CNI, and that it does not enforce policy")
    void node() {
        selection.select("node:node-a");
        Details.NodeInfo node = (Details.NodeInfo) selection.detailsProperty().get();
        assertThat(node.pods()).hasValueSatisfying(p -> assertThat(p.podCidrs()).extracting(Object::toString).containsExactly("10.244.0.0/24"));
        assertThat(node.cni().name()).isEqualTo("flannel");
        assertThat(node.concepts()).extracting(ConceptExplanation::concept).containsExactly(Concept.CNI);
        assertThat(MessageText.in(Language.ENGLISH).render(node.concepts().get(0).paragraphs().get(1))).contains("flannel");
    }

    @Test
    @DisplayName("focus is offered for a pod or workload only, and lays out its neighbourhood")
    void focus() {
        selection.select("svc:payments/payments-api");
        assertThat(selection.canFocus()).isFalse();
        selection.select(REDIS_0);
        assertThat(selection.canFocus()).isTrue();
        selection.focus(true);
        assertThat(app.workspace().focusProperty().get()).contains(REDIS_0);
        selection.focus(false);
        assertThat(app.workspace().focusProperty().get()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("nothing selected: no details, no highlight; a refreshed cluster keeps the selection")
    void nothingAndRefresh() {
        selection.select("");
        assertThat(selection.detailsProperty().get()).isEqualTo(new Details.Nothing());
        assertThat(selection.highlightProperty().get()).isEmpty();
        selection.select(REDIS_0);
        app.workspace().refresh();
        assertThat(selection.selectedProperty().get()).isEqualTo(REDIS_0);
        assertThat(selection.detailsProperty().get()).isInstanceOf(Details.PodInfo.class);
        assertThat(List.of(selection.highlightProperty().get())).isNotEmpty();
    }

    @Test
    @DisplayName("a pod's details list whom it cannot reach and who cannot reach it, by namespace, and say it cannot resolve DNS")
    void blockedPeersAndDns() {
        selection.select(REDIS_0);
        Details.Reach reach = ((Details.PodInfo) selection.detailsProperty().get()).reach();
        assertThat(reach.notReachedBy()).extracting(Details.Peer::name).contains("default/nightly-report-28735140-9wz5t");
        assertThat(reach.notReachedBy()).allSatisfy(p -> assertThat(p.verdict()).isIn(PairVerdict.BLOCKED, PairVerdict.UNKNOWN));
        assertThat(reach.cannotReach()).extracting(Details.Peer::name).contains("default/frontend-6d4cf56db6-2kq8m");
        assertThat(reach.cannotReach()).extracting(Details.Peer::namespace).isSorted();
        assertThat(reach.dns().udp()).isEqualTo(PairVerdict.BLOCKED);
        assertThat(reach.dns().servers()).isNotEmpty().allMatch(s -> s.startsWith("kube-system/coredns"));
        int everyOtherPod = app.workspace().analysisProperty().get().snapshot().pods().size() - 1;
        assertThat(reach.reaches().size() + reach.cannotReach().size()).isGreaterThanOrEqualTo(everyOtherPod);
    }

    @Test
    @DisplayName("a workload's details list its peers both ways and say it resolves DNS when nothing isolates it")
    void workloadPeersAndDns() {
        selection.select("workload:default/Job/nightly-report-28735140");
        Details.Reach reach = ((Details.WorkloadInfo) selection.detailsProperty().get()).reach();
        assertThat(reach.cannotReach()).extracting(Details.Peer::vertexId).contains("workload:default/StatefulSet/redis");
        assertThat(reach.dns().udp()).isEqualTo(PairVerdict.ALLOWED);
        assertThat(selection.highlightProperty().get()).isNotEmpty();
    }

    @Test
    @DisplayName("a namespace's details give its labels, policies, isolation and what enters and leaves it by namespace")
    void namespaceDetails() {
        selection.select("ns:default");
        Details.NamespaceInfo ns = (Details.NamespaceInfo) selection.detailsProperty().get();
        assertThat(ns.labels()).containsEntry("kubernetes.io/metadata.name", "default");
        assertThat(ns.policies()).extracting(p -> p.qualifiedName()).contains("default/test-network-policy");
        assertThat(ns.ingressIsolated()).isPositive().isLessThanOrEqualTo(ns.pods());
        assertThat(ns.enters()).extracting(Details.NamespaceFlow::namespace).contains("default", "shop", "kube-system");
        assertThat(ns.leaves()).allSatisfy(f -> assertThat(f.counts().total()).isNotNegative());
    }

    @Test
    @DisplayName("details that cannot be worked out are said, with the reason, never shown as nothing selected")
    void failedDetailsAreSaid() {
        io.kubereach.ui.task.JobRunner failing = new io.kubereach.ui.task.JobRunner() {
            @Override
            public <T> io.kubereach.ui.task.JobHandle start(io.kubereach.ui.task.Job<T> job, io.kubereach.ui.task.JobListener<T> listener) {
                listener.failed(new IllegalStateException("the engine broke"));
                return io.kubereach.ui.task.JobHandle.done();
            }

            @Override
            public void later(Runnable action) {
                action.run();
            }
        };
        SelectionViewModel broken = new SelectionViewModel(app.workspace(), failing);
        broken.select(REDIS_0);
        assertThat(broken.detailsProperty().get()).isEqualTo(new Details.Failed("the engine broke"));
        assertThat(broken.highlightProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("blocked only keeps the selection's blocked lines highlighted and lets its allowed ones fade")
    void blockedOnly() {
        String redis = "workload:default/StatefulSet/redis";
        String blocked = "traffic:workload:default/Job/nightly-report-28735140>" + redis;
        String allowed = "traffic:workload:default/Deployment/frontend>" + redis;
        selection.select(redis);
        assertThat(selection.highlightProperty().get()).contains(blocked, allowed, redis);
        selection.blockedOnlyProperty().set(true);
        assertThat(selection.highlightProperty().get()).contains(blocked, redis).doesNotContain(allowed);
        selection.blockedOnlyProperty().set(false);
        assertThat(selection.highlightProperty().get()).contains(allowed);
    }

    @Test
    @DisplayName("the exposure layer lists who is reachable from outside, from every namespace, or isolated by nothing, and highlights them")
    void exposureLayer() {
        selection.select(DetailsBuilder.EXPOSURE);
        Details.ExposureInfo info = (Details.ExposureInfo) selection.detailsProperty().get();
        var byName = new java.util.HashMap<String, io.kubereach.report.Exposure>();
        info.exposures().forEach(e -> byName.put(e.workload().namespace() + "/" + e.workload().name(), e));
        var frontend = byName.get("default/frontend");
        assertThat(frontend.reachableFromEveryNamespace()).isTrue();
        assertThat(frontend.notIsolated()).isTrue();
        var redis = byName.get("default/redis");
        assertThat(redis.reachableFromOutside()).isTrue();
        assertThat(redis.reachableFromEveryNamespace()).as("only namespaces labelled project=myproject are admitted").isFalse();
        assertThat(redis.ingressProtected()).isTrue();
        assertThat(selection.highlightProperty().get()).contains("workload:default/Deployment/frontend", "workload:default/StatefulSet/redis");
    }

    @Test
    @DisplayName("while a selection's details are worked out the selection is busy, until the job of the last selection ends")
    void busyUntilTheLastSelectionsDetails() {
        io.kubereach.ui.task.QueuedJobRunner runner = new io.kubereach.ui.task.QueuedJobRunner();
        AppViewModel vm = new AppViewModel(new io.kubereach.ui.source.ClusterSourceLoader(), runner,
                new io.kubereach.ui.prefs.AppPreferences(new io.kubereach.ui.prefs.MemoryPreferenceStore()));
        vm.start(Optional.empty());
        runner.runAll();
        SelectionViewModel queued = vm.selection();
        assertThat(queued.busyProperty().get()).isFalse();

        queued.select(REDIS_0);
        queued.select("pod:default/redis-1");
        assertThat(queued.busyProperty().get()).as("two jobs wait").isTrue();
        assertThat(queued.detailsProperty().get()).isInstanceOf(Details.Nothing.class);
        runner.runAll();
        assertThat(queued.busyProperty().get()).isFalse();
        assertThat(((Details.PodInfo) queued.detailsProperty().get()).pod().ref()).isEqualTo(new PodRef("default", "redis-1"));

        queued.select(REDIS_0);
        queued.select("");
        assertThat(queued.busyProperty().get()).as("nothing selected: nothing to work out").isFalse();
    }
}
