package io.kubereach.ui.model;

import io.kubereach.diagram.Connection;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selection and what follows from it: the details the right panel shows and the boxes and
 * lines the diagram highlights (for a pod or workload, everything it reaches and everything that
 * reaches it). Details are worked out off the JavaFX thread; a newer selection wins.
 */
public final class SelectionViewModel {

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details", new Details.Nothing());
    private final ReadOnlyObjectWrapper<DetailsBuilder.Selected> worked =
            new ReadOnlyObjectWrapper<>(this, "worked", new DetailsBuilder.Selected(new Details.Nothing(), Set.of()));
    private final ReadOnlyObjectWrapper<Set<String>> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", Set.of());
    private final java.util.Deque<String> history = new java.util.ArrayDeque<>();
    private JobHandle working = JobHandle.done();

    public SelectionViewModel(WorkspaceViewModel workspace, JobRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        // a refreshed or live-updated cluster keeps the selection when it still has it
        workspace.analysisProperty().addListener((obs, old, now) -> select(selected.get()));
        workspace.layoutProperty().addListener((obs, old, now) -> highlight.set(highlightIn(now, worked.get())));
        worked.addListener((obs, old, now) -> {
            details.set(now.details());
            highlight.set(highlightIn(workspace.layoutProperty().get(), now));
        });
    }

    /** Selects a box or line id, {@code policy:NAMESPACE/NAME}, or nothing (""), forgetting the way back. */
    public void select(String id) {
        history.clear();
        show(id);
    }

    /** Follows a link of the details (a policy, a peer), remembering the way back. */
    public void follow(String id) {
        if (!selected.get().isEmpty() && !selected.get().equals(id)) {
            history.push(selected.get());
        }
        show(id);
    }

    /** Whether {@link #back()} leads somewhere. */
    public boolean canGoBack() {
        return !history.isEmpty();
    }

    /** Returns to the selection before the last link followed. */
    public void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    private void show(String id) {
        working.cancel();
        selected.set(id);
        Analysis analysis = workspace.analysisProperty().get();
        if (id.isEmpty() || analysis == null) {
            worked.set(new DetailsBuilder.Selected(new Details.Nothing(), Set.of()));
            return;
        }
        DiagramLayout layout = workspace.layoutProperty().get();
        working = runner.start(control -> {
            control.progress(-1, JobStep.DETAILS);
            return new DetailsBuilder(analysis).build(id, layout);
        }, new JobListener<DetailsBuilder.Selected>() {
            @Override
            public void succeeded(DetailsBuilder.Selected result) {
                if (selected.get().equals(id) && workspace.analysisProperty().get() == analysis) {
                    worked.set(result);
                }
            }

            @Override
            public void failed(Throwable error) {
                worked.set(new DetailsBuilder.Selected(new Details.Nothing(), Set.of()));
            }
        });
    }

    /** Shows the selected pod or workload alone with its traffic in the diagram, or the whole cluster again. */
    public void focus(boolean on) {
        String id = DetailsBuilder.vertexIdOf(selected.get());
        workspace.focusProperty().set(on && canFocus() ? Optional.of(id) : Optional.empty());
    }

    /** Whether the selection is a pod or workload, which the diagram can focus on. */
    public boolean canFocus() {
        Details d = details.get();
        return d instanceof Details.PodInfo || d instanceof Details.WorkloadInfo;
    }

    /**
     * The ids of a layout to highlight: boxes of the related vertices (a workload split over
     * nodes in each of its parts), lines of the related edges, and lines between the selection
     * and a related box.
     */
    static Set<String> highlightIn(DiagramLayout layout, DetailsBuilder.Selected selection) {
        Set<String> related = selection.related();
        if (related.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (DiagramBox b : layout.allBoxes()) {
            if (related.contains(DetailsBuilder.vertexIdOf(b.id()))) {
                out.add(b.id());
            }
        }
        Set<String> anchors = selection.anchors();
        for (Connection l : layout.connections()) {
            String from = DetailsBuilder.vertexIdOf(l.sourceId());
            String to = DetailsBuilder.vertexIdOf(l.targetId());
            boolean touches = anchors.contains(from) || anchors.contains(to);
            if (touches && related.contains(from) && related.contains(to) || related.contains(l.id())) {
                out.add(l.id());
            }
        }
        return out;
    }

    /** The selected id; empty when nothing is. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the right panel shows. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The ids of the layout shown to highlight. */
    public ReadOnlyObjectProperty<Set<String>> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }
}
