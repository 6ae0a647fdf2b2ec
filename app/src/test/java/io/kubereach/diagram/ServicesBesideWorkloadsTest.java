package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Services beside workloads of many pods (a generated cluster: ten pods a workload) are laid out
 * large enough to be named, with their type, wherever the workloads beside them are named.
 */
@DisplayName("Services beside workloads of many pods")
class ServicesBesideWorkloadsTest {

    private static DiagramLayout medium;

    @BeforeAll
    static void layOut() {
        medium = new DiagramLayouter(DemoDiagram.english()).layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL), Grouping.NAMESPACE);
    }

    private static List<DiagramBox> children(DiagramBox namespace, BoxKind kind) {
        return namespace.children().stream().filter(b -> b.kind() == kind).toList();
    }

    private static double median(List<DiagramBox> boxes) {
        double[] widths = boxes.stream().mapToDouble(DiagramBox::width).sorted().toArray();
        return widths[widths.length / 2];
    }

    @Test
    @DisplayName("are laid out at 0.6 of the typical workload's width, in proportion, inside their namespace and apart from every other box")
    void laidOutBesideTheWorkloads() {
        DiagramBox namespace = medium.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).findFirst().orElseThrow();
        List<DiagramBox> services = children(namespace, BoxKind.SERVICE);
        assertThat(services).isNotEmpty();
        assertThat(median(services)).isCloseTo(0.6 * median(children(namespace, BoxKind.WORKLOAD)), org.assertj.core.data.Offset.offset(1.0));
        DiagramBox demoService = DemoDiagram.layout(Grouping.NAMESPACE).box("svc:default/redis").orElseThrow();
        for (DiagramBox s : services) {
            assertThat(s.width() / s.height()).as("the shape of a Service's box, only larger").isCloseTo(demoService.width() / demoService.height(),
                    org.assertj.core.data.Offset.offset(0.05));
        }
        LayoutChecks.assertNestedWithoutOverlap(medium);
    }

    @Test
    @DisplayName("the demo's Services keep their size: its workloads of one or two pods are not many times wider")
    void demoKeepsItsServices() {
        DiagramLayout demo = DemoDiagram.layout(Grouping.NAMESPACE);
        for (DiagramBox s : demo.allBoxes()) {
            if (s.kind() == BoxKind.SERVICE) {
                assertThat(s.width()).as(s.id()).isLessThan(250);
            }
        }
    }

    @Test
    @DisplayName("at the zoom where a namespace opens and its workloads are named, each of its Services is named whole, with its type")
    void namedWhereTheWorkloadsAre() {
        DiagramBox namespace = medium.boxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).findFirst().orElseThrow();
        double zoom = medium.openZoom(namespace) * 1.01;
        Viewport view = new Viewport(20 - namespace.x() * zoom, 20 - namespace.y() * zoom, zoom, namespace.width() * zoom + 40,
                namespace.height() * zoom + 40);
        RecordingPen pen = new RecordingPen();
        new PictureRenderer(medium, medium.lineSet(DetailLevel.WORKLOAD), DiagramStyle.LIGHT, Emphasis.NONE)
                .render(pen, view, new ZoomDetail(medium, zoom, Map.of()));
        Set<String> written = pen.texts().stream().map(RecordingPen.Text::text).collect(Collectors.toSet());
        assertThat(written).as("the workloads are named at this zoom").containsAll(children(namespace, BoxKind.WORKLOAD).stream()
                .map(DiagramBox::label).toList());
        List<DiagramBox> services = children(namespace, BoxKind.SERVICE);
        assertThat(written).containsAll(services.stream().map(DiagramBox::label).toList());
        assertThat(pen.texts().stream().filter(t -> t.text().equals("ClusterIP")).count()).isGreaterThanOrEqualTo(services.size());
    }
}
