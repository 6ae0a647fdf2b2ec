package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.BoxKind;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.WorkloadRef;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the exposure layer (no JavaFX thread)")
class ExposureLayerTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final ExposureLayer layer = app.exposure();

    @Test
    @DisplayName("off, it marks nothing; on, every exposed workload of the demo has its reasons, and off again clears them")
    void turnsOnAndOff() {
        assertThat(layer.marksProperty().get()).isEqualTo(ExposureMarks.NONE);
        layer.shownProperty().set(true);
        assertThat(layer.exposedProperty().get()).isNotEmpty();
        layer.exposedProperty().get().forEach((w, e) -> assertThat(ExposureLayer.reasons(e)).isNotEmpty());
        assertThat(layer.marksProperty().get().byWorkload()).hasSameSizeAs(layer.exposedProperty().get());
        layer.shownProperty().set(false);
        assertThat(layer.marksProperty().get().isEmpty()).isTrue();
        assertThat(layer.of(layer.exposedProperty().get().keySet().stream().findFirst().orElse(new WorkloadRef("x", "Pod", "y"))))
                .isEmpty();
    }

    @Test
    @DisplayName("the marks are the same at every level: a workload's box and its pods carry its worst reason, its namespace counts its exposed workloads")
    void sameAtEveryLevel() {
        layer.shownProperty().set(true);
        DiagramLayout layout = app.workspace().layoutProperty().get();
        Map<String, ExposureMarks.Mark> marks = layer.marksProperty().get().of(layout);
        Map<WorkloadRef, io.kubereach.report.Exposure> exposed = layer.exposedProperty().get();
        for (DiagramBox ns : layout.allBoxes().stream().filter(b -> b.kind() == BoxKind.NAMESPACE).toList()) {
            long inside = exposed.keySet().stream().filter(w -> w.namespace().equals(ns.label())).count();
            if (inside == 0) {
                assertThat(marks).doesNotContainKey(ns.id());
            } else {
                assertThat(marks.get(ns.id()).group()).isTrue();
                assertThat(marks.get(ns.id()).workloads()).as(ns.label()).isEqualTo((int) inside);
            }
        }
        Map<String, WorkloadRef> byId = exposed.keySet().stream().collect(Collectors.toMap(GraphVertex.WorkloadVertex::idOf, w -> w));
        int workloadBoxes = 0;
        int podBoxes = 0;
        for (DiagramBox w : layout.allBoxes().stream().filter(b -> b.kind() == BoxKind.WORKLOAD).toList()) {
            WorkloadRef ref = byId.get(w.id());
            if (ref == null) {
                assertThat(marks).doesNotContainKey(w.id());
                continue;
            }
            workloadBoxes++;
            ExposureMarks.Reason worst = ExposureLayer.reasons(exposed.get(ref)).iterator().next();
            assertThat(marks.get(w.id())).isEqualTo(new ExposureMarks.Mark(worst, 1, false));
            for (DiagramBox pod : w.children().stream().filter(c -> c.kind() == BoxKind.POD).toList()) {
                assertThat(marks.get(pod.id())).as(pod.id()).isEqualTo(new ExposureMarks.Mark(worst, 1, false));
                podBoxes++;
            }
        }
        assertThat(workloadBoxes).isEqualTo(exposed.size());
        assertThat(podBoxes).isGreaterThanOrEqualTo(workloadBoxes);
    }
}
