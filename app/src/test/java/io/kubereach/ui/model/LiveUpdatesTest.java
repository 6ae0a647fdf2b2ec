package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterNews;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.source.SourceWatch;
import io.kubereach.ui.task.DirectJobRunner;
import io.kubereach.ui.task.JobControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a live cluster in the window (no JavaFX thread, a fake cluster)")
class LiveUpdatesTest {

    private static final ClusterSource.Kubeconfig CONTEXT = new ClusterSource.Kubeconfig(Optional.empty(), "kind-kind");

    /** Serves the demo as a live cluster and lets the test tell what happens to it. */
    private static final class FakeCluster implements SourceLoader {
        private final ClusterSnapshot demo;
        ClusterNews news;
        int watches;
        int closed;

        FakeCluster() throws Exception {
            demo = new ClusterSourceLoader().load(new ClusterSource.Demo(), JobControl.none()).snapshot();
        }

        @Override
        public LoadedCluster load(ClusterSource source, JobControl control) {
            return new LoadedCluster(demo, "kind-kind");
        }

        @Override
        public SourceWatch watch(ClusterSource source, JobControl control, ClusterNews told) {
            news = told;
            watches++;
            return new SourceWatch() {
                @Override
                public LoadedCluster first() {
                    return new LoadedCluster(demo, "kind-kind");
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }

        /** The demo without one of its pods, as a watch would report after the pod was deleted. */
        LoadedCluster without(String podName) {
            List<Pod> pods = demo.pods().stream().filter(p -> !p.name().equals(podName)).toList();
            return new LoadedCluster(new ClusterSnapshot(demo.source(), demo.namespaces(), demo.nodes(), pods, demo.workloads(),
                    demo.services(), demo.endpoints(), demo.ingresses(), demo.policies(), demo.warningMessages(), demo.kubeProxy(), demo.gaps()),
                    "kind-kind");
        }

        /** The demo with {@code default/test-network-policy} also admitting every peer on its ports: verdicts change, isolation does not. */
        LoadedCluster withRedisOpenToAll() {
            List<NetworkPolicy> policies = demo.policies().stream().map(p -> {
                if (!p.qualifiedName().equals("default/test-network-policy")) {
                    return p;
                }
                List<PolicyRule> ingress = new ArrayList<>(p.ingress());
                ingress.add(new PolicyRule(List.of(), p.ingress().get(0).ports()));
                return new NetworkPolicy(p.namespace(), p.name(), p.podSelector(), p.policyTypes(), p.policyTypesDeclared(), ingress, p.egress());
            }).toList();
            return new LoadedCluster(new ClusterSnapshot(demo.source(), demo.namespaces(), demo.nodes(), demo.pods(), demo.workloads(),
                    demo.services(), demo.endpoints(), demo.ingresses(), policies, demo.warningMessages(), demo.kubeProxy(), demo.gaps()), "kind-kind");
        }
    }

    private FakeCluster cluster;
    private WorkspaceViewModel workspace;

    @BeforeEach
    void openTheContext() throws Exception {
        cluster = new FakeCluster();
        workspace = new WorkspaceViewModel(cluster, new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()), new Activity());
        workspace.open(CONTEXT);
    }

    @Test
    @DisplayName("a kubeconfig context opens with its context name, and live starts watching it")
    void liveWatches() {
        assertThat(workspace.analysisProperty().get().context()).isEqualTo("kind-kind");
        workspace.liveProperty().set(true);
        assertThat(cluster.watches).isEqualTo(1);
        assertThat(workspace.liveStateProperty().get()).isEqualTo(LiveState.WATCHING);
    }

