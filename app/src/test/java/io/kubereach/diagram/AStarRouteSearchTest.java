package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the route search's lower bound on bends")
class AStarRouteSearchTest {

    // headings: 0 right, 1 down, 2 left, 3 up; y grows downwards
    @ParameterizedTest(name = "heading {0} towards ({1}, {2}) needs at least {3} bends")
    @CsvSource({
        "0, 100, 0, 0", // straight ahead
        "0, -100, 0, 2", // behind: it cannot turn back, so two turns
        "0, 0, 100, 1", // beside: one turn
        "1, 0, 100, 0",
        "3, 0, -100, 0",
        "2, -100, 0, 0",
        "0, 100, 100, 1", // one of the two directions it needs
        "1, 100, 100, 1",
        "2, 100, 100, 2", // neither of them
        "3, 100, 100, 2",
        "2, 0, 0, 0"})
    void bendsAtLeast(int heading, double dx, double dy, int bends) {
        assertThat(AStarRouteSearch.bendsAtLeast(heading, dx, dy)).isEqualTo(bends);
    }

    @Test
    @DisplayName("never counts more bends than a real route takes: every route of the demo makes at least that many")
    void isALowerBoundOnTheDemo() {
        for (Grouping grouping : Grouping.values()) {
            for (DiagramLine line : DemoDiagram.layout(grouping).lines()) {
                var points = line.path().points();
                if (points.size() < 3 || line.path().curved()) {
                    continue;
                }
                int bends = 0;
                for (int i = 1; i + 1 < points.size(); i++) {
                    bends += heading(points.get(i - 1), points.get(i)) == heading(points.get(i), points.get(i + 1)) ? 0 : 1;
                }
                DiagramPoint first = points.get(0);
                DiagramPoint last = points.get(points.size() - 1);
                int start = heading(first, points.get(1));
                assertThat(AStarRouteSearch.bendsAtLeast(start, last.x() - first.x(), last.y() - first.y())).as(line.id()).isLessThanOrEqualTo(bends);
            }
        }
    }

    private static int heading(DiagramPoint a, DiagramPoint b) {
        if (Math.abs(b.x() - a.x()) >= Math.abs(b.y() - a.y())) {
            return b.x() >= a.x() ? 0 : 2;
        }
        return b.y() >= a.y() ? 1 : 3;
    }
}
