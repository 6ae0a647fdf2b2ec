package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;

/** The vertices of a view sorted into what the layout needs, each list in id order. */
final class ViewContents {
    final List<GraphVertex.OutsideVertex> outside = new ArrayList<>();
    final List<GraphVertex.AddressBlockVertex> blocks = new ArrayList<>();
    final List<GraphVertex.IngressVertex> ingresses = new ArrayList<>();
    final List<GraphVertex.ServiceVertex> services = new ArrayList<>();
    final List<GraphVertex.NodeVertex> nodes = new ArrayList<>();
    final Set<String> namespaceNames = new TreeSet<>();
    final Map<GraphVertex.WorkloadVertex, List<GraphVertex.PodVertex>> workloads = new LinkedHashMap<>();
    final Map<String, GraphVertex.PauseVertex> pauses = new LinkedHashMap<>();
    final Map<String, List<GraphVertex.ContainerVertex>> containers = new LinkedHashMap<>();

    /** A vertex with its id, worked out once: sorting by {@link GraphVertex#id} made two ids a comparison. */
    private record Keyed(String id, GraphVertex vertex) {
    }

    /** The vertices in id order. */
    private static List<GraphVertex> byId(Set<GraphVertex> vertices) {
        List<Keyed> keyed = new ArrayList<>(vertices.size());
        for (GraphVertex v : vertices) {
            keyed.add(new Keyed(v.id(), v));
        }
        keyed.sort(Comparator.comparing(Keyed::id));
        List<GraphVertex> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.vertex());
        }
        return sorted;
    }

    static ViewContents of(Graph<GraphVertex, GraphEdge> view) {
        ViewContents c = new ViewContents();
        List<GraphVertex> sorted = byId(view.vertexSet());
        Map<String, GraphVertex.WorkloadVertex> workloadsById = new TreeMap<>();
        for (GraphVertex v : sorted) {
            if (v instanceof GraphVertex.OutsideVertex o) {
                c.outside.add(o);
            } else if (v instanceof GraphVertex.AddressBlockVertex b) {
                c.blocks.add(b);
            } else if (v instanceof GraphVertex.IngressVertex i) {
                c.ingresses.add(i);
            } else if (v instanceof GraphVertex.ServiceVertex s) {
                c.services.add(s);
                c.namespaceNames.add(s.namespace());
            } else if (v instanceof GraphVertex.NodeVertex n) {
                c.nodes.add(n);
            } else if (v instanceof GraphVertex.WorkloadVertex w) {
                workloadsById.put(w.id(), w);
                c.workloads.put(w, new ArrayList<>());
                c.namespaceNames.add(w.namespace());
            }
        }
        for (GraphVertex v : sorted) {
            if (v instanceof GraphVertex.PodVertex p) {
                GraphVertex.WorkloadVertex w = workloadsById.get(GraphVertex.WorkloadVertex.idOf(p.owner()));
                if (w != null) {
                    c.workloads.get(w).add(p);
                }
            } else if (v instanceof GraphVertex.PauseVertex p) {
                c.pauses.put(GraphVertex.PodVertex.idOf(p.pod()), p);
            }
        }
        // containers in the pod's own order (the graph's insertion order), not by name
        for (GraphVertex v : view.vertexSet()) {
            if (v instanceof GraphVertex.ContainerVertex k) {
                c.containers.computeIfAbsent(GraphVertex.PodVertex.idOf(k.pod()), x -> new ArrayList<>()).add(k);
            }
        }
        c.workloads.values().removeIf(List::isEmpty);
        return c;
    }

    List<String> namespaces() {
        return List.copyOf(namespaceNames);
    }
}
