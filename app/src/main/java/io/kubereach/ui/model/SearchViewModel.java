package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Finds boxes of the diagram shown by name, by label ({@code app=web}, any label filter) or by
 * IP address (a pod's, a Service's cluster IP, an address block holding it). Each search steps to
 * the next hit, so pressing Enter again walks through them.
 */
public final class SearchViewModel {

    private final WorkspaceViewModel workspace;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyIntegerWrapper hitCount = new ReadOnlyIntegerWrapper(this, "hitCount", -1);
    private final ReadOnlyIntegerWrapper hitIndex = new ReadOnlyIntegerWrapper(this, "hitIndex", -1);
    private List<String> hits = List.of();
    private String searched = "";
    /** Works out the names of a layout as it is shown, so the first search does not (a daemon thread). */
    private static final Executor AHEAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-names");
        t.setDaemon(true);
        return t;
    });
    /** The names of the analysis and layout searched last, or being worked out for the layout shown. */
    private Optional<Names> names = Optional.empty();
    private Optional<Ahead> ahead = Optional.empty();

    public SearchViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.layoutProperty().addListener((obs, old, now) -> {
            forget();
            namesAhead(workspace.analysisProperty().get(), now);
        });
        query.addListener((obs, old, now) -> forget());
    }

    private void forget() {
        searched = "";
        hits = List.of();
        hitCount.set(-1);
        hitIndex.set(-1);
    }

    /** The box id of the next hit of the query; empty when nothing shown matches. */
    public Optional<String> next() {
        String q = query.get().trim();
        if (q.isEmpty()) {
            forget();
            return Optional.empty();
        }
        if (!q.equals(searched)) {
            searched = q;
            hits = find(q);
            hitCount.set(hits.size());
            hitIndex.set(-1);
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        hitIndex.set((hitIndex.get() + 1) % hits.size());
        return Optional.of(hits.get(hitIndex.get()));
    }

    /**
     * Every box of the layout shown that matches, best first: exact names, then names containing
     * it, then labels and addresses, then containers.
     */
    List<String> find(String q) {
        Analysis analysis = workspace.analysisProperty().get();
        DiagramLayout layout = workspace.layoutProperty().get();
        if (analysis == null) {
            return List.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Map<String, Integer> rank = new LinkedHashMap<>();
        Optional<IpAddress> ip = IpAddress.parse(q);
        Optional<LabelSelector> labels = q.contains("=") || q.contains(" in ") || q.startsWith("!") ? selector(q) : Optional.empty();
        Names known = names(analysis, layout);
        for (int i = 0; i < known.vertices().size(); i++) {
            GraphVertex v = known.vertices().get(i);
            String name = known.names()[i];
            String qualified = known.qualified()[i];
            // what is inside a pod comes after the pods, workloads and Services of the same name
            int inside = v instanceof GraphVertex.ContainerVertex || v instanceof GraphVertex.PauseVertex ? 4 : 0;
            if (name.equals(lower) || qualified.equals(lower)) {
                rank.merge(v.id(), inside, Math::min);
            } else if (qualified.contains(lower)) { // the qualified name ends with the name: one look through each
                rank.merge(v.id(), 1 + inside, Math::min);
            }
            if (v instanceof GraphVertex.PodVertex p) {
                if (ip.isPresent() && p.ips().contains(ip.get()) || labels.isPresent() && labels.get().matches(p.labels())) {
                    rank.merge(v.id(), 2, Math::min);
                }
            } else if (v instanceof GraphVertex.AddressBlockVertex b && ip.isPresent() && b.block().contains(ip.get())) {
                rank.merge(v.id(), 3, Math::min);
            } else if (v instanceof GraphVertex.ServiceVertex s && ip.isPresent()) {
                Optional<Service> service = analysis.snapshot().service(s.namespaceName(), s.name());
                if (service.isPresent() && service.get().clusterIps().contains(ip.get())) {
                    rank.merge(v.id(), 2, Math::min);
                }
            }
        }
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(rank.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ordered) {
            Optional.ofNullable(known.boxes().get(e.getKey())).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What a search walks, worked out once per analysis and layout rather than per search (10,000
     * pods: some 50,000 names lower-cased and 34,000 boxes mapped, whose garbage the collector
     * paused the window for): the vertices, their names and namespace-qualified names in lower
     * case, and the box of each vertex id.
     */
    private record Names(Analysis analysis, DiagramLayout layout, List<GraphVertex> vertices, String[] names, String[] qualified,
            Map<String, String> boxes) {
    }

    /** The names of a layout being worked out off the JavaFX thread. */
    private record Ahead(Analysis analysis, DiagramLayout layout, CompletableFuture<Names> names) {
    }

    /**
     * Starts working out the names of the layout just shown (10,000 pods: the first search's Enter
     * held the JavaFX thread 130–250 ms doing it).
     */
    private void namesAhead(Analysis analysis, DiagramLayout layout) {
        ahead = Optional.empty();
        if (analysis != null && layout != null) {
            ahead = Optional.of(new Ahead(analysis, layout, CompletableFuture.supplyAsync(() -> namesOf(analysis, layout), AHEAD)));
        }
    }

    private Names names(Analysis analysis, DiagramLayout layout) {
        Optional<Names> last = names.filter(n -> n.analysis() == analysis && n.layout() == layout);
        if (last.isPresent()) {
            return last.get();
        }
        Names known = ahead.filter(a -> a.analysis() == analysis && a.layout() == layout)
                .flatMap(a -> Optional.ofNullable(a.names().exceptionally(failed -> null).join()))
                .orElseGet(() -> namesOf(analysis, layout));
        names = Optional.of(known);
        return known;
    }

    private static Names namesOf(Analysis analysis, DiagramLayout layout) {
        List<GraphVertex> vertices = List.copyOf(analysis.graph().graph().vertexSet());
        String[] lowerNames = new String[vertices.size()];
        String[] qualified = new String[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            GraphVertex v = vertices.get(i);
            lowerNames[i] = v.label().toLowerCase(Locale.ROOT);
            qualified[i] = (v.namespace().isEmpty() ? "" : v.namespace().toLowerCase(Locale.ROOT) + "/") + lowerNames[i];
        }
        Map<String, String> boxes = new HashMap<>();
        for (DiagramBox b : layout.allBoxes()) {
            boxes.putIfAbsent(DetailsBuilder.vertexIdOf(b.id()), b.id());
        }
        return new Names(analysis, layout, vertices, lowerNames, qualified, boxes);
    }

    private static Optional<LabelSelector> selector(String q) {
        try {
            return Optional.of(LabelFilterParser.parse(q));
        } catch (LabelFilterException e) {
            return Optional.empty();
        }
    }

    /** What to look for. */
    public StringProperty queryProperty() {
        return query;
    }

    /** How many boxes the last search found; -1 before a search. */
    public ReadOnlyIntegerProperty hitCountProperty() {
        return hitCount.getReadOnlyProperty();
    }

    /** Which hit is shown, from 0; -1 before a search. */
    public ReadOnlyIntegerProperty hitIndexProperty() {
        return hitIndex.getReadOnlyProperty();
    }
}
