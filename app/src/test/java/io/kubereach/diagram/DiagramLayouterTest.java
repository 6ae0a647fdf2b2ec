package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.TrafficVerdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("the layout of the demo cluster")
class DiagramLayouterTest {

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("draws every pod, pause container, app container and Service of the view as a box")
    void everyVertexHasABox(Grouping grouping) {
        DiagramLayout layout = DemoDiagram.layout(grouping);
        for (Class<? extends GraphVertex> type : List.of(GraphVertex.PodVertex.class, GraphVertex.PauseVertex.class,
                GraphVertex.ContainerVertex.class, GraphVertex.ServiceVertex.class, GraphVertex.IngressVertex.class)) {
            for (GraphVertex v : DemoDiagram.graph().vertices(type)) {
                assertThat(layout.box(v.id())).as(v.id()).isPresent();
            }
        }
        assertThat(layout.box("outside")).isPresent();
    }

    @Test
    @DisplayName("writes a Service's ports in its box as port:nodePort→target/PROTO, the node port only where there is one")
    void serviceBoxListsItsPorts() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        assertThat(layout.box("svc:shop/web")).hasValueSatisfying(b -> assertThat(b.details()).contains("80:30080→http/TCP"));
        assertThat(layout.box("svc:default/redis")).hasValueSatisfying(b -> assertThat(b.details()).containsExactly("ClusterIP", "6379→redis/TCP"));
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("keeps every box inside its parent and apart from its siblings")
    void boxesNestWithoutOverlap(Grouping grouping) {
        LayoutChecks.assertNestedWithoutOverlap(DemoDiagram.layout(grouping));
    }

    @Test
    @DisplayName("puts pods inside their node's box when grouping by node, and inside their namespace's when grouping by namespace")
    void grouping() {
        DiagramLayout byNode = DemoDiagram.layout(Grouping.NODE);
        DiagramBox nodeA = byNode.box("node:node-a").orElseThrow();
        DiagramBox redis0 = byNode.box("pod:default/redis-0").orElseThrow();
        assertThat(nodeA.contains(redis0.x(), redis0.y())).isTrue();
        assertThat(byNode.box("ns:default")).isEmpty();
        DiagramLayout byNamespace = DemoDiagram.layout(Grouping.NAMESPACE);
        DiagramBox shop = byNamespace.box("ns:shop").orElseThrow();
        DiagramBox web = byNamespace.box("svc:shop/web").orElseThrow();
        assertThat(shop.contains(web.centerX(), web.centerY())).isTrue();
    }

    @Test
    @DisplayName("gives the same coordinates for the same view")
    void deterministic() {
        DiagramLayout a = DemoDiagram.layout(Grouping.NAMESPACE);
        DiagramLayout b = DemoDiagram.layout(Grouping.NAMESPACE);
        assertThat(b.allBoxes()).isEqualTo(a.allBoxes());
        assertThat(b.lines()).isEqualTo(a.lines());
    }

    @Test
    @DisplayName("starts and ends every line on the border of its boxes, coloured lines carrying the graph's verdict")
    void linesJoinTheirBoxes() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        assertThat(layout.lines()).filteredOn(l -> l.kind() == LineKind.TRAFFIC).isNotEmpty();
        for (DiagramLine l : layout.lines()) {
            DiagramBox from = layout.box(l.sourceId()).orElseThrow();
            DiagramBox to = layout.box(l.targetId()).orElseThrow();
            assertThat(onBorder(from, l.start())).as(l.id() + " start").isTrue();
            assertThat(onBorder(to, l.end())).as(l.id() + " end").isTrue();
        }
        DiagramLine allowed = layout.line("traffic:workload:default/Deployment/frontend>workload:default/StatefulSet/redis")
                .orElseThrow();
        assertThat(allowed.verdict()).contains(TrafficVerdict.ALLOWED);
        assertThat(allowed.label()).as("its ports, then the tier that decided it").isEqualTo("TCP 6379 · NP");
    }

    private static boolean onBorder(DiagramBox b, DiagramPoint p) {
        double e = 0.5;
        boolean inside = p.x() >= b.x() - e && p.x() <= b.x() + b.width() + e && p.y() >= b.y() - e && p.y() <= b.y() + b.height() + e;
        boolean onEdge = Math.abs(p.x() - b.x()) < e || Math.abs(p.x() - b.x() - b.width()) < e
                || Math.abs(p.y() - b.y()) < e || Math.abs(p.y() - b.y() - b.height()) < e;
        return inside && onEdge;
    }

    @Test
    @DisplayName("draws what a filtered view shows and nothing else")
    void filteredView() {
        GraphFilter filter = GraphFilter.ALL.withNamespaces(Set.of("default")).withLayer(Layer.CONTAINERS, false);
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english()).layout(GraphView.of(DemoDiagram.graph(), filter), Grouping.NAMESPACE);
        assertThat(layout.box("pod:default/redis-0")).isPresent();
        assertThat(layout.box("pause:default/redis-0")).isEmpty();
        assertThat(layout.box("ns:shop")).isEmpty();
        assertThat(layout.namespaces()).containsExactly("default");
    }

    @Test
    @DisplayName("finds the innermost box and the nearest line at a point")
    void hitTesting() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        DiagramBox pause = layout.box("pause:default/redis-0").orElseThrow();
        assertThat(layout.boxAt(pause.x() + 2, pause.y() + 2)).map(DiagramBox::id).contains("pause:default/redis-0");
        DiagramLine line = layout.lines().get(layout.lines().size() - 1);
        DiagramPoint mid = line.pointAt(0.5);
        assertThat(layout.lineAt(mid.x(), mid.y(), 1)).isPresent();
    }

    @Test
    @DisplayName("grouped by node, a cluster with 200 Services packs its top level in rows instead of one wide band of layers")
    void manyServicesArePackedInRows() {
        GraphFilter noContainers = GraphFilter.ALL.withLayer(Layer.CONTAINERS, false);
        DiagramLayout layout = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium().graph(), noContainers), Grouping.NODE);
        long services = layout.boxes().stream().filter(b -> b.id().startsWith("svc:")).count();
        assertThat(services).as("Services at the top level").isGreaterThanOrEqualTo(200);
        assertThat(layout.width() / layout.height()).as("width / height of %.0f × %.0f", layout.width(), layout.height())
                .isLessThan(3.0);
        assertThat(layout.width() * layout.height()).as("area").isLessThan(25_000.0 * 15_000.0);
    }
}
