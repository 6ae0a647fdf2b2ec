package io.kubereach.diagram;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;

/**
 * Lays out a view of the network graph as a compound picture at full detail: group boxes (nodes,
 * or namespaces) holding workload boxes, which hold pods, which hold their pause container and
 * app containers; Services, Ingresses, the outside and address blocks beside them. What of it is
 * drawn is decided later, box by box, by the zoom or an export level ({@link Detail}); the layout
 * itself never changes with the zoom.
 *
 * <p>How: every container packs its children in rows ({@link ShelfPacking}: the namespace's
 * Services first, then its workloads; pods in a grid; the top level: the outside, Ingresses and
 * address blocks first, then the groups, tallest first), leaving a street's width between rows,
 * between the boxes of a row and around them. The streets scale with what they separate (about a
 * tenth of the widest child), so that they are wide enough on screen at the zoom where their lines
 * are drawn. Lines are routed through those streets later ({@link LineSet}), so no line crosses a
 * box it does not belong to.
 *
 * <p>Stable: vertices are taken in id order and every step is deterministic, so the same view
 * gives the same coordinates. Given a {@link LayoutMemory} of the pictures shown before, boxes
 * keep their rows and places across filter changes and live updates ({@link RememberedPlacement});
 * a change of verdicts only changes the connections ({@link #redrawLines}). Pure geometry: no
 * toolkit is touched, so it runs headless and off the UI thread.
 */
public final class DiagramLayouter {

