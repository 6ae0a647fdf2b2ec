package io.kubereach.ui.model;

import io.kubereach.diagram.ExposureMarks;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.Exposure;
import io.kubereach.report.ExposureAnalysis;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The exposure layer the user turns on and off: while on, every workload's exposure is worked out
 * (in the background, again for each cluster opened) and the diagram marks the exposed ones on
 * their boxes ({@link #marksProperty()}); a workload's reason is one call away ({@link #of}).
 */
public final class ExposureLayer {

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<Map<WorkloadRef, Exposure>> exposed = new ReadOnlyObjectWrapper<>(this, "exposed", Map.of());
    private final ReadOnlyObjectWrapper<ExposureMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks", ExposureMarks.NONE);
    private JobHandle working = JobHandle.done();

    public ExposureLayer(WorkspaceViewModel workspace, JobRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        shown.addListener((obs, old, now) -> update());
        workspace.analysisProperty().addListener((obs, old, now) -> update());
    }

    /** Whether the layer is on. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The exposed workloads with why, by workload; empty while off or not yet worked out. */
    public ReadOnlyObjectProperty<Map<WorkloadRef, Exposure>> exposedProperty() {
        return exposed.getReadOnlyProperty();
    }

    /** The marks the diagram draws: {@link ExposureMarks#NONE} while off. */
    public ReadOnlyObjectProperty<ExposureMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** The exposure of a workload while the layer is on and it is exposed. */
    public Optional<Exposure> of(WorkloadRef workload) {
        return Optional.ofNullable(exposed.get().get(workload));
    }

    private void update() {
        working.cancel();
        Analysis analysis = workspace.analysisProperty().get();
        if (!shown.get() || analysis == null) {
            exposed.set(Map.of());
            marks.set(ExposureMarks.NONE);
            return;
        }
        working = runner.start(control -> {
            control.progress(-1, JobStep.DETAILS);
            return exposedIn(analysis.snapshot(), analysis.graph());
        }, new JobListener<Map<WorkloadRef, Exposure>>() {
            @Override
            public void succeeded(Map<WorkloadRef, Exposure> result) {
                if (shown.get() && workspace.analysisProperty().get() == analysis) {
                    exposed.set(result);
                    marks.set(marksOf(result));
                }
            }

            @Override
            public void failed(Throwable error) {
                exposed.set(Map.of());
                marks.set(ExposureMarks.NONE);
            }
        });
    }

    /** Every exposed workload of a cluster (all of its pods judged), by namespace and name. */
    static Map<WorkloadRef, Exposure> exposedIn(ClusterSnapshot snapshot, io.kubereach.graph.NetworkGraph graph) {
        Map<WorkloadRef, Exposure> out = new LinkedHashMap<>();
        new ExposureAnalysis(snapshot, graph.engine()).ofEveryWorkload().stream()
                .filter(Exposure::exposed).forEach(e -> out.put(e.workload(), e));
        return out;
    }

    /** The diagram's marks of some exposed workloads: each with every reason it has. */
    static ExposureMarks marksOf(Map<WorkloadRef, Exposure> exposed) {
        return ExposureMarks.of(exposed.values());
    }

    /** Why an exposed workload is marked, the worst first. */
    public static Set<ExposureMarks.Reason> reasons(Exposure e) {
        return ExposureMarks.reasons(e);
    }
}
