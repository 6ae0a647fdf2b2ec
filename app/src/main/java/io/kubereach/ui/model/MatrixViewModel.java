package io.kubereach.ui.model;

import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The matrix tab: namespace × namespace or workload × workload reachability of the cluster
 * shown. Computed off the JavaFX thread, only while the tab is open (a large cluster has tens of
 * thousands of workload pairs), once per cluster and level.
 */
public final class MatrixViewModel {

    /** The rows and columns of the matrix. */
    public enum Level {
        /** Namespace × namespace. */
        NAMESPACES,
        /** Workload × workload. */
        WORKLOADS
    }

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final Activity activity;
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level", Level.NAMESPACES);
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted", false);
    private final ReadOnlyObjectWrapper<ReachabilityMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private Analysis computedFor;
    private Level computedLevel;
    private JobHandle working = JobHandle.done();

    public MatrixViewModel(WorkspaceViewModel workspace, JobRunner runner, Activity activity) {
        this.workspace = workspace;
        this.runner = runner;
        this.activity = activity;
        level.addListener((obs, old, now) -> update());
        wanted.addListener((obs, old, now) -> update());
        workspace.analysisProperty().addListener((obs, old, now) -> update());
    }

    private void update() {
        Analysis analysis = workspace.analysisProperty().get();
        if (analysis != computedFor || level.get() != computedLevel) {
            matrix.set(null);
        }
        if (!wanted.get() || analysis == null || analysis == computedFor && level.get() == computedLevel) {
            return;
        }
        working.cancel();
        Level wantedLevel = level.get();
        Activity.Ticket ticket = activity.begin(JobStep.MATRIX);
        working = runner.start(control -> {
            control.progress(-1, JobStep.MATRIX);
            return wantedLevel == Level.NAMESPACES
                    ? ReachabilityMatrix.ofNamespaces(analysis.graph())
                    : ReachabilityMatrix.ofWorkloads(analysis.graph());
        }, ticket.ending(new JobListener<ReachabilityMatrix>() {
            @Override
            public void succeeded(ReachabilityMatrix result) {
                if (workspace.analysisProperty().get() == analysis && level.get() == wantedLevel) {
                    computedFor = analysis;
                    computedLevel = wantedLevel;
                    matrix.set(result);
                }
            }

            @Override
            public void failed(Throwable error) {
                // the matrix shown stays as it was; the status bar has stopped
            }
        }));
        ticket.attach(working);
    }

    /** Namespaces or workloads. */
    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    /** Whether the matrix is wanted (its tab is open). */
    public BooleanProperty wantedProperty() {
        return wanted;
    }

    /** The matrix; null while it is computed or not wanted yet. */
    public ReadOnlyObjectProperty<ReachabilityMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }
}