    private static final String UNSCHEDULED = "node:";
    /**
     * A group's title band is at least this share of its typical workload's width: a group opens
     * when its workloads are {@link DiagramLayout#OPEN_PX} wide on screen, and its band must then
     * still hold its name (about 16 pixels).
     */
    private static final double GROUP_TITLE_BAND = 0.14;
    /**
     * Services are drawn beside workloads at a size that names them where the workloads are named:
     * where a group's typical workload is more than {@link #SMALL_SERVICES} times as wide as its
     * typical Service (workloads of many pods, as in a generated 10,000-pod cluster), its Services
     * are made {@link #SERVICE_SHARE} of that workload's width, in proportion; smaller clusters keep
     * them as they are (their Services are named below their boxes).
     */
    private static final double SMALL_SERVICES = 7;
    private static final double SERVICE_SHARE = 0.6;
    /** The picture's width to height, aimed at when its top-level boxes are packed in rows. */
    private static final double PICTURE_ASPECT = 1.3;

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
        List<DraftBox> entries = new ArrayList<>();
        contents.outside.forEach(o -> entries.add(shapes.outside(o)));
        contents.blocks.forEach(b -> entries.add(shapes.block(b)));
        contents.ingresses.forEach(i -> entries.add(shapes.ingress(i)));
        List<DraftBox> groups;
        Map<String, String> anchors = new LinkedHashMap<>();
        if (grouping == Grouping.NAMESPACE) {
            groups = namespaceGroups(contents, remembered);
        } else {
            contents.services.forEach(s -> entries.add(shapes.service(s)));
            groups = nodeGroups(contents, remembered);
            anchors.putAll(nodeAnchors(contents));
        }
        groups.sort(Comparator.comparingDouble((DraftBox t) -> -t.height).thenComparing(t -> t.id));
        List<DraftBox> top = new ArrayList<>(entries);
        top.addAll(groups);
        double gap = Streets.between(groups.isEmpty() ? entries : groups, Streets.TOP);
        double[] size = remembered.placeTop(top, Streets.TOP, gap).orElseGet(() -> packed(entries, groups, gap));
        List<DiagramBox> boxes = top.stream().map(s -> s.toBox(0, 0)).toList();
        List<Connection> connections = connections(view, boxes, anchors);
        return new DiagramLayout(boxes, connections, contents.namespaces(), used.colourOrder(contents.namespaces()), size[0], size[1], text);
    }

    /** The entry points (outside, Ingresses, address blocks; Services grouped by node) in rows at the top, then the groups in rows. */
    private static double[] packed(List<DraftBox> entries, List<DraftBox> groups, double gap) {
        double area = 0;
        for (DraftBox g : groups.isEmpty() ? entries : groups) {
            area += (g.width + gap) * (g.height + gap);
        }
        // about as wide as the diagram's part of a window beside the side panels
        double rowWidth = Math.sqrt(area * PICTURE_ASPECT);
        double[] entriesUsed = ShelfPacking.pack(entries, gap, gap, gap, rowWidth);
        double groupsTop = gap + (entries.isEmpty() ? 0 : entriesUsed[1] + gap);
        double[] groupsUsed = ShelfPacking.pack(groups, gap, groupsTop, gap, rowWidth);
        double height = groups.isEmpty() ? gap + entriesUsed[1] + gap : groupsTop + groupsUsed[1] + gap;
        return new double[] {Math.max(groupsUsed[0], entriesUsed[0]) + 2 * gap, height};
    }

    /**
     * The picture shown with the connections of a view drawn anew and its boxes kept as they are,
     * for a view that draws the same boxes (the same vertices: a live change of verdicts only,
     * e.g. a policy's rules edited). No placement runs.
     */
    public DiagramLayout redrawLines(Graph<GraphVertex, GraphEdge> view, Grouping grouping, DiagramLayout shown) {
        Map<String, String> anchors = grouping == Grouping.NODE ? nodeAnchors(ViewContents.of(view)) : Map.of();
        return new DiagramLayout(shown.boxes(), connections(view, shown.boxes(), anchors), shown.namespaces(), shown.colourOrder(),
                shown.width(), shown.height(), text);
    }

    private List<DraftBox> namespaceGroups(ViewContents c, RememberedPlacement remembered) {
        List<DraftBox> out = new ArrayList<>();
        for (String ns : c.namespaces()) {
            List<DraftBox> services = c.services.stream().filter(s -> s.namespace().equals(ns)).map(shapes::service).toList();
            List<DraftBox> workloads = new ArrayList<>();
            int[] pods = {0};
            c.workloads.forEach((w, wp) -> {
                if (w.namespace().equals(ns)) {
                    workloads.add(workload(w.id(), w, wp, c, remembered));
                    pods[0] += wp.size();
                }
            });
            DraftBox group = new DraftBox("ns:" + ns, BoxKind.NAMESPACE, ns, List.of(counts(workloads.size(), pods[0], services.size())),
                    List.of(), ns);
            fill(group, services, workloads, remembered);
            out.add(group);
        }
        return out;
    }

    private List<DraftBox> nodeGroups(ViewContents c, RememberedPlacement remembered) {
        List<DraftBox> out = new ArrayList<>();
        byNode(c).forEach((node, slices) -> {
            String label = node.equals(UNSCHEDULED) ? text.get("node.unscheduled") : node.substring("node:".length());
            String id = nodeGroupId(node);
            List<DraftBox> workloads = new ArrayList<>();
            int[] pods = {0};
            slices.forEach((w, wp) -> {
                workloads.add(workload(w.id() + "@" + id, w, wp, c, remembered));
                pods[0] += wp.size();
            });
            DraftBox group = new DraftBox(id, BoxKind.NODE, label, List.of(counts(workloads.size(), pods[0], 0)), List.of(), "");
            fill(group, List.of(), workloads, remembered);
            out.add(group);
        });
        return out;
    }

    /** What a group holds, in words: its workloads, pods and Services. */
    private String counts(int workloads, int pods, int services) {
        String held = text.format("group.workloads", workloads) + " · " + text.format("workload.pods", pods);
        return services == 0 ? held : held + " · " + text.format("group.services", services);
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

    /** Services in rows below the header, then workloads in rows below them; what the memory remembers where it was. */
    private static void fill(DraftBox group, List<DraftBox> services, List<DraftBox> workloads, RememberedPlacement remembered) {
        legibleBesideWorkloads(services, workloads);
        List<DraftBox> children = new ArrayList<>(services);
        children.addAll(workloads);
        double[] widths = (workloads.isEmpty() ? services : workloads).stream().mapToDouble(w -> w.width).sorted().toArray();
        group.header = Math.max(group.header, widths.length == 0 ? 0 : GROUP_TITLE_BAND * widths[widths.length / 2]);
        double gap = Streets.between(children, Streets.GROUP);
        double top = group.headerHeight() + gap;
        double[] used = remembered.placeInside(group, children, group.headerHeight(), Streets.GROUP, gap).orElseGet(() -> {
            double area = 0;
            double widest = 0;
            for (DraftBox c : children) {
                area += (c.width + gap) * (c.height + gap);
                widest = Math.max(widest, c.width);
            }
            double rowWidth = Math.max(widest, Math.sqrt(area * 1.6));
            double[] s = ShelfPacking.pack(services, gap, top, gap, rowWidth);
            double workloadsTop = services.isEmpty() ? top : top + s[1] + gap;
            double[] w = ShelfPacking.pack(workloads, gap, workloadsTop, gap, rowWidth);
            return new double[] {gap + Math.max(s[0], w[0]), workloads.isEmpty() ? top + s[1] : workloadsTop + w[1]};
        });
        group.children.addAll(children);
        group.width = Math.max(group.headerWidth(), used[0] + gap);
        group.height = used[1] + gap;
    }

    /** Services far smaller than the workloads beside them made larger, in proportion (see {@link #SMALL_SERVICES}). */
    private static void legibleBesideWorkloads(List<DraftBox> services, List<DraftBox> workloads) {
        if (services.isEmpty() || workloads.isEmpty()) {
            return;
        }
        double workload = medianWidth(workloads);
        double service = medianWidth(services);
        if (workload <= SMALL_SERVICES * service) {
            return;
        }
        double scale = SERVICE_SHARE * workload / service;
        for (DraftBox s : services) {
            s.width *= scale;
            s.height *= scale;
        }
    }

    private static double medianWidth(List<DraftBox> boxes) {
        double[] widths = boxes.stream().mapToDouble(b -> b.width).sorted().toArray();
        return widths[widths.length / 2];
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
        double gap = Streets.between(podShapes, Streets.WORKLOAD);
        double top = s.headerHeight() + gap;
        double[] used = ShelfPacking.grid(podShapes, gap, top, gap, columns);
        s.children.addAll(podShapes);
        s.width = Math.max(s.headerWidth(), used[0] + 2 * gap);
        s.height = top + used[1] + gap;
        return s;
    }

    /** The edges of a view between boxes of the picture, each joined to its boxes (a workload split over nodes at its anchor). */
    private static List<Connection> connections(Graph<GraphVertex, GraphEdge> view, List<DiagramBox> top, Map<String, String> anchors) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        collect(top, ids);
        List<Connection> out = new ArrayList<>();
        for (GraphEdge e : view.edgeSet()) {
            if (e instanceof GraphEdge.Contains) {
                continue;
            }
            String a = anchors.getOrDefault(e.sourceId(), e.sourceId());
            String b = anchors.getOrDefault(e.targetId(), e.targetId());
            if (ids.contains(a) && ids.contains(b) && !a.equals(b)) {
                out.add(Connection.of(e, a, b));
            }
        }
        return out;
    }

    private static void collect(List<DiagramBox> level, java.util.Set<String> out) {
        for (DiagramBox b : level) {
            out.add(b.id());
            collect(b.children(), out);
        }
    }
}
