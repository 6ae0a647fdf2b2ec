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
 * gives the same coordinates. Given a {@link LayoutMemory} of the pictures shown before, boxes
 * keep their places across filter changes and live updates ({@link RememberedPlacement}); a
 * change of verdicts only redraws the lines ({@link #redrawLines}). Pure geometry: no toolkit is
 * touched, so it runs headless and off the UI thread.
 */
public final class DiagramLayouter {

    private static final String UNSCHEDULED = "node:";
    /** Up to this many groups, ELK layered places the top level; beyond, it is packed in rows. */
    static final int MAX_LAYERED_GROUPS = 12;
    /**
     * Up to this many top-level boxes in all (grouped by node, every Service is one), ELK layered
     * places them; beyond, they are packed in rows: ELK took 6 s for 200 Services and made a
     * picture 45,000 pixels wide.
     */
    static final int MAX_LAYERED_BOXES = 60;
    /** Beyond this many traffic lines, traffic is drawn once per pair of top-level boxes instead. */
    static final int MAX_TRAFFIC_LINES = 300;

    private final DiagramText text;
    private final DraftBoxFactory shapes;

    /** A layouter writing its words in the language of {@code text}. */
    public DiagramLayouter(DiagramText text) {
        this.text = text;
        this.shapes = new DraftBoxFactory(text);
    }

    /** Lays out a view (the whole graph, a {@code GraphView}, a {@code Focus}) grouped by node or namespace, from scratch. */
    public DiagramLayout layout(Graph<GraphVertex, GraphEdge> view, Grouping grouping) {
        return layout(view, grouping, LayoutMemory.empty());
    }

    /**
     * Lays out a view, putting the boxes the memory remembers back in their places (see
     * {@link RememberedPlacement}); with an empty memory, or one of another grouping, exactly as
     * {@link #layout(Graph, Grouping)}.
     */
    public DiagramLayout layout(Graph<GraphVertex, GraphEdge> view, Grouping grouping, LayoutMemory memory) {
        LayoutMemory used = memory.isEmptyFor(grouping) ? LayoutMemory.empty() : memory;
        RememberedPlacement remembered = new RememberedPlacement(used);
        ViewContents contents = ViewContents.of(view);
        Map<String, String> anchors = new LinkedHashMap<>();
        List<DraftBox> top = new ArrayList<>();
        contents.outside.forEach(o -> top.add(shapes.outside(o)));
        contents.blocks.forEach(b -> top.add(shapes.block(b)));
        contents.ingresses.forEach(i -> top.add(shapes.ingress(i)));
        if (grouping == Grouping.NAMESPACE) {
            top.addAll(namespaceGroups(contents, remembered));
        } else {
            contents.services.forEach(s -> top.add(shapes.service(s)));
            top.addAll(nodeGroups(contents, remembered));
            anchors.putAll(nodeAnchors(contents));
        }
        Map<String, String> topOf = new LinkedHashMap<>();
        for (DraftBox s : top) {
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
        double[] size = remembered.placeTop(top)
                .orElseGet(() -> groups <= MAX_LAYERED_GROUPS && top.size() <= MAX_LAYERED_BOXES
                        ? TopLevelPlacement.place(top, topEdges)
                        : packed(top));
        List<DiagramBox> boxes = top.stream().map(s -> s.toBox(0, 0)).toList();
        DiagramLayout placed = new DiagramLayout(boxes, List.of(), List.of(), size[0], size[1]);
        List<DiagramLine> lines = lines(view, placed, anchors);
        return new DiagramLayout(boxes, lines, contents.namespaces(), size[0], size[1]).withColourOrder(used.colourOrder(contents.namespaces()));
    }

    /**
     * Large clusters: the entry points (outside, Ingresses, address blocks, Services) in rows at
     * the top, then the groups in rows, tallest first (next-fit decreasing height, which wastes
     * little space), without ELK's long chains of layers.
     */
    private static double[] packed(List<DraftBox> top) {
        double margin = 20;
        double gap = DraftBox.Layout.GROUP_GAP * 3;
        List<DraftBox> entries = top.stream().filter(t -> t.kind != BoxKind.NODE && t.kind != BoxKind.NAMESPACE).toList();
        List<DraftBox> groups = new ArrayList<>(top.stream().filter(t -> t.kind == BoxKind.NODE || t.kind == BoxKind.NAMESPACE).toList());
        groups.sort(Comparator.comparingDouble((DraftBox t) -> -t.height).thenComparing(t -> t.id));
        double[] groupsUsed = ShelfPacking.pack(groups, margin, 0, gap);
        double[] entriesUsed = ShelfPacking.pack(entries, margin, margin, gap, Math.max(groupsUsed[0], 400));
        double groupsTop = margin + (entries.isEmpty() ? 0 : entriesUsed[1] + gap);
        groups.forEach(g -> g.y += groupsTop);
        return new double[] {Math.max(groupsUsed[0], entriesUsed[0]) + 2 * margin, groupsTop + groupsUsed[1] + margin};
    }

    private static void mapTop(DraftBox s, String topId, Map<String, String> out) {
        out.put(s.id, topId);
        for (DraftBox c : s.children) {
            mapTop(c, topId, out);
        }
    }

    /**
     * The picture shown with the lines of a view redrawn and its boxes kept as they are, for a
     * view that draws the same boxes (the same vertices: a live change of verdicts only, e.g. a
     * policy's rules edited). No placement runs.
     */
    public DiagramLayout redrawLines(Graph<GraphVertex, GraphEdge> view, Grouping grouping, DiagramLayout shown) {
        Map<String, String> anchors = grouping == Grouping.NODE ? nodeAnchors(ViewContents.of(view)) : Map.of();
        return new DiagramLayout(shown.boxes(), lines(view, shown, anchors), shown.namespaces(), shown.width(), shown.height())
                .withColourOrder(shown.colourOrder());
    }

    private List<DraftBox> namespaceGroups(ViewContents c, RememberedPlacement remembered) {
        List<DraftBox> out = new ArrayList<>();
        for (String ns : c.namespaces()) {
            DraftBox group = new DraftBox("ns:" + ns, BoxKind.NAMESPACE, ns, List.of(), List.of(), ns);
            List<DraftBox> services = c.services.stream().filter(s -> s.namespace().equals(ns)).map(shapes::service).toList();
            List<DraftBox> workloads = new ArrayList<>();
            c.workloads.forEach((w, pods) -> {
                if (w.namespace().equals(ns)) {
                    workloads.add(workload(w.id(), w, pods, c, remembered));
                }
            });
            fill(group, services, workloads, remembered);
            out.add(group);
        }
        return out;
    }

    private List<DraftBox> nodeGroups(ViewContents c, RememberedPlacement remembered) {
        List<DraftBox> out = new ArrayList<>();
        byNode(c).forEach((node, slices) -> {
            String label = node.equals(UNSCHEDULED) ? text.get("node.unscheduled") : node.substring("node:".length());
            DraftBox group = new DraftBox(nodeGroupId(node), BoxKind.NODE, label, List.of(), List.of(), "");
            List<DraftBox> workloads = new ArrayList<>();
            slices.forEach((w, pods) -> workloads.add(workload(w.id() + "@" + group.id, w, pods, c, remembered)));
            fill(group, List.of(), workloads, remembered);
            out.add(group);
        });
        return out;
    }

    /** The pods of each workload on each node, nodes in id order. */
    private static Map<String, Map<GraphVertex.WorkloadVertex, List<GraphVertex.PodVertex>>> byNode(ViewContents c) {
        Map<String, Map<GraphVertex.WorkloadVertex, List<GraphVertex.PodVertex>>> byNode = new TreeMap<>();
        c.nodes.forEach(n -> byNode.put(n.id(), new LinkedHashMap<>()));
        c.workloads.forEach((w, pods) -> {
            for (GraphVertex.PodVertex p : pods) {
                String node = p.node().isEmpty() ? UNSCHEDULED : "node:" + p.node();
                byNode.computeIfAbsent(node, n -> new LinkedHashMap<>()).computeIfAbsent(w, x -> new ArrayList<>()).add(p);
            }
        });
        return byNode;
    }

    private static String nodeGroupId(String node) {
        return node.equals(UNSCHEDULED) ? "node:(unscheduled)" : node;
    }

    /** Grouped by node, a workload is drawn once per node; its lines end at its box on the first node. */
    private static Map<String, String> nodeAnchors(ViewContents c) {
        Map<String, String> anchors = new LinkedHashMap<>();
        byNode(c).forEach((node, slices) -> slices.keySet().forEach(w -> anchors.putIfAbsent(w.id(), w.id() + "@" + nodeGroupId(node))));
        return anchors;
    }

    /** Services in a column on the left, workloads packed to their right; what the memory remembers where it was. */
    private static void fill(DraftBox group, List<DraftBox> services, List<DraftBox> workloads, RememberedPlacement remembered) {
        double header = group.headerHeight();
        double left = DraftBox.Layout.PADDING + 4;
        List<DraftBox> children = new ArrayList<>(services);
        children.addAll(workloads);
        Optional<double[]> kept = remembered.placeInside(group, children, left, header, DraftBox.Layout.GROUP_GAP);
        if (kept.isPresent()) {
            group.children.addAll(children);
            group.width = Math.max(group.headerWidth(), kept.get()[0] + left);
            group.height = Math.max(header, kept.get()[1]) + DraftBox.Layout.PADDING + 4;
            return;
        }
        double servicesWidth = 0;
        double y = header;
        for (DraftBox s : services) {
            s.x = left;
            s.y = y;
            y += s.height + DraftBox.Layout.GAP;
            servicesWidth = Math.max(servicesWidth, s.width);
        }
        double servicesHeight = services.isEmpty() ? 0 : y - header - DraftBox.Layout.GAP;
        double wLeft = left + (services.isEmpty() ? 0 : servicesWidth + DraftBox.Layout.GROUP_GAP * 2);
        double[] used = ShelfPacking.pack(workloads, wLeft, header, DraftBox.Layout.GROUP_GAP);
        group.children.addAll(services);
        group.children.addAll(workloads);
        group.width = Math.max(group.headerWidth(), wLeft + used[0] + left);
        group.height = header + Math.max(servicesHeight, used[1]) + DraftBox.Layout.PADDING + 4;
    }

    private DraftBox workload(String id, GraphVertex.WorkloadVertex w, List<GraphVertex.PodVertex> pods, ViewContents c,
            RememberedPlacement remembered) {
        List<String> details = List.of(w.ref().kind() + " · " + text.format("workload.pods", pods.size()));
        DraftBox s = new DraftBox(id, BoxKind.WORKLOAD, w.label(), details, shapes.badges(w), w.namespace());
        List<DraftBox> created = new ArrayList<>();
        for (GraphVertex.PodVertex p : pods) {
            created.add(shapes.pod(p, c.pauses.get(p.id()), c.containers.getOrDefault(p.id(), List.of())));
        }
        // pods in the order shown before, new ones after them
        List<DraftBox> podShapes = remembered.inOrder(id, created);
        int columns = (int) Math.max(1, Math.min(6, Math.ceil(Math.sqrt(pods.size() * 1.2))));
        double header = s.headerHeight();
        double[] used = ShelfPacking.grid(podShapes, DraftBox.Layout.PADDING, header, DraftBox.Layout.GAP, columns);
        s.children.addAll(podShapes);
        s.width = Math.max(s.headerWidth(), used[0] + 2 * DraftBox.Layout.PADDING);
        s.height = header + used[1] + DraftBox.Layout.PADDING;
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
                loopbacks.add(new DiagramLine(e.id(), LineKind.LOOPBACK, Optional.empty(), Optional.empty(),
                        LineGeometry.straight(a.get(), b.get()), "lo", a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Traffic t) {
                String label = t.verdict() == TrafficVerdict.BLOCKED ? "" : text.connections(t.allowed());
                traffic.add(new LinePlacement.Wanted(e.id(), LineKind.TRAFFIC, Optional.of(t.verdict()), Optional.of(t.allowed()), label,
                        a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Backs backs) {
                structural.add(new LinePlacement.Wanted(e.id(), LineKind.BACKS, Optional.empty(), Optional.empty(), backs.ports(),
                        a.get().id(), b.get().id()));
            } else if (e instanceof GraphEdge.Routes routes) {
                structural.add(new LinePlacement.Wanted(e.id(), LineKind.ROUTES, Optional.empty(), Optional.empty(), routes.label(),
                        a.get().id(), b.get().id()));
            }
        }
        if (traffic.size() > MAX_TRAFFIC_LINES) {
            traffic = betweenGroups(traffic, placed);
        }
        // paths (lanes, the routing budget) are given in id order, so a change of verdicts alone
        // leaves every line where it ran; then blocked lines are painted first, allowed on top
        traffic.sort(Comparator.comparing(LinePlacement.Wanted::id));
        structural.sort(Comparator.comparing(LinePlacement.Wanted::id));
        List<DiagramLine> out = new ArrayList<>(loopbacks);
        out.addAll(placement.place(structural));
        List<DiagramLine> placedTraffic = new ArrayList<>(placement.place(traffic));
        placedTraffic.sort(Comparator.comparing((DiagramLine l) -> l.verdict().orElseThrow()).reversed().thenComparing(DiagramLine::id));
        out.addAll(placedTraffic);
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
            out.add(new LinePlacement.Wanted("traffic:" + key, LineKind.TRAFFIC, Optional.of(verdict), Optional.empty(),
                    text.format("line.aggregated", counts.get(key)), ends[0], ends[1]));
        });
        return out;
    }

    private static void markTop(DiagramBox b, String top, Map<String, String> out) {
        out.put(b.id(), top);
        b.children().forEach(c -> markTop(c, top, out));
    }

}
