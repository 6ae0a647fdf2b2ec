package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("lines routed through the streets between boxes")
class LineRoutingTest {

    private static DiagramLayout medium;

    @BeforeAll
    static void layOutMedium() {
        medium = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
    }

    static Stream<Arguments> pictures() {
        List<Arguments> out = new ArrayList<>();
        for (Detail detail : List.of(DetailLevel.NAMESPACE, DetailLevel.WORKLOAD, DetailLevel.POD)) {
            for (Grouping grouping : Grouping.values()) {
                out.add(Arguments.of("demo by " + grouping, DemoDiagram.layout(grouping), detail));
            }
            out.add(Arguments.of("2,000 pods by namespace", medium, detail));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pictures")
    @DisplayName("at every level of detail, no line crosses a drawn box that holds neither of its ends")
    void noLineCrossesABoxItDoesNotBelongTo(String name, DiagramLayout layout, Detail detail) {
        LineSet lines = layout.lineSet(detail);
        List<DiagramBox> drawn = drawnBoxes(layout, detail);
        List<String> crossings = new ArrayList<>();
        int routed = 0;
        for (DrawnLine l : lines.lines()) {
            if (l.kind() == LineKind.LOOPBACK) {
                continue;
            }
            assertThat(l.routed()).as(l.id() + " runs through the streets").isTrue();
            routed++;
            Set<String> own = new HashSet<>();
            own.addAll(around(layout, l.sourceId()));
            own.addAll(around(layout, l.targetId()));
            LinePath path = lines.path(l);
            for (DiagramBox b : drawn) {
                if (!own.contains(b.id()) && crossesInterior(path, b)) {
                    crossings.add(l.id() + " crosses " + b.id());
                }
            }
        }
        assertThat(routed).as("lines drawn").isGreaterThan(0);
        assertThat(crossings).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("pictures")
    @DisplayName("lines run in horizontal and vertical stretches from the border of one end to the border of the other")
    void routesAreOrthogonalFromBorderToBorder(String name, DiagramLayout layout, Detail detail) {
        LineSet lines = layout.lineSet(detail);
        for (DrawnLine l : lines.lines()) {
            List<DiagramPoint> p = lines.path(l).points();
            for (int i = 1; i < p.size(); i++) {
                boolean horizontal = Math.abs(p.get(i).y() - p.get(i - 1).y()) < 1e-6;
                boolean vertical = Math.abs(p.get(i).x() - p.get(i - 1).x()) < 1e-6;
                assertThat(horizontal || vertical).as(l.id() + " segment " + i).isTrue();
            }
            assertThat(onBorder(layout.box(l.sourceId()).orElseThrow(), p.get(0))).as(l.id() + " starts on its box").isTrue();
            assertThat(onBorder(layout.box(l.targetId()).orElseThrow(), p.get(p.size() - 1))).as(l.id() + " ends on its box").isTrue();
        }
    }

    @Test
    @DisplayName("routes are the same every time for the same view")
    void routesAreDeterministic() {
        assertThat(DemoDiagram.layout(Grouping.NODE).lines()).isEqualTo(DemoDiagram.layout(Grouping.NODE).lines());
        DiagramLayout again = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
        LineSet one = again.lineSet(DetailLevel.WORKLOAD);
        LineSet other = medium.lineSet(DetailLevel.WORKLOAD);
        assertThat(one.lines().stream().map(one::path).toList()).isEqualTo(other.lines().stream().map(other::path).toList());
    }

    @Test
    @DisplayName("a route between two boxes goes around a third box standing between them, and runs straight when nothing is in the way")
    void routeGoesAroundABoxInTheWay() {
        DiagramBox left = box("left", 40, 40, 200);
        DiagramBox middle = box("middle", 280, 40, 260);
        DiagramBox right = box("right", 580, 40, 200);
        DiagramLayout three = new DiagramLayout(List.of(left, middle, right), List.of(), List.of(), 820, 340, DemoDiagram.english());
        LinePath around = LinePath.polyline(StreetRoute.corners(three.router().route(left, right).orElseThrow(), three.router()));
        assertThat(crossesInterior(around, middle)).isFalse();
        assertThat(around.points().size()).as("it bends to pass the middle box").isGreaterThan(2);

        DiagramLayout two = new DiagramLayout(List.of(left, right), List.of(), List.of(), 820, 320, DemoDiagram.english());
        LinePath straight = LinePath.polyline(StreetRoute.corners(two.router().route(left, right).orElseThrow(), two.router()));
        assertThat(straight.points()).as("with nothing in the way it runs straight").hasSize(2);
    }

    private static DiagramBox box(String id, double x, double y, double height) {
        return new DiagramBox(id, BoxKind.SERVICE, id, List.of(), List.of(), id, x, y, 200, height, 24, List.of());
    }

    /** The boxes drawn at a level of detail: the top-level ones and those inside open boxes. */
    static List<DiagramBox> drawnBoxes(DiagramLayout layout, Detail detail) {
        List<DiagramBox> out = new ArrayList<>();
        collect(layout.boxes(), detail, out);
        return out;
    }

    private static void collect(List<DiagramBox> level, Detail detail, List<DiagramBox> out) {
        for (DiagramBox b : level) {
            out.add(b);
            if (detail.open(b)) {
                collect(b.children(), detail, out);
            }
        }
    }

    /** A box and the boxes around it. */
    private static List<String> around(DiagramLayout layout, String id) {
        List<String> out = new ArrayList<>(List.of(id));
        Optional<DiagramBox> p = layout.parent(id);
        while (p.isPresent()) {
            out.add(p.get().id());
            p = layout.parent(p.get().id());
        }
        return out;
    }

    private static boolean onBorder(DiagramBox b, DiagramPoint p) {
        double e = 0.01;
        boolean inside = p.x() >= b.x() - e && p.x() <= b.x() + b.width() + e && p.y() >= b.y() - e && p.y() <= b.y() + b.height() + e;
        boolean onEdge = Math.abs(p.x() - b.x()) < e || Math.abs(p.x() - b.x() - b.width()) < e || Math.abs(p.y() - b.y()) < e
                || Math.abs(p.y() - b.y() - b.height()) < e;
        return inside && onEdge;
    }

    /** Whether a path (a curve as 32 chords) enters the inside of a box (its border, less half a unit, excluded). */
    static boolean crossesInterior(LinePath path, DiagramBox box) {
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
