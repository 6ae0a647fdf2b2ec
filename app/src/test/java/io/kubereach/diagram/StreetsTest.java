package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the streets between boxes")
class StreetsTest {

    static Stream<Arguments> layouts() {
        return Stream.of(Arguments.of("demo by namespace", DemoDiagram.layout(Grouping.NAMESPACE)),
                Arguments.of("demo by node", DemoDiagram.layout(Grouping.NODE)),
                Arguments.of("2,000 pods by node", new DiagramLayouter(DemoDiagram.english()).layout(
                        GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NODE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    @DisplayName("every street of every container runs clear of the boxes in it, and every door's stub ends on its box's border")
    void streetsRunClearOfBoxes(String name, DiagramLayout layout) {
        List<String> crossings = new ArrayList<>();
        check(layout, layout.router().mapOf(""), layout.boxes(), crossings);
        int maps = 1;
        for (DiagramBox b : layout.allBoxes()) {
            if (Doors.routesInside(b)) {
                check(layout, layout.router().mapOf(b.id()), b.children(), crossings);
                maps++;
            }
        }
        assertThat(maps).isGreaterThan(5);
        assertThat(crossings).isEmpty();
    }

    private static void check(DiagramLayout layout, StreetMap m, List<DiagramBox> boxes, List<String> out) {
        for (int e = 0; e < m.edges(); e++) {
            LinePath edge = LinePath.polyline(List.of(new DiagramPoint(m.x(m.from(e)), m.y(m.from(e))),
                    new DiagramPoint(m.x(m.to(e)), m.y(m.to(e)))));
            for (DiagramBox b : boxes) {
                if (LineRoutingTest.crossesInterior(edge, b)) {
                    out.add("map " + m.containerId + " edge " + e + " crosses " + b.id());
                }
            }
        }
    }
}
