package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.Layer;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the workspace keeps the picture stable across filter changes (no JavaFX thread)")
class StableLayoutTest {

    private WorkspaceViewModel workspace;

    @BeforeEach
    void openTheDemo() {
        workspace = opened();
    }

    private static WorkspaceViewModel opened() {
        WorkspaceViewModel w = new WorkspaceViewModel(new ClusterSourceLoader(), new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()),
                new Activity());
        w.start(Optional.empty());
        return w;
    }

    private DiagramLayout shown() {
        return workspace.layoutProperty().get();
    }

    private void hide(String namespace) {
        Set<String> shown = new HashSet<>(shown().namespaces());
        shown.remove(namespace);
        workspace.filterProperty().set(workspace.filterProperty().get().withNamespaces(shown));
    }

    /** The top-level and workload boxes of a picture that are in both, each with its place in the other. */
    private static void assertStayedPut(DiagramLayout before, DiagramLayout after) {
        int compared = 0;
        for (DiagramBox b : after.allBoxes()) {
            Optional<DiagramBox> was = before.box(b.id());
            if ((after.boxes().contains(b) || b.kind() == BoxKind.WORKLOAD) && was.isPresent()) {
                assertThat(new double[] {b.x(), b.y()}).as(b.id()).containsExactly(was.get().x(), was.get().y());
                compared++;
            }
        }
        assertThat(compared).as("boxes compared").isGreaterThan(after.boxes().size());
    }

    @Test
    @DisplayName("hiding a namespace leaves every other group, Service, Ingress and workload where it was, and the view where it is")
    void hidingANamespace() {
        DiagramLayout first = shown();
        hide("monitoring");
        assertThat(shown().box("ns:monitoring")).isEmpty();
        assertStayedPut(first, shown());
        assertThat(workspace.keepsView()).isTrue();
        DiagramLayout hidden = shown();
        workspace.filterProperty().set(workspace.filterProperty().get().withNamespaces(Set.of()));
        assertStayedPut(hidden, shown());
        assertThat(shown().box("ns:monitoring").orElseThrow()).as("back where it was").isEqualTo(first.box("ns:monitoring").orElseThrow());
    }

    @Test
    @DisplayName("grouped by node, hiding a namespace leaves the other workloads in their place on each node")
    void hidingANamespaceByNode() {
        workspace.groupingProperty().set(Grouping.NODE);
        DiagramLayout first = shown();
        hide("default");
        assertThat(shown().allBoxes()).noneMatch(b -> b.namespace().equals("default"));
        assertStayedPut(first, shown());
    }

    @Test
    @DisplayName("Rearrange forgets the places and gives the picture of a fresh open")
    void rearrangeIsAFreshOpen() {
        DiagramLayout fresh = shown();
        workspace.filterProperty().set(GraphFilter.ALL.withLayer(Layer.CONTAINERS, false));
        hide("monitoring");
        workspace.filterProperty().set(GraphFilter.ALL);
        // the places are remembered (whether or not they still match a fresh layout, which the demo's do)
        assertThat(workspace.keepsView()).as("the workspace keeps the remembered places").isTrue();
        workspace.rearrange();
        assertThat(shown().allBoxes()).isEqualTo(fresh.allBoxes());
        assertThat(shown().allBoxes()).isEqualTo(opened().layoutProperty().get().allBoxes());
        assertThat(shown().lines()).isEqualTo(fresh.lines());
        assertThat(workspace.keepsView()).isFalse();
    }

    @Test
    @DisplayName("switching the grouping and opening the source again start from scratch")
    void groupingAndOpeningStartFresh() {
        workspace.filterProperty().set(GraphFilter.ALL.withLayer(Layer.CONTAINERS, false));
        workspace.filterProperty().set(GraphFilter.ALL);
        workspace.groupingProperty().set(Grouping.NODE);
        assertThat(shown().allBoxes()).isEqualTo(workspace.request().layout(workspace.analysisProperty().get().graph()).allBoxes());
        assertThat(workspace.keepsView()).isFalse();
        workspace.groupingProperty().set(Grouping.NAMESPACE);
        workspace.filterProperty().set(GraphFilter.ALL.withLayer(Layer.CONTAINERS, false));
        workspace.refresh();
        assertThat(shown().allBoxes()).isEqualTo(workspace.request().layout(workspace.analysisProperty().get().graph()).allBoxes());
        assertThat(workspace.keepsView()).isFalse();
    }

    @Test
    @DisplayName("focusing keeps the places of the boxes it shows but fits the view; leaving the focus brings the whole picture back")
    void focusKeepsPlaces() {
        DiagramLayout first = shown();
        workspace.focusProperty().set(Optional.of("pod:default/redis-0"));
        assertStayedPut(first, shown());
        assertThat(workspace.keepsView()).isFalse();
        workspace.focusProperty().set(Optional.empty());
        assertStayedPut(first, shown());
        assertThat(shown().allBoxes()).extracting(DiagramBox::id).containsExactlyElementsOf(first.allBoxes().stream().map(DiagramBox::id).toList());
    }

    @Test
    @DisplayName("a picture laid out again after a filter change is prepared for the screen before it is shown, as an opened one is")
    void relaidOutPicturesArePrepared() {
        java.util.List<DiagramLayout> prepared = new java.util.ArrayList<>();
        workspace.prepareWith(prepared::add);
        hide("monitoring");
        assertThat(prepared).containsExactly(shown());
        workspace.rearrange();
        assertThat(prepared).hasSize(2).last().isSameAs(shown());
    }
}