    @Test
    @DisplayName("a change is drawn as it happens, keeping the filter and the selection of what is still there")
    void changesAreDrawn() {
        SelectionViewModel selection = new SelectionViewModel(workspace, new DirectJobRunner());
        workspace.liveProperty().set(true);
        workspace.filterProperty().set(GraphFilter.ALL.withNamespaces(Set.of("default")));
        selection.select("pod:default/redis-0");
        cluster.news.changed(cluster.without("redis-1"));
        assertThat(workspace.analysisProperty().get().snapshot().pods()).noneMatch(p -> p.name().equals("redis-1"));
        assertThat(workspace.layoutProperty().get().allBoxes()).noneMatch(b -> b.id().equals("pod:default/redis-1"))
                .anyMatch(b -> b.id().equals("pod:default/redis-0"));
        assertThat(workspace.filterProperty().get().namespaces()).containsExactly("default");
        assertThat(selection.detailsProperty().get()).isInstanceOf(Details.PodInfo.class);
    }

    @Test
    @DisplayName("a policy edited live keeps every box exactly as it was and recolours the lines whose verdict changed")
    void verdictOnlyChangeRecolours() {
        workspace.liveProperty().set(true);
        DiagramLayout before = workspace.layoutProperty().get();
        List<DiagramLine> blockedToRedis = before.lines().stream()
                .filter(l -> l.targetId().equals("workload:default/StatefulSet/redis") && l.verdict().equals(Optional.of(TrafficVerdict.BLOCKED)))
                .toList();
        assertThat(blockedToRedis).isNotEmpty();
        cluster.news.changed(cluster.withRedisOpenToAll());
        DiagramLayout after = workspace.layoutProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.boxes()).isSameAs(before.boxes());
        assertThat(after.width()).isEqualTo(before.width());
        List<DiagramLine> recoloured = blockedToRedis.stream().map(was -> after.line(was.id()).orElseThrow())
                .filter(now -> now.verdict().equals(Optional.of(TrafficVerdict.ALLOWED))).toList();
        assertThat(recoloured).as("blocked lines to redis now allowed (those not blocked by their own egress)").isNotEmpty();
        for (DiagramLine now : recoloured) {
            assertThat(now.points()).as(now.id() + " runs where it ran").isEqualTo(before.line(now.id()).orElseThrow().points());
        }
        assertThat(workspace.keepsView()).isTrue();
    }

    @Test
    @DisplayName("a pod deleted live leaves every other group and workload where it was")
    void deletedPodMovesNothingElse() {
        workspace.liveProperty().set(true);
        DiagramLayout before = workspace.layoutProperty().get();
        cluster.news.changed(cluster.without("frontend-6d4cf56db6-2kq8m"));
        DiagramLayout after = workspace.layoutProperty().get();
        assertThat(after.box("pod:default/frontend-6d4cf56db6-2kq8m")).isEmpty();
        for (DiagramBox b : after.allBoxes()) {
            if (after.boxes().contains(b) || b.kind() == BoxKind.WORKLOAD) {
                DiagramBox was = before.box(b.id()).orElseThrow();
                assertThat(new double[] {b.x(), b.y()}).as(b.id()).containsExactly(was.x(), was.y());
            }
        }
    }

    @Test
    @DisplayName("a lost connection is shown until it is back")
    void lostAndRestored() {
        workspace.liveProperty().set(true);
        cluster.news.connectionLost("watch of Pods closed");
        assertThat(workspace.liveStateProperty().get()).isEqualTo(LiveState.LOST);
        cluster.news.connectionRestored();
        assertThat(workspace.liveStateProperty().get()).isEqualTo(LiveState.WATCHING);
    }

    @Test
    @DisplayName("switching live off or opening another source stops the watch, and news of an old watch is ignored")
    void stopping() {
        workspace.liveProperty().set(true);
        ClusterNews old = cluster.news;
        workspace.liveProperty().set(false);
        assertThat(cluster.closed).isEqualTo(1);
        assertThat(workspace.liveStateProperty().get()).isEqualTo(LiveState.OFF);
        Object shown = workspace.analysisProperty().get();
        old.changed(cluster.without("redis-1"));
        assertThat(workspace.analysisProperty().get()).isSameAs(shown);
        workspace.liveProperty().set(true);
        workspace.open(new ClusterSource.Demo());
        assertThat(cluster.closed).isEqualTo(2);
        assertThat(workspace.liveProperty().get()).isFalse();
    }
}
