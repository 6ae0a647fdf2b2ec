package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.model.WorkloadRef;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.MockCluster;
import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Analysis;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A live cluster (a mock API server) opened in the window: its pods are drawn under the workloads users name. */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the window on a live cluster: Deployment pods grouped under the Deployment, not its ReplicaSet")
class LiveWorkloadsTest {

    private static final String DEPLOYMENT = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("shop", "Deployment", "frontend"));
    private static final String REPLICA_SET = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("shop", "ReplicaSet", "frontend-6d4cf56db6"));

    private final MockCluster cluster = new MockCluster();
    private Path dir;
    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("kubereach-live-workloads");
        AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());
        prefs.rememberLanguage(Language.ENGLISH);
        prefs.rememberWindowSize(1240, 780);
        vm = new AppViewModel(new ClusterSourceLoader(new Environment(Map.of(), dir)), new FxJobRunner(), prefs);
        window = new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty());
        window.show(Optional.empty());
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static Pod pod(String name, String ip) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("shop")
                .withLabels(Map.of("app", "frontend", "pod-template-hash", "6d4cf56db6"))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet").withName("frontend-6d4cf56db6").withController(true)
                .endOwnerReference().endMetadata()
                .withNewSpec().withNodeName("node-1").addNewContainer().withName("web").withImage("frontend:1").addNewPort()
                .withContainerPort(8080).endPort().endContainer().endSpec()
                .withNewStatus().withPodIP(ip).withPhase("Running").endStatus().build();
    }

    private static List<HasMetadata> frontend() {
        return List.of(new NamespaceBuilder().withNewMetadata().withName("shop").endMetadata().build(),
                new DeploymentBuilder().withNewMetadata().withName("frontend").withNamespace("shop").endMetadata()
                        .withNewSpec().withReplicas(2).withNewTemplate().withNewMetadata().withLabels(Map.of("app", "frontend")).endMetadata()
                        .endTemplate().endSpec().build(),
                new ReplicaSetBuilder().withNewMetadata().withName("frontend-6d4cf56db6").withNamespace("shop")
                        .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("frontend").withController(true)
                        .endOwnerReference().endMetadata()
                        .withNewSpec().withReplicas(2).withNewTemplate().withNewMetadata().withLabels(Map.of("app", "frontend")).endMetadata()
                        .endTemplate().endSpec().build(),
                pod("frontend-6d4cf56db6-x7k2p", "10.1.0.5"), pod("frontend-6d4cf56db6-q9z8w", "10.1.0.6"));
    }

    @Test
    @DisplayName("the cluster's two pods are the Deployment's, in the graph and in the drawn diagram; no ReplicaSet box")
    void podsGroupedUnderTheDeployment(FxRobot robot) throws Exception {
        cluster.create(frontend());
        ClusterSource.Kubeconfig live = new ClusterSource.Kubeconfig(Optional.of(cluster.kubeconfig(dir.resolve("config"), "dev", "dev")), "dev");
        robot.interact(() -> vm.workspace().open(live));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.workspace().analysisProperty().get() != null
                && vm.workspace().analysisProperty().get().snapshot().pods().size() == 2 && !vm.activity().runningProperty().get()
                && vm.workspace().layoutProperty().get().box(DEPLOYMENT).isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Analysis analysis = vm.workspace().analysisProperty().get();
        assertThat(analysis.graph().vertex(REPLICA_SET)).isEmpty();
        assertThat(children(analysis.graph(), DEPLOYMENT)).extracting(GraphVertex::id)
                .containsExactlyInAnyOrder("pod:shop/frontend-6d4cf56db6-q9z8w", "pod:shop/frontend-6d4cf56db6-x7k2p");
        DiagramBox box = canvas(robot).getDiagram().allBoxes().stream().filter(b -> b.id().equals(DEPLOYMENT)).findFirst().orElseThrow();
        assertThat(box.label()).contains("frontend").doesNotContain("6d4cf56db6");
        assertThat(box.children()).extracting(DiagramBox::id)
                .contains("pod:shop/frontend-6d4cf56db6-q9z8w", "pod:shop/frontend-6d4cf56db6-x7k2p");
        assertThat(canvas(robot).getDiagram().allBoxes()).noneMatch(b -> b.id().equals(REPLICA_SET));
    }

    /** What a vertex holds directly, in graph order. */
    private static List<GraphVertex> children(NetworkGraph graph, String id) {
        GraphVertex v = graph.vertex(id).orElseThrow();
        return graph.graph().outgoingEdgesOf(v).stream().filter(GraphEdge.Contains.class::isInstance)
                .map(e -> graph.graph().getEdgeTarget(e)).toList();
    }

    /** The diagram canvas the window shows, found as a user finds it. */
    private static DiagramCanvas canvas(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramCanvas.class);
    }
}
