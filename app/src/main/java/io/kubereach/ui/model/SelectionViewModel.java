package io.kubereach.ui.model;

import io.kubereach.diagram.Connection;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.LineClass;
import io.kubereach.graph.TrafficPair;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import io.kubereach.whatif.WhatIfJudgement;

/**
 * The selection and what follows from it: the details the right panel shows and the boxes and
 * lines the diagram highlights (for a pod or workload, everything it reaches and everything that
 * reaches it). Details are worked out off the JavaFX thread; a newer selection wins. During a
 * what-if they are those of the edited cluster, with what the edits change about the selection.
 */
public final class SelectionViewModel {

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private final ReadOnlyObjectWrapper<Optional<TrafficPair>> selectedPair =
            new ReadOnlyObjectWrapper<>(this, "selectedPair", Optional.empty());
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details", new Details.Nothing());
    private final ReadOnlyObjectWrapper<Optional<WhatIfSelection>> whatIfChanges =
            new ReadOnlyObjectWrapper<>(this, "whatIfChanges", Optional.empty());
    private final ObservableValue<Optional<WhatIfJudgement>> whatIf;
    private final ReadOnlyObjectWrapper<Worked> worked = new ReadOnlyObjectWrapper<>(this, "worked", Worked.NOTHING);
    private final ReadOnlyObjectWrapper<Set<String>> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", Set.of());
    private final BooleanProperty blockedOnly = new SimpleBooleanProperty(this, "blockedOnly", false);
    private final MarkedPictures marked;
    private final BooleanProperty guardRails = new SimpleBooleanProperty(this, "guardRails", false);
    private final java.util.Deque<String> history = new java.util.ArrayDeque<>();
    private JobHandle working = JobHandle.done();
    private JobHandle highlighting = JobHandle.done();
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "busy", false);
    /** Counts the selections shown: only the job of the last one ends {@link #busy}. */
    private long shownCount;

    public SelectionViewModel(WorkspaceViewModel workspace, JobRunner runner) {
        this(workspace, new javafx.beans.property.SimpleObjectProperty<>(Optional.empty()), runner);
    }

    /**
     * A selection whose details, during a what-if, are those of the edited cluster, with what the
     * edits change about it ({@link #whatIfProperty()}).
     *
     * @param whatIf the cluster judged with the what-if's edits; empty while there is none
     */
    public SelectionViewModel(WorkspaceViewModel workspace, ObservableValue<Optional<WhatIfJudgement>> whatIf, JobRunner runner) {
        this(workspace, whatIf, new MarkedPictures(), runner);
    }

    /**
     * A selection during whose what-ifs the pictures shown are those the what-if made ahead ({@code marked}).
     *
     * @param whatIf the cluster judged with the what-if's edits; empty while there is none
     */
    SelectionViewModel(WorkspaceViewModel workspace, ObservableValue<Optional<WhatIfJudgement>> whatIf, MarkedPictures marked, JobRunner runner) {
        this.workspace = workspace;
        this.marked = marked;
        this.runner = runner;
        this.whatIf = whatIf;
        // an edit (or its undo) judges the selection again, keeping the way back
        whatIf.addListener((obs, old, now) -> show(selected.get()));
        selected.addListener((obs, old, now) -> selectedPair.set(TrafficPair.parse(now)));
        // a refreshed or live-updated cluster keeps the selection when it still has it
        workspace.analysisProperty().addListener((obs, old, now) -> select(selected.get()));
        workspace.layoutProperty().addListener((obs, old, now) -> highlightInNew(now));
        worked.addListener((obs, old, now) -> {
            whatIfChanges.set(now.whatIf());
            details.set(now.selected().details());
            if (TrafficPair.parse(selected.get()).isEmpty()) {
                // a question's answer names its pair once worked out: the ends resolved to vertices
                selectedPair.set(pairOf(now.selected().details()));
            }
            showHighlight();
        });
        blockedOnly.addListener((obs, old, now) -> showHighlight());
        guardRails.addListener((obs, old, now) -> showHighlight());
    }

    /**
     * A selection worked out off the JavaFX thread, with what to highlight in the picture it was
     * worked out for (a walk over every box and line, too long for the JavaFX thread on a large cluster).
     *
     * @param selected the details and what belongs with them
     * @param layout the picture the highlight is for
     * @param highlight the ids of that picture to highlight
     * @param whatIf what a what-if changes about the selection; empty while there is none
     */
    private record Worked(DetailsBuilder.Selected selected, DiagramLayout layout, Set<String> highlight, Optional<WhatIfSelection> whatIf) {
        static final Worked NOTHING = new Worked(new DetailsBuilder.Selected(new Details.Nothing(), Set.of()), DiagramLayout.empty(), Set.of(),
                Optional.empty());
    }

    /**
     * Highlights the selection in a new picture (another language, filter or grouping): worked out
     * off the JavaFX thread, a walk over every box and line; the ids highlighted stay meanwhile.
     */
    private void highlightInNew(DiagramLayout picture) {
        highlighting.cancel();
        Worked was = worked.get();
        if (was.selected().related().isEmpty()) {
            showHighlight(); // nothing selected: the guard rails or nothing
            return;
        }
        highlighting = runner.start(control -> highlightIn(picture, was.selected()), new JobListener<Set<String>>() {
            @Override
            public void succeeded(Set<String> ids) {
                if (worked.get() == was && workspace.layoutProperty().get() == picture) {
                    worked.set(new Worked(was.selected(), picture, ids, was.whatIf()));
                }
            }

            @Override
            public void failed(Throwable error) {
                if (worked.get() == was && workspace.layoutProperty().get() == picture) {
                    showHighlight();
                }
            }
        });
    }

    private void showHighlight() {
        Worked now = worked.get();
        DiagramLayout shown = workspace.layoutProperty().get();
        highlight.set(shown(shown, now.layout() == shown && !now.highlight().isEmpty() ? now.highlight() : highlightOf(shown, now.selected())));
    }

    /** The highlight as shown: with {@link #blockedOnlyProperty()}, its boxes and only its blocked or unknown lines. */
    private Set<String> shown(DiagramLayout layout, Set<String> ids) {
        if (!blockedOnly.get()) {
            return ids;
        }
        DiagramLayout picture = pictureShown(layout);
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Optional<LineClass> now = picture.connection(id).map(Connection::classShown);
            if (now.isEmpty() || now.get() == LineClass.BLOCKED || now.get() == LineClass.UNKNOWN) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The picture as the diagram shows it: during a what-if, the layout with the edits' changes
     * marked on it ({@link DiagramLayout#withChanges}, the one place that works out what the edits
     * make of each line), worked out once per layout and what-if (off the JavaFX thread when the
     * what-if judged its edits: {@link MarkedPictures}); else the layout itself.
     */
    public DiagramLayout pictureShown(DiagramLayout layout) {
        Optional<WhatIfJudgement> judgement = whatIf.getValue();
        return judgement.isEmpty() ? layout : marked.of(layout, judgement.get());
    }

    /**
     * Whether the highlight keeps, of the selection's lines, only those blocked (and those that
     * cannot be judged): the boxes stay, the allowed lines fade with the rest.
     */
    public BooleanProperty blockedOnlyProperty() {
        return blockedOnly;
    }

    /** Selects a box or line id, {@code policy:NAMESPACE/NAME}, or nothing (""), forgetting the way back. */
    public void select(String id) {
        history.clear();
        show(id);
    }

    /**
     * Shows the answer for FROM→TO: selects the pair and opens its traffic details, whether the
     * diagram draws a line for it or not. The ends are vertex ids: workloads, pods or address
     * blocks (a workload to itself: two of its replicas), or two namespaces (every workload pair
     * between them). The one way every view asks "can A reach B?" (the matrix, the question
     * bar); the pair is then {@link #selectedPairProperty() the selected pair}.
     */
    public void showAnswer(String fromId, String toId) {
        select(new TrafficPair(fromId, toId).id());
    }

    /**
     * Shows the answer to a question of the question bar: with a port, the verdict per judged
     * connection and each side's trace, as {@code can-reach --explain}; without one, the pair's
     * answer for every port (as {@link #showAnswer(String, String)} for the vertices its ends
     * stand for). The path is highlighted.
     */
    public void showAnswer(Question question) {
        select(question.id());
    }

    /** {@link #showAnswer} for a link of the details, remembering the way back. */
    public void followAnswer(String fromId, String toId) {
        follow(new TrafficPair(fromId, toId).id());
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
        long count = ++shownCount;
        selected.set(id);
        Analysis analysis = workspace.analysisProperty().get();
        if (id.isEmpty() || analysis == null) {
            busy.set(false);
            worked.set(Worked.NOTHING);
            return;
        }
        busy.set(true);
        DiagramLayout layout = workspace.layoutProperty().get();
        // during a what-if the details are those of the edited cluster (a judgement of another cluster is not used)
        Optional<WhatIfJudgement> edited = whatIf.getValue().filter(j -> j.before() == analysis.graph());
        working = runner.start(control -> {
            control.progress(-1, JobStep.DETAILS);
            DetailsBuilder.Selected built = new DetailsBuilder(edited.map(j -> analysis.judgedAs(j.after())).orElse(analysis)).build(id, layout);
            return new Worked(built, layout, highlightIn(layout, built), edited.map(j -> WhatIfSelection.of(j, id, built.details(), built.anchors())));
        }, new JobListener<Worked>() {
            @Override
            public void succeeded(Worked result) {
                ended(count);
                if (selected.get().equals(id) && workspace.analysisProperty().get() == analysis
                        && whatIf.getValue().filter(j -> j.before() == analysis.graph()).orElse(null) == edited.orElse(null)) {
                    worked.set(result);
                }
            }

            @Override
            public void failed(Throwable error) {
                ended(count);
                String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                worked.set(new Worked(new DetailsBuilder.Selected(new Details.Failed(reason), Set.of()), DiagramLayout.empty(), Set.of(),
                        Optional.empty()));
            }
        });
    }

    private void ended(long count) {
        if (count == shownCount) {
            busy.set(false);
        }
    }

    /**
     * Whether the details of the selection are being worked out (off the JavaFX thread): the
     * details shown until then are those of the selection before.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

    /** What to highlight: what belongs with the selection; with nothing selected, the guard rails when they are asked for. */
    private Set<String> highlightOf(DiagramLayout layout, DetailsBuilder.Selected selection) {
        if (selection.related().isEmpty() && guardRails.get()) {
            return GuardRails.in(layout);
        }
        return highlightIn(layout, selection);
    }

    /**
     * Whether the diagram marks the guard rails while nothing is selected: the lines an admin or
     * baseline policy decides, and the boxes at their ends (the rest fades).
     */
    public BooleanProperty guardRailsProperty() {
        return guardRails;
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
        // a line's ends are boxes: each box's vertex worked out once, not once per line (at 10k, 33,000 boxes, ten times as many lines)
        Map<String, String> vertexOf = new HashMap<>();
        for (Connection l : layout.connections()) {
            String from = vertexOf.computeIfAbsent(l.sourceId(), DetailsBuilder::vertexIdOf);
            String to = vertexOf.computeIfAbsent(l.targetId(), DetailsBuilder::vertexIdOf);
            boolean touches = anchors.contains(from) || anchors.contains(to);
            if (touches && related.contains(from) && related.contains(to) || related.contains(l.id())) {
                out.add(l.id());
            }
        }
        return out;
    }

    /** The pair a selection's details are about: a line's ends, an answer's resolved ends; empty for the rest. */
    static Optional<TrafficPair> pairOf(Details details) {
        if (details instanceof Details.Traffic t) {
            return Optional.of(new TrafficPair(t.edge().sourceId(), t.edge().targetId()));
        }
        return details instanceof Details.Answer a ? a.pair() : Optional.empty();
    }

    /**
     * The pair selected: a traffic line, a pair asked about, or the pair a question's answer is
     * about once worked out; empty when the selection is no pair.
     */
    public ReadOnlyObjectProperty<Optional<TrafficPair>> selectedPairProperty() {
        return selectedPair.getReadOnlyProperty();
    }

    /** The selected id; empty when nothing is. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the right panel shows. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** What a what-if changes about the selection (its details are then those of the edited cluster); empty while there is none. */
    public ReadOnlyObjectProperty<Optional<WhatIfSelection>> whatIfProperty() {
        return whatIfChanges.getReadOnlyProperty();
    }

    /** The ids of the layout shown to highlight. */
    public ReadOnlyObjectProperty<Set<String>> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }
}
