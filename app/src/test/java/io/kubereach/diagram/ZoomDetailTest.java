package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("which boxes are open on screen")
class ZoomDetailTest {

    private final DiagramLayout layout = DemoDiagram.layout(Grouping.NAMESPACE);

    private Set<String> open(ZoomDetail detail) {
        Set<String> out = new HashSet<>();
        for (DiagramBox b : layout.allBoxes()) {
            if (!b.children().isEmpty() && detail.open(b)) {
                out.add(b.id());
            }
        }
        return out;
    }

    @Test
    @DisplayName("a box opens once the zoom makes its typical child wide enough to name, on the zoom's steps; groups before workloads before pods")
    void boxesOpenByZoom() {
        DiagramBox group = layout.box("ns:default").orElseThrow();
        DiagramBox workload = layout.box("workload:default/StatefulSet/redis").orElseThrow();
        DiagramBox pod = layout.box("pod:default/redis-0").orElseThrow();
        assertThat(layout.openZoom(group)).isLessThan(layout.openZoom(workload));
        assertThat(layout.openZoom(workload)).isLessThan(layout.openZoom(pod));
        double steps = Math.log(layout.openZoom(pod)) / Math.log(DiagramLayout.ZOOM_STEP);
        assertThat(steps).as("on a step of the zoom").isCloseTo(Math.rint(steps), org.assertj.core.data.Offset.offset(1e-6));
        double z = layout.openZoom(workload);
        assertThat(new ZoomDetail(layout, z, Map.of()).open(workload)).isTrue();
        assertThat(new ZoomDetail(layout, z * 0.99, Map.of()).open(workload)).isFalse();
        assertThat(layout.openZoom(workload) * (pod.width())).as("then its pods are at least this wide").isGreaterThanOrEqualTo(DiagramLayout.OPEN_PX * 0.8);
    }

    @Test
    @DisplayName("a box the user expanded or collapsed stays so at any zoom")
    void choicesHoldAtAnyZoom() {
        for (double z : new double[] {0.05, 0.3, 1, 4}) {
            assertThat(new ZoomDetail(layout, z, Map.of("ns:shop", false)).open(layout.box("ns:shop").orElseThrow())).isFalse();
            assertThat(new ZoomDetail(layout, z, Map.of("ns:shop", true)).open(layout.box("ns:shop").orElseThrow())).isTrue();
        }
    }

    @Test
    @DisplayName("its key changes exactly when the set of open boxes does")
    void keyFollowsTheOpenBoxes() {
        ZoomDetail previous = new ZoomDetail(layout, 0.02, Map.of());
        for (double z = 0.02; z < 6; z *= 1.07) {
            ZoomDetail next = new ZoomDetail(layout, z, Map.of());
            assertThat(next.key() == previous.key()).as("at zoom " + z).isEqualTo(open(next).equals(open(previous)));
            previous = next;
        }
        ZoomDetail plain = new ZoomDetail(layout, 1, Map.of());
        assertThat(new ZoomDetail(layout, 1, Map.of("ns:shop", false)).key()).isNotEqualTo(plain.key());
    }
}
