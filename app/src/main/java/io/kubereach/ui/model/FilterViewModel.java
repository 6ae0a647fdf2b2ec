package io.kubereach.ui.model;

import io.kubereach.engine.TierKind;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.Layer;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The left panel's state: which namespaces are shown (each with a check), the label filter (its
 * text, checked as it is typed, applied on demand), which layers are shown, and the traffic lines
 * shown by the kind of policy tier that decided them. Every change that
 * reads becomes the workspace's {@link GraphFilter}.
 */
public final class FilterViewModel {

    /**
     * A namespace with its check.
     *
     * @param name the namespace
     * @param shown whether it is shown
     */
    public record NamespaceItem(String name, BooleanProperty shown) {
    }

    /**
     * A kind of policy tier that decides some traffic line of the cluster, with its check.
     *
     * @param kind the kind of tier
     * @param shown whether the lines it decides are shown
     */
    public record DeciderItem(TierKind kind, BooleanProperty shown) {
    }

    private final WorkspaceViewModel workspace;
    private final ObservableList<NamespaceItem> namespaces = FXCollections.observableArrayList();
    private final StringProperty labelText = new SimpleStringProperty(this, "labelText", "");
    private final ReadOnlyObjectWrapper<LabelFilterException> labelProblem = new ReadOnlyObjectWrapper<>(this, "labelProblem");
    private final Map<Layer, BooleanProperty> layers = new EnumMap<>(Layer.class);
    private final javafx.beans.property.ReadOnlyIntegerWrapper matching = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "matching", -1);
    private final ObservableList<DeciderItem> deciders = FXCollections.observableArrayList();
    private boolean rebuilding;

    public FilterViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        for (Layer layer : Layer.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, layer.name(), workspace.filterProperty().get().shows(layer));
            shown.addListener((obs, old, now) -> workspace.filterProperty().set(workspace.filterProperty().get().withLayer(layer, now)));
            layers.put(layer, shown);
        }
        // the workspace may change the layers itself (a large cluster opens without containers)
        workspace.filterProperty().addListener((obs, old, now) -> {
            layers.forEach((layer, shown) -> shown.set(now.shows(layer)));
            count();
        });
        workspace.analysisProperty().addListener((obs, old, now) -> count());
        labelText.addListener((obs, old, now) -> check(now));
        workspace.analysisProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(workspace.analysisProperty().get());
    }

    private void rebuild(Analysis analysis) {
        rebuilding = true;
        try {
            List<NamespaceItem> items = new ArrayList<>();
            if (analysis != null) {
                Set<String> visible = workspace.filterProperty().get().namespaces();
                for (Namespace ns : analysis.snapshot().namespaces().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
                    BooleanProperty shown = new SimpleBooleanProperty(visible.isEmpty() || visible.contains(ns.name()));
                    shown.addListener((obs, old, now) -> pushNamespaces());
                    items.add(new NamespaceItem(ns.name(), shown));
                }
            }
            // one change for the lists shown, not one per namespace (each a pass of the list view's listeners)
            namespaces.setAll(items);
            rebuildDeciders(analysis);
        } finally {
            rebuilding = false;
        }
    }

    private void pushNamespaces() {
        if (rebuilding) {
            return;
        }
        Set<String> shown = new LinkedHashSet<>();
        namespaces.stream().filter(n -> n.shown().get()).forEach(n -> shown.add(n.name()));
        // every namespace checked means "all", so namespaces that appear later are shown too
        Set<String> filterSet = shown.size() == namespaces.size() ? Set.of() : shown.isEmpty() ? Set.of("") : shown;
        workspace.filterProperty().set(workspace.filterProperty().get().withNamespaces(filterSet));
    }

    /** One check per kind of tier that decides some line of the cluster, in walking order; the filter keeps what it names. */
    private void rebuildDeciders(Analysis analysis) {
        List<DeciderItem> items = new ArrayList<>();
        if (analysis != null) {
            Set<TierKind> filtered = workspace.filterProperty().get().decidedBy();
            // worked out once per graph, ahead when the analysis was judged off the JavaFX thread
            for (TierKind kind : analysis.graph().decidingTiers()) {
                BooleanProperty shown = new SimpleBooleanProperty(filtered.isEmpty() || filtered.contains(kind));
                shown.addListener((obs, old, now) -> pushDeciders());
                items.add(new DeciderItem(kind, shown));
            }
        }
        // one change: the panel makes its checks once, not once per kind
        deciders.setAll(items);
    }

    private void pushDeciders() {
        if (rebuilding) {
            return;
        }
        Set<TierKind> shown = EnumSet.noneOf(TierKind.class);
        deciders.stream().filter(d -> d.shown().get()).forEach(d -> shown.add(d.kind()));
        // every kind checked means no filter, so lines no policy decided show too; none checked keeps only the lines that
        // cannot be judged (objects not evaluated never decide a line)
        Set<TierKind> filterSet = shown.size() == deciders.size() ? Set.of() : shown.isEmpty() ? Set.of(TierKind.UNEVALUATED) : shown;
        workspace.filterProperty().set(workspace.filterProperty().get().withDecidedBy(filterSet));
    }

    /** The kinds of tier that decide some traffic line of the cluster, in walking order, each with its check. */
    public ObservableList<DeciderItem> deciders() {
        return deciders;
    }

    /** Checks or unchecks every namespace at once. */
    public void showAllNamespaces(boolean shown) {
        rebuilding = true;
        try {
            namespaces.forEach(n -> n.shown().set(shown));
        } finally {
            rebuilding = false;
        }
        pushNamespaces();
    }

    private LabelSelector check(String text) {
        try {
            LabelSelector selector = LabelFilterParser.parse(text);
            labelProblem.set(null);
            return selector;
        } catch (LabelFilterException e) {
            labelProblem.set(e);
            return null;
        }
    }

    /** Applies the label filter text when it reads; otherwise leaves the filter as it is. */
    public void applyLabels() {
        LabelSelector selector = check(labelText.get());
        if (selector != null && !selector.equals(workspace.filterProperty().get().labels())) {
            workspace.filterProperty().set(workspace.filterProperty().get().withLabels(selector));
        }
    }

    /** Counts the pods the label filter keeps, in the namespaces shown; -1 when no label filter is set. */
    private void count() {
        GraphFilter filter = workspace.filterProperty().get();
        Analysis analysis = workspace.analysisProperty().get();
        if (analysis == null || filter.labels().isEmpty()) {
            matching.set(-1);
            return;
        }
        matching.set((int) analysis.snapshot().pods().stream()
                .filter(p -> filter.showsNamespace(p.namespace()) && filter.labels().matches(p.labels())).count());
    }

    /** How many pods the label filter applied keeps (0 is said, not left to an empty picture); -1 without a label filter. */
    public javafx.beans.property.ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    /** The namespaces, sorted by name, each with its check. */
    public ObservableList<NamespaceItem> namespaces() {
        return namespaces;
    }

    /** The label filter as typed, e.g. {@code app=web,tier in (front,back),!canary}. */
    public StringProperty labelTextProperty() {
        return labelText;
    }

    /** Why the label filter text does not read; null when it does. */
    public ReadOnlyObjectProperty<LabelFilterException> labelProblemProperty() {
        return labelProblem.getReadOnlyProperty();
    }

    /** Whether a layer is shown. */
    public BooleanProperty layerProperty(Layer layer) {
        return layers.get(layer);
    }

    /** The layers in the order the panel lists them. */
    public static List<Layer> layers() {
        return List.of(Layer.values());
    }
}
