package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.TrafficVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Lays out a view of the network graph as a compound picture: large group boxes (nodes, or
 * namespaces) holding workload boxes, which hold pods, which hold their pause container and app
 * containers; Services, Ingresses, the outside and address blocks beside them.
 *
 * <p>How: the inside of every compound box is packed bottom-up by {@link ShelfPacking} (a
 * deterministic grid/shelf packing: ELK's layered algorithm puts thousands of unconnected pods
 * in one column, and its hierarchical mode is far too slow for 2,000 pods); the top level is
 * placed by ELK layered ({@link TopLevelPlacement}) along the lines between the top-level boxes.
 * Lines are then drawn between the boxes of their ends: routed around the top-level boxes between
 * groups ({@link LineRouter}), short curves inside one group ({@link LineGeometry}).
 *
 * <p>Stable: vertices are taken in id order and every step is deterministic, so the same view
 * gives the same coordinates, and a group whose contents did not change keeps its inner
 * picture (only its place may move). Pure geometry: no toolkit is touched, so it runs headless
 * and off the UI thread.
 */
public final class DiagramLayouter {

    private static final String UNSCHEDULED = "node:";
    /** Up to this many groups, ELK layered places the top level; beyond, it is packed in rows. */
    static final int MAX_LAYERED_GROUPS = 12;
    /** Beyond this many traffic lines, traffic is drawn once per pair of top-level boxes instead. */
    static final int MAX_TRAFFIC_LINES = 300;

    private final DiagramText text;
    private final ShapeFactory shapes;

    /** A layouter writing its words in the language of {@code text}. */
    public DiagramLayouter(DiagramText text) {
        this.text = text;
        this.shapes = new ShapeFactory(text);
    }

    /** Lays out a view (the whole graph, a {@code GraphView}, a {@code Focus}) grouped by node or namespace. */
    public DiagramLayout layout(Graph<GraphVertex, GraphEdge> view, Grouping grouping) {
        Contents contents = Contents.of(view);
        Map<String, String> anchors = new LinkedHashMap<>();
        List<Shape> top = new ArrayList<>();
        contents.outside.forEach(o -> top.add(shapes.outside(o)));
        contents.blocks.forEach(b -> top.add(shapes.block(b)));
        contents.ingresses.forEach(i -> top.add(shapes.ingress(i)));
        if (grouping == Grouping.NAMESPACE) {
            top.addAll(namespaceGroups(contents, anchors));
        } else {
            contents.services.forEach(s -> top.add(shapes.service(s)));
            top.addAll(nodeGroups(contents, anchors));
        }
        Map<String, String> topOf = new LinkedHashMap<>();
        for (Shape s : top) {
            mapTop(s, s.id, topOf);
        }
        anchors.forEach((vertex, box) -> topOf.putIfAbsent(vertex, topOf.get(box)));
        List<String[]> topEdges = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (GraphEdge e : view.edgeSet()) {
            if (e instanceof GraphEdge.Contains || e instanceof GraphEdge.SharesLoopback) {
                continue;
            }
            String a = topOf.get(e.sourceId());
            String b = topOf.get(e.targetId());
            if (a != null && b != null && !a.equals(b) && seen.add(a + ">" + b)) {
                topEdges.add(new String[] {a, b});
            }
        }
        long groups = top.stream().filter(t -> t.kind == BoxKind.NODE || t.kind == BoxKind.NAMESPACE).count();
        double[] size = groups <= MAX_LAYERED_GROUPS ? TopLevelPlacement.place(top, topEdges) : packed(top);
        List<DiagramBox> boxes = top.stream().map(s -> s.toBox(0, 0)).toList();
        DiagramLayout placed = new DiagramLayout(boxes, List.of(), List.of(), size[0], size[1]);
        List<DiagramLine> lines = lines(view, placed, anchors);
        return new DiagramLayout(boxes, lines, contents.namespaces(), size[0], size[1]);
    }

    /**
     * Large clusters: the entry points (outside, Ingresses, address blocks, Services) in rows at
     * the top, then the groups in rows, tallest first (next-fit decreasing height, which wastes
     * little space), without ELK's long chains of layers.
     */
    private static double[] packed(List<Shape> top) {
        double margin = 20;
        double gap = Shape.Layout.GROUP_GAP * 3;
        List<Shape> entries = top.stream().filter(t -> t.kind != BoxKind.NODE && t.kind != BoxKind.NAMESPACE).toList();
        List<Shape> groups = new ArrayList<>(top.stream().filter(t -> t.kind == BoxKind.NODE || t.kind == BoxKind.NAMESPACE).toList());
        groups.sort(Comparator.comparingDouble((Shape t) -> -t.height).thenComparing(t -> t.id));
        double[] groupsUsed = ShelfPacking.pack(groups, margin, 0, gap);
        double[] entriesUsed = ShelfPacking.pack(entries, margin, margin, gap, Math.max(groupsUsed[0], 400));
        double groupsTop = margin + (entries.isEmpty() ? 0 : entriesUsed[1] + gap);
        groups.forEach(g -> g.y += groupsTop);
        return new double[] {Math.max(groupsUsed[0], entriesUsed[0]) + 2 * margin, groupsTop + groupsUsed[1] + margin};
    }

