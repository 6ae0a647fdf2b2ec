package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("lines stressed in the picture")
class StressedLinesTest {

    private static final DiagramStyle STYLE = DiagramStyle.DEFAULT;
    private static DiagramLayout medium;
    private static LineSet groups;
    /** A line of the namespace level merging several connections, and one of its parts that is not its first. */
    private static DrawnLine merged;
    private static Connection part;

    @BeforeAll
    static void layOut() {
        medium = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
        groups = medium.lineSet(DetailLevel.NAMESPACE);
        merged = groups.lines().stream().filter(l -> l.parts().size() > 2 && l.routed()).findFirst().orElseThrow();
        part = merged.parts().get(merged.parts().size() / 2);
    }

    /** The halo strokes of a picture of the namespace level drawn whole at 1:1, each as "x0,y0>x1,y1 width". */
    private static List<String> halos(Emphasis emphasis) {
        RecordingPen pen = new RecordingPen();
        new PictureRenderer(medium, groups, STYLE, emphasis).render(pen, new Viewport(0, 0, 1, medium.width(), medium.height()),
                DetailLevel.NAMESPACE);
        List<String> out = new ArrayList<>();
        for (RecordingPen.Stroke s : pen.strokes()) {
            if (s.rgb() == STYLE.highlight()) {
                out.add(segment(s.x0(), s.y0(), s.x1(), s.y1()) + " " + s.width());
            }
        }
        return out;
    }

    /** The segments along a line's whole way, each as "x0,y0>x1,y1". */
    private static List<String> way(DrawnLine l) {
        List<DiagramPoint> corners = groups.path(l).points();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < corners.size(); i++) {
            out.add(segment(corners.get(i - 1).x(), corners.get(i - 1).y(), corners.get(i).x(), corners.get(i).y()));
        }
        return out;
    }

    private static String segment(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "%.1f,%.1f>%.1f,%.1f", x0, y0, x1, y1);
    }

    private static List<String> withoutWidths(List<String> halos) {
        return halos.stream().map(h -> h.substring(0, h.lastIndexOf(' '))).toList();
    }

    private static double width(String halo) {
        return Double.parseDouble(halo.substring(halo.lastIndexOf(' ') + 1));
    }

    @Test
    @DisplayName("a line merging parallel connections is traced along its whole way when one of its connections is stressed, and no other line is")
    void mergedLineTracedWhenOnePartIsStressed() {
        assertThat(merged.id()).as("a merged line has an id of its own").isNotEqualTo(part.id());
        List<String> halos = halos(new Emphasis(Set.of(), Set.of(part.id()), ""));
        assertThat(withoutWidths(halos)).containsExactlyElementsOf(way(merged));
    }

    @Test
    @DisplayName("a line merging parallel connections is traced as the selected line when one of its connections is selected")
    void mergedLineTracedAsSelectedWhenOnePartIsSelected() {
        List<String> stressed = halos(new Emphasis(Set.of(), Set.of(part.id()), ""));
        List<String> selected = halos(new Emphasis(Set.of(), Set.of(), part.id()));
        assertThat(withoutWidths(selected)).containsExactlyElementsOf(way(merged));
        assertThat(width(selected.get(0))).as("the selected line's halo is wider than a stressed one's").isGreaterThan(width(stressed.get(0)));
    }

    @Test
    @DisplayName("a merged line is traced when its own id is stressed")
    void mergedLineTracedByItsOwnId() {
        assertThat(withoutWidths(halos(new Emphasis(Set.of(), Set.of(merged.id()), "")))).containsExactlyElementsOf(way(merged));
    }

    @Test
    @DisplayName("a connection inside one closed group is drawn by no line, so stressing it traces nothing")
    void connectionDrawnByNoLineTracesNothing() {
        Connection inside = medium.connections().stream().filter(c -> groups.carrying(c.id()).isEmpty()).findFirst().orElseThrow();
        assertThat(halos(new Emphasis(Set.of(), Set.of(inside.id()), ""))).isEmpty();
        assertThat(halos(Emphasis.NONE)).isEmpty();
    }
}
