package io.kubereach.ui.model;

import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.Layer;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import java.util.EnumMap;
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
 * text, checked as it is typed, applied on demand) and which layers are shown. Every change that
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

    private final WorkspaceViewModel workspace;
    private final ObservableList<NamespaceItem> namespaces = FXCollections.observableArrayList();
    private final StringProperty labelText = new SimpleStringProperty(this, "labelText", "");
    private final ReadOnlyObjectWrapper<LabelFilterException> labelProblem = new ReadOnlyObjectWrapper<>(this, "labelProblem");
    private final Map<Layer, BooleanProperty> layers = new EnumMap<>(Layer.class);
    private final javafx.beans.property.ReadOnlyIntegerWrapper matching = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "matching", -1);
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
            namespaces.clear();
            if (analysis != null) {
                Set<String> visible = workspace.filterProperty().get().namespaces();
                for (Namespace ns : analysis.snapshot().namespaces().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
                    BooleanProperty shown = new SimpleBooleanProperty(visible.isEmpty() || visible.contains(ns.name()));
                    shown.addListener((obs, old, now) -> pushNamespaces());
                    namespaces.add(new NamespaceItem(ns.name(), shown));
                }
            }
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