    private static void mapTop(Shape s, String topId, Map<String, String> out) {
        out.put(s.id, topId);
        for (Shape c : s.children) {
            mapTop(c, topId, out);
        }
    }

    private List<Shape> namespaceGroups(Contents c, Map<String, String> anchors) {
        List<Shape> out = new ArrayList<>();
        for (String ns : c.namespaces()) {
            Shape group = new Shape("ns:" + ns, BoxKind.NAMESPACE, ns, List.of(), List.of(), ns);
            List<Shape> services = c.services.stream().filter(s -> s.namespace().equals(ns)).map(shapes::service).toList();
            List<Shape> workloads = new ArrayList<>();
            c.workloads.forEach((w, pods) -> {
                if (w.namespace().equals(ns)) {
                    workloads.add(workload(w.id(), w, pods, c));
                }
            });
            fill(group, services, workloads);
            out.add(group);
        }
        return out;
    }

    private List<Shape> nodeGroups(Contents c, Map<String, String> anchors) {
        Map<String, Map<GraphVertex.WorkloadVertex, List<GraphVertex.PodVertex>>> byNode = new TreeMap<>();
        c.nodes.forEach(n -> byNode.put(n.id(), new LinkedHashMap<>()));
        c.workloads.forEach((w, pods) -> {
            for (GraphVertex.PodVertex p : pods) {
                String node = p.node().isEmpty() ? UNSCHEDULED : "node:" + p.node();
                byNode.computeIfAbsent(node, n -> new LinkedHashMap<>()).computeIfAbsent(w, x -> new ArrayList<>()).add(p);
            }
        });
        List<Shape> out = new ArrayList<>();
        byNode.forEach((node, slices) -> {
            String label = node.equals(UNSCHEDULED) ? text.get("node.unscheduled") : node.substring("node:".length());
            Shape group = new Shape(node.equals(UNSCHEDULED) ? "node:(unscheduled)" : node, BoxKind.NODE, label, List.of(), List.of(), "");
            List<Shape> workloads = new ArrayList<>();
            slices.forEach((w, pods) -> {
                String id = w.id() + "@" + group.id;
                anchors.putIfAbsent(w.id(), id);
                workloads.add(workload(id, w, pods, c));
            });
            fill(group, List.of(), workloads);
            out.add(group);
        });
        return out;
    }

    /** Services in a column on the left, workloads packed to their right. */
    private static void fill(Shape group, List<Shape> services, List<Shape> workloads) {
        double header = group.headerHeight();
        double left = Shape.Layout.PADDING + 4;
        double servicesWidth = 0;
        double y = header;
        for (Shape s : services) {
            s.x = left;
            s.y = y;
            y += s.height + Shape.Layout.GAP;
            servicesWidth = Math.max(servicesWidth, s.width);
        }
        double servicesHeight = services.isEmpty() ? 0 : y - header - Shape.Layout.GAP;
        double wLeft = left + (services.isEmpty() ? 0 : servicesWidth + Shape.Layout.GROUP_GAP * 2);
        double[] used = ShelfPacking.pack(workloads, wLeft, header, Shape.Layout.GROUP_GAP);
        group.children.addAll(services);
        group.children.addAll(workloads);
        group.width = Math.max(group.headerWidth(), wLeft + used[0] + left);
        group.height = header + Math.max(servicesHeight, used[1]) + Shape.Layout.PADDING + 4;
    }

    private Shape workload(String id, GraphVertex.WorkloadVertex w, List<GraphVertex.PodVertex> pods, Contents c) {
        List<String> details = List.of(w.ref().kind() + " · " + text.format("workload.pods", pods.size()));
        Shape s = new Shape(id, BoxKind.WORKLOAD, w.label(), details, shapes.badges(w), w.namespace());
        List<Shape> podShapes = new ArrayList<>();
        for (GraphVertex.PodVertex p : pods) {
            podShapes.add(shapes.pod(p, c.pauses.get(p.id()), c.containers.getOrDefault(p.id(), List.of())));
        }
        int columns = (int) Math.max(1, Math.min(6, Math.ceil(Math.sqrt(pods.size() * 1.2))));
        double header = s.headerHeight();
        double[] used = ShelfPacking.grid(podShapes, Shape.Layout.PADDING, header, Shape.Layout.GAP, columns);
        s.children.addAll(podShapes);
        s.width = Math.max(s.headerWidth(), used[0] + 2 * Shape.Layout.PADDING);
        s.height = header + used[1] + Shape.Layout.PADDING;
        return s;
    }

