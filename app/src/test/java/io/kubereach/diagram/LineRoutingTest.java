package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("lines routed around boxes")
class LineRoutingTest {

    private static DiagramLayout medium;

    @BeforeAll
    static void layOutMedium() {
        NetworkGraph graph = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.medium()));
        medium = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(graph, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("on the demo, no line crosses a top-level box other than the ones holding its two ends")
    void demoLinesKeepOutOfOtherBoxes(Grouping grouping) {
        assertNoLineCrossesUnrelatedBoxes(DemoDiagram.layout(grouping));
    }

    @Test
    @DisplayName("on a synthetic medium cluster of 2,000 pods, no line crosses a top-level box other than the ones holding its ends")
    void mediumLinesKeepOutOfOtherBoxes() {
        long between = medium.lines().stream().filter(l -> !top(medium, l.sourceId()).equals(top(medium, l.targetId()))).count();
        assertThat(between).as("lines between groups").isGreaterThan(20);
        assertNoLineCrossesUnrelatedBoxes(medium);
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("on the demo, a traffic line inside one group goes around the group's boxes that hold neither of its ends")
    void inGroupTrafficKeepsOutOfSiblings(Grouping grouping) {
        DiagramLayout layout = DemoDiagram.layout(grouping);
        List<String> crossings = new ArrayList<>();
        int inGroup = 0;
        for (DiagramLine l : layout.lines()) {
            DiagramBox group = top(layout, l.sourceId());
            if (l.kind() != LineKind.TRAFFIC || group != top(layout, l.targetId())) {
                continue;
            }
            inGroup++;
            DiagramBox from = layout.box(l.sourceId()).orElseThrow();
            DiagramBox to = layout.box(l.targetId()).orElseThrow();
            for (DiagramBox sibling : group.children()) {
                boolean holdsAnEnd = sibling.contains(from.centerX(), from.centerY()) || sibling.contains(to.centerX(), to.centerY());
                if (!holdsAnEnd && crossesInterior(l.path(), sibling)) {
                    crossings.add(l.id() + " crosses " + sibling.id());
                }
            }
        }
        assertThat(inGroup).as("traffic lines inside one group").isGreaterThan(0);
        assertThat(crossings).isEmpty();
    }

    @Test
    @DisplayName("lines between groups run in horizontal and vertical stretches from the border of one end to the border of the other")
    void routesAreOrthogonal() {
        DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);
        int routed = 0;
        for (DiagramLine l : layout.lines()) {
            if (top(layout, l.sourceId()).equals(top(layout, l.targetId()))) {
                continue;
            }
            routed++;
            assertThat(l.path().curved()).as(l.id()).isFalse();
            List<DiagramPoint> p = l.points();
            for (int i = 1; i < p.size(); i++) {
                boolean horizontal = Math.abs(p.get(i).y() - p.get(i - 1).y()) < 1e-6;
                boolean vertical = Math.abs(p.get(i).x() - p.get(i - 1).x()) < 1e-6;
                assertThat(horizontal || vertical).as(l.id() + " segment " + i).isTrue();
            }
        }
        assertThat(routed).isGreaterThan(10);
    }

    @Test
    @DisplayName("routes are the same every time for the same view")
    void routesAreDeterministic() {
        assertThat(DemoDiagram.layout(Grouping.NODE).lines()).isEqualTo(DemoDiagram.layout(Grouping.NODE).lines());
        NetworkGraph graph = NetworkGraphBuilder.build(SyntheticCluster.snapshot(ClusterShape.medium()));
        DiagramLayout again = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(graph, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
        assertThat(again.lines()).isEqualTo(medium.lines());
    }

    @Test
    @DisplayName("a route between two boxes goes around a third box standing between them")
    void routeGoesAroundABoxInTheWay() {
        DiagramBox left = box("left", 0, 100);
        DiagramBox middle = box("middle", 300, 60);
        DiagramBox right = box("right", 600, 100);
        LineRouter router = new LineRouter(List.of(left, middle, right));
        LinePath path = router.route(left, right, 0).orElseThrow();
        assertThat(crossesInterior(path, middle)).isFalse();
        assertThat(path.start().x()).isBetween(left.x(), left.x() + left.width());
        assertThat(path.end().x()).isBetween(right.x(), right.x() + right.width());
        assertThat(path.points().size()).as("it bends to pass the middle box").isGreaterThan(2);
        LinePath straight = new LineRouter(List.of(left, right)).route(left, right, 0).orElseThrow();
        assertThat(straight.points()).as("with nothing in the way it runs straight").hasSize(2);
    }

    private static DiagramBox box(String id, double x, double y) {
        return new DiagramBox(id, BoxKind.NAMESPACE, id, List.of(), List.of(), id, x, y, 200, 200, List.of());
    }

    private static void assertNoLineCrossesUnrelatedBoxes(DiagramLayout layout) {
        List<String> crossings = new ArrayList<>();
        for (DiagramLine l : layout.lines()) {
            DiagramBox a = top(layout, l.sourceId());
            DiagramBox b = top(layout, l.targetId());
            for (DiagramBox t : layout.boxes()) {
                if (t != a && t != b && crossesInterior(l.path(), t)) {
                    crossings.add(l.id() + " crosses " + t.id());
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    private static final Map<DiagramLayout, Map<String, DiagramBox>> TOPS = new HashMap<>();

    private static synchronized DiagramBox top(DiagramLayout layout, String id) {
        Map<String, DiagramBox> tops = TOPS.computeIfAbsent(layout, x -> {
            Map<String, DiagramBox> out = new HashMap<>();
            for (DiagramBox t : layout.boxes()) {
                mark(t, t, out);
            }
            return out;
        });
        return tops.get(id);
    }

    private static void mark(DiagramBox b, DiagramBox top, Map<String, DiagramBox> out) {
        out.put(b.id(), top);
        b.children().forEach(c -> mark(c, top, out));
    }

    /** Whether a path (a curve as 32 chords) enters the inside of a box (its border, less half a unit, excluded). */
    private static boolean crossesInterior(LinePath path, DiagramBox box) {
        List<DiagramPoint> points = new ArrayList<>();
        if (path.curved()) {
            for (int i = 0; i <= 32; i++) {
                points.add(path.pointAt(i / 32.0));
            }
        } else {
            points.addAll(path.points());
        }
        double e = 0.5;
        for (int i = 1; i < points.size(); i++) {
            if (segmentEnters(points.get(i - 1), points.get(i), box.x() + e, box.y() + e, box.x() + box.width() - e,
                    box.y() + box.height() - e)) {
                return true;
            }
        }
        return false;
    }

    /** Liang–Barsky: whether the segment meets the open rectangle. */
    private static boolean segmentEnters(DiagramPoint a, DiagramPoint b, double x0, double y0, double x1, double y1) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 < t1;
    }
}
