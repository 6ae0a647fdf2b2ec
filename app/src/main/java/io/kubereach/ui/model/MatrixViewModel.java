package io.kubereach.ui.model;

import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficPair;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The matrix tab: namespace × namespace or workload × workload reachability of the cluster
 * shown, read from the verdicts the graph wrote down while it was built (so even ten thousand
 * pods open at once), only while the tab is open, once per cluster and level. A click on a cell
 * shows the answer for its pair ({@link SelectionViewModel#showAnswer}); the cell of the pair
 * selected, wherever it was selected, is {@link #selectedCellProperty() marked}.
 */
public final class MatrixViewModel {

    /** The rows and columns of the matrix. */
    public enum Level {
        /** Namespace × namespace. */
        NAMESPACES,
        /** Workload × workload. */
        WORKLOADS
    }

    /**
     * A cell.
     *
     * @param row the row: who connects
     * @param column the column: who accepts
     */
    public record Cell(int row, int column) {
    }

    /**
     * What a cell stands for, for its tooltip: the two ends, the verdict its colour shows, and
     * either how many workload pairs stand how (namespaces) or what the pair may open (workloads).
     *
     * @param from the row
     * @param to the column
     * @param verdict the verdict, as coloured
     * @param policyInvolved whether some policy has a say (else allowed by default)
     * @param counts how the workload pairs behind the cell stand
     * @param ports what a workload pair may open, judged now; empty for namespaces
     */
    public record CellFacts(ReachabilityMatrix.Header from, ReachabilityMatrix.Header to, PairVerdict verdict, boolean policyInvolved,
            ReachabilityMatrix.PairCounts counts, Optional<ReachabilityMatrix.Ports> ports) {
    }

    private final WorkspaceViewModel workspace;
    private final SelectionViewModel selection;
    private final JobRunner runner;
    private final Activity activity;
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level", Level.NAMESPACES);
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted", false);
    private final ReadOnlyObjectWrapper<ReachabilityMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyObjectWrapper<Optional<Cell>> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell", Optional.empty());
    private Analysis computedFor;
    private Level computedLevel;
    private JobHandle working = JobHandle.done();

    public MatrixViewModel(WorkspaceViewModel workspace, SelectionViewModel selection, JobRunner runner, Activity activity) {
        this.workspace = workspace;
        this.selection = selection;
        this.runner = runner;
        this.activity = activity;
        level.addListener((obs, old, now) -> update());
        wanted.addListener((obs, old, now) -> update());
        workspace.analysisProperty().addListener((obs, old, now) -> update());
        matrix.addListener((obs, old, now) -> markSelected());
        selection.selectedPairProperty().addListener((obs, old, now) -> markSelected());
    }

    private void markSelected() {
        ReachabilityMatrix shown = matrix.get();
        Optional<TrafficPair> pair = selection.selectedPairProperty().get();
        if (shown == null || pair.isEmpty()) {
            selectedCell.set(Optional.empty());
            return;
        }
        OptionalInt row = shown.indexOf(pair.get().fromId());
        OptionalInt column = shown.indexOf(pair.get().toId());
        selectedCell.set(row.isPresent() && column.isPresent() ? Optional.of(new Cell(row.getAsInt(), column.getAsInt())) : Optional.empty());
    }

    /** Shows the answer for a cell's pair: selects the pair and opens its details. */
    public void select(Cell cell) {
        ReachabilityMatrix shown = matrix.get();
        if (shown != null && inside(shown, cell)) {
            selection.showAnswer(shown.headers().get(cell.row()).id(), shown.headers().get(cell.column()).id());
        }
    }

    /** What a cell of the matrix shown stands for; empty outside it or while there is none. */
    public Optional<CellFacts> facts(Cell cell) {
        ReachabilityMatrix shown = matrix.get();
        if (shown == null || !inside(shown, cell)) {
            return Optional.empty();
        }
        int r = cell.row();
        int c = cell.column();
        return Optional.of(new CellFacts(shown.headers().get(r), shown.headers().get(c), shown.verdict(r, c), shown.policyInvolved(r, c),
                shown.counts(r, c), shown.ports(r, c)));
    }

    private static boolean inside(ReachabilityMatrix m, Cell cell) {
        return cell.row() >= 0 && cell.column() >= 0 && cell.row() < m.size() && cell.column() < m.size();
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
        long asked = System.nanoTime();
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
                    if (OpenTimings.PRINT) {
                        System.err.printf("kubereach timings: matrix of %d %s ready in %d ms (%tT.%<tL)%n", result.size(), wantedLevel,
                                (System.nanoTime() - asked) / 1_000_000, System.currentTimeMillis());
                    }
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

    /** The cell of the pair selected, when the matrix shown has one for it. */
    public ReadOnlyObjectProperty<Optional<Cell>> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** The matrix; null while it is computed or not wanted yet. */
    public ReadOnlyObjectProperty<ReachabilityMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }
}