    private List<DiagramLine> lines(Graph<GraphVertex, GraphEdge> view, DiagramLayout placed, Map<String, String> anchors) {
        List<DiagramLine> loopbacks = new ArrayList<>();
        List<LinePlacement.Wanted> structural = new ArrayList<>();
        List<LinePlacement.Wanted> traffic = new ArrayList<>();
        LinePlacement placement = new LinePlacement(placed);
        for (GraphEdge e : view.edgeSet()) {
            if (e instanceof GraphEdge.Contains) {
                continue;
            }
            Optional<DiagramBox> a = placed.box(anchors.getOrDefault(e.sourceId(), e.sourceId()));
            Optional<DiagramBox> b = placed.box(anchors.getOrDefault(e.targetId(), e.targetId()));
            if (a.isEmpty() || b.isEmpty() || a.get() == b.get()) {
                continue;
            }
            if (e instanceof GraphEdge.SharesLoopback) {
                loopbacks.add(new DiagramLine(e.id(), LineKind.LOOPBACK, Optional.empty(), LineGeometry.straight(a.get(), b.get()), "lo",
                        a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Traffic t) {
                String label = t.verdict() == TrafficVerdict.BLOCKED ? "" : text.connections(t.allowed());
                traffic.add(new LinePlacement.Wanted(e.id(), LineKind.TRAFFIC, Optional.of(t.verdict()), label, a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Backs backs) {
                structural.add(new LinePlacement.Wanted(e.id(), LineKind.BACKS, Optional.empty(), backs.ports(), a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Routes routes) {
                structural.add(new LinePlacement.Wanted(e.id(), LineKind.ROUTES, Optional.empty(), routes.label(), a.get().id(), b.get().id()));
            }
        }
        if (traffic.size() > MAX_TRAFFIC_LINES) {
            traffic = betweenGroups(traffic, placed);
        }
        traffic.sort(Comparator.comparing((LinePlacement.Wanted l) -> l.verdict().orElseThrow()).reversed().thenComparing(LinePlacement.Wanted::id));
        structural.sort(Comparator.comparing(LinePlacement.Wanted::id));
        List<DiagramLine> out = new ArrayList<>(loopbacks);
        out.addAll(placement.place(structural));
        out.addAll(placement.place(traffic));
        return out;
    }

    /**
     * Too many traffic lines to read: one line per ordered pair of top-level boxes (namespaces or
     * nodes) instead, coloured by the combined verdict and labelled with how many lines it stands for.
     */
    private List<LinePlacement.Wanted> betweenGroups(List<LinePlacement.Wanted> traffic, DiagramLayout placed) {
        Map<String, String> topOf = new LinkedHashMap<>();
        for (DiagramBox b : placed.boxes()) {
            markTop(b, b.id(), topOf);
        }
        Map<String, TrafficVerdict> verdicts = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (LinePlacement.Wanted l : traffic) {
            String a = topOf.get(l.sourceId());
            String b = topOf.get(l.targetId());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String key = a + ">" + b;
            verdicts.merge(key, l.verdict().orElseThrow(), TrafficVerdict::and);
            counts.merge(key, 1, Integer::sum);
        }
        List<LinePlacement.Wanted> out = new ArrayList<>();
        verdicts.forEach((key, verdict) -> {
            String[] ends = key.split(">", 2);
            out.add(new LinePlacement.Wanted("traffic:" + key, LineKind.TRAFFIC, Optional.of(verdict),
                    text.format("line.aggregated", counts.get(key)), ends[0], ends[1]));
        });
        return out;
    }

    private static void markTop(DiagramBox b, String top, Map<String, String> out) {
        out.put(b.id(), top);
        b.children().forEach(c -> markTop(c, top, out));
    }

    /** The vertices of a view sorted into what the layout needs, each list in id order. */
    private static final class Contents {
        final List<GraphVertex.OutsideVertex> outside = new ArrayList<>();
        final List<GraphVertex.AddressBlockVertex> blocks = new ArrayList<>();
        final List<GraphVertex.IngressVertex> ingresses = new ArrayList<>();
        final List<GraphVertex.ServiceVertex> services = new ArrayList<>();
        final List<GraphVertex.NodeVertex> nodes = new ArrayList<>();
        final Set<String> namespaceNames = new TreeSet<>();
        final Map<GraphVertex.WorkloadVertex, List<GraphVertex.PodVertex>> workloads = new LinkedHashMap<>();
        final Map<String, GraphVertex.PauseVertex> pauses = new LinkedHashMap<>();
        final Map<String, List<GraphVertex.ContainerVertex>> containers = new LinkedHashMap<>();

        static Contents of(Graph<GraphVertex, GraphEdge> view) {
            Contents c = new Contents();
            List<GraphVertex> sorted = new ArrayList<>(view.vertexSet());
            sorted.sort(Comparator.comparing(GraphVertex::id));
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
}
