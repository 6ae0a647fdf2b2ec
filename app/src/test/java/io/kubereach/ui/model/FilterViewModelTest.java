package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.Layer;
import io.kubereach.model.LabelSelector;
import io.kubereach.ui.source.ClusterSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the filter view model (no JavaFX thread)")
class FilterViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final FilterViewModel filter = app.filter();

    private FilterViewModel.NamespaceItem namespace(String name) {
        return filter.namespaces().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("lists every namespace of the cluster, sorted, all checked")
    void listsNamespaces() {
        assertThat(filter.namespaces()).extracting(FilterViewModel.NamespaceItem::name)
                .containsExactly("default", "kube-system", "monitoring", "payments", "shop");
        assertThat(filter.namespaces()).allMatch(n -> n.shown().get());
        assertThat(app.workspace().filterProperty().get().namespaces()).isEmpty();
    }

    @Test
    @DisplayName("a cluster opened changes the namespace list once and the tier list once, not once per namespace or tier")
    void aClusterOpenedIsListedInOneChange() {
        List<String> changes = new ArrayList<>();
        filter.namespaces().addListener((ListChangeListener<FilterViewModel.NamespaceItem>) c -> changes.add("namespaces"));
        filter.deciders().addListener((ListChangeListener<FilterViewModel.DeciderItem>) c -> changes.add("deciders"));
        app.workspace().open(new ClusterSource.Demo());

        assertThat(changes).containsExactly("namespaces", "deciders");
        assertThat(filter.namespaces()).extracting(FilterViewModel.NamespaceItem::name)
                .containsExactly("default", "kube-system", "monitoring", "payments", "shop");
        assertThat(filter.namespaces()).allMatch(n -> n.shown().get());
        assertThat(filter.deciders()).isNotEmpty();
    }

    @Test
    @DisplayName("unchecking namespaces shows only the others; none checked shows none; all checked shows all")
    void namespacesBecomeTheFilter() {
        namespace("kube-system").shown().set(false);
        namespace("monitoring").shown().set(false);
        assertThat(app.workspace().filterProperty().get().namespaces()).containsExactlyInAnyOrder("default", "payments", "shop");
        filter.showAllNamespaces(false);
        assertThat(app.workspace().filterProperty().get().showsNamespace("default")).isFalse();
        filter.showAllNamespaces(true);
        assertThat(app.workspace().filterProperty().get().namespaces()).isEmpty();
    }

    @Test
    @DisplayName("a label filter that does not read says why and changes nothing; one that reads is applied")
    void labelFilter() {
        filter.labelTextProperty().set("role in (db");
        assertThat(filter.labelProblemProperty().get().problem()).isEqualTo(LabelFilterException.Problem.UNBALANCED_PARENTHESES);
        filter.applyLabels();
        assertThat(app.workspace().filterProperty().get().labels()).isEqualTo(LabelSelector.ALL);
        filter.labelTextProperty().set("role=db");
        assertThat(filter.labelProblemProperty().get()).isNull();
        filter.applyLabels();
        assertThat(app.workspace().filterProperty().get().labels()).isEqualTo(LabelSelector.of(Map.of("role", "db")));
        assertThat(app.workspace().layoutProperty().get().allBoxes()).anyMatch(b -> b.id().equals("pod:default/redis-0"))
                .noneMatch(b -> b.id().equals("pod:default/nightly-report-28735140-9wz5t"));
    }

    @Test
    @DisplayName("each layer check shows or hides its layer")
    void layers() {
        assertThat(FilterViewModel.layers()).containsExactly(Layer.values());
        filter.layerProperty(Layer.BLOCKED_EDGES).set(false);
        assertThat(app.workspace().filterProperty().get().shows(Layer.BLOCKED_EDGES)).isFalse();
        assertThat(app.workspace().layoutProperty().get().lines()).noneMatch(l -> l.verdict().map(v -> v.name().equals("BLOCKED")).orElse(false));
        filter.layerProperty(Layer.BLOCKED_EDGES).set(true);
        assertThat(app.workspace().filterProperty().get().layers()).isEqualTo(Set.of(Layer.values()));
    }

    @Test
    @DisplayName("a label filter says how many pods it keeps, and says 0 when it keeps none")
    void matchingPodsAreCounted() {
        assertThat(filter.matchingProperty().get()).isEqualTo(-1);
        filter.labelTextProperty().set("role=db");
        filter.applyLabels();
        assertThat(filter.matchingProperty().get()).isEqualTo(2);
        filter.labelTextProperty().set("app=nothing-has-this");
        filter.applyLabels();
        assertThat(filter.matchingProperty().get()).isZero();
    }
}
