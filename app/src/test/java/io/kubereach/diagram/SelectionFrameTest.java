package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the frame of the selected box")
class SelectionFrameTest {

    private static final DiagramStyle STYLE = DiagramStyle.DEFAULT;
    private static DiagramLayout medium;
    /** The lines of the namespace level: what the canvas still shows while the lines thread works out a deeper level. */
    private static LineSet groups;
    private static DiagramBox pod;

    @BeforeAll
    static void layOut() {
        medium = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
        groups = medium.lineSet(DetailLevel.NAMESPACE);
        pod = medium.allBoxes().stream().filter(b -> b.kind() == BoxKind.POD).findFirst().orElseThrow();
    }

    /** The frames drawn in the highlight colour when a box is selected, each as x, y, width, height on the surface. */
    private static List<double[]> frames(Viewport view, Detail detail) {
        RecordingPen pen = new RecordingPen();
        new PictureRenderer(medium, groups, STYLE, new Emphasis(Set.of(), Set.of(), pod.id())).render(pen, view, detail);
        return pen.outlines().stream().filter(o -> (int) o[4] == STYLE.highlight()).toList();
    }

    private static double[] around(DiagramBox b, Viewport view) {
        return new double[] {view.sx(b.x()) - 3, view.sy(b.y()) - 3, b.width() * view.zoom() + 6, b.height() * view.zoom() + 6};
    }

    @Test
    @DisplayName("a pod revealed at pod level is framed at once, though the lines shown are still those of the level where its namespace was closed")
    void podFramedAtTheLevelItIsDrawnAt() {
        double zoom = 2;
        Viewport view = new Viewport(600 - (pod.x() + pod.width() / 2) * zoom, 400 - (pod.y() + pod.height() / 2) * zoom, zoom, 1200, 800);
        List<double[]> frames = frames(view, DetailLevel.POD);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0)).startsWith(around(pod, view));
    }

    @Test
    @DisplayName("a pod inside a namespace drawn closed is framed by the namespace drawn for it")
    void podInClosedNamespaceFramedByIt() {
        DiagramBox namespace = pod;
        while (medium.parent(namespace.id()).isPresent()) {
            namespace = medium.parent(namespace.id()).orElseThrow();
        }
        Viewport view = new Viewport(0, 0, 0.2, medium.width() * 0.2, medium.height() * 0.2);
        List<double[]> frames = frames(view, DetailLevel.NAMESPACE);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0)).startsWith(around(namespace, view));
    }
}
