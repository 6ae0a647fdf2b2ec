package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The streets of one container (or of the whole picture): avenues between its rows, alleys
 * between the boxes of a row, roads along its sides ({@link Interior}), and a short stub from
 * each door of each child ({@link Doors}) to the nearest street; a container also has portals, the
 * stubs from its own doors in to its roads. Junctions are nodes, the stretches between them are
 * edges, every edge horizontal or vertical and clear of every box.
 *
 * <p>Routes between terminals (doors and portals) are shortest paths with a cost per bend
 * (Dijkstra over junction and heading), computed once per terminal when first asked for.
 * Immutable apart from that cache, and safe to use from several threads.
 */
final class StreetMap {

    private static final double UNREACHABLE = Double.MAX_VALUE;

    /** The number given by the router that owns it, used in routes. */
    final int id;
    /** The id of the container whose streets these are; empty for the streets between the top-level boxes. */
    final String containerId;
    private final double[] nodeX;
    private final double[] nodeY;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final boolean[] edgeHorizontal;
    private final int[][] edgesAt;
    private final int[][] doorTerminal;
    private final int[] portalTerminal = {-1, -1, -1, -1};
    private final int[] terminalNode;
    private final double bend;
    private final double streetWidth;
    private final Reach[] reach;
    /** Each thread's heap and cost per state for its shortest-path searches, grown to the largest map it searched. */
    private static final ThreadLocal<Search> SEARCH = ThreadLocal.withInitial(Search::new);

    /** What a shortest-path search works with, reused by the next one on the same thread. */
    private static final class Search {
        private MinHeap heap = new MinHeap(16);
        private double[] cost = new double[0];
    }

    /**
     * Shortest paths from one terminal, kept for every line that starts there: the cost to each terminal per heading
     * ({@code terminal * 2 + heading}), and per (node, heading) state how it was reached, {@code edge * 2 + the heading it
     * was left in} (-1 at the start and where nothing reaches). A quarter of keeping every state's cost, edge and state
     * before: these are kept for every door a level routes from, and every young collection copied them (10k: 170 MB in
     * the seconds after a search's Enter).
     */
    private record Reach(double[] terminalCost, int[] link) {
    }

    StreetMap(int id, String containerId, StreetPlan.Builder b, double streetWidth) {
        this.id = id;
        this.containerId = containerId;
        this.nodeX = b.xs.stream().mapToDouble(Double::doubleValue).toArray();
        this.nodeY = b.ys.stream().mapToDouble(Double::doubleValue).toArray();
        int edges = b.from.size();
        this.edgeFrom = b.from.stream().mapToInt(Integer::intValue).toArray();
        this.edgeTo = b.to.stream().mapToInt(Integer::intValue).toArray();
        this.edgeHorizontal = new boolean[edges];
        int[] degree = new int[nodeX.length];
        for (int e = 0; e < edges; e++) {
            edgeHorizontal[e] = Math.abs(nodeY[edgeFrom[e]] - nodeY[edgeTo[e]]) < 1e-6;
            degree[edgeFrom[e]]++;
            degree[edgeTo[e]]++;
        }
        this.edgesAt = new int[nodeX.length][];
        for (int n = 0; n < nodeX.length; n++) {
            edgesAt[n] = new int[degree[n]];
        }
        int[] filled = new int[nodeX.length];
        for (int e = 0; e < edges; e++) {
            edgesAt[edgeFrom[e]][filled[edgeFrom[e]]++] = e;
            edgesAt[edgeTo[e]][filled[edgeTo[e]]++] = e;
        }
        this.doorTerminal = b.doorTerminal.toArray(new int[0][]);
        System.arraycopy(b.portalTerminal, 0, portalTerminal, 0, Doors.SIDES);
        this.terminalNode = b.terminals.stream().mapToInt(Integer::intValue).toArray();
        this.streetWidth = streetWidth;
        this.bend = Math.max(20, streetWidth);
        this.reach = new Reach[terminalNode.length];
    }

    /**
     * The streets inside a container box, with portals at its doors.
     *
     * @param id the number the router gives it
     * @param container a box whose children lines end at ({@link Doors#routesInside})
     */
    static StreetMap inside(int id, DiagramBox container) {
        return StreetPlan.build(id, container.id(), Interior.of(container), container.children(), Doors.of(container));
    }

    /** The streets between the top-level boxes of a picture. */
    static StreetMap ofPicture(int id, DiagramLayout layout) {
        return StreetPlan.build(id, "", Interior.of(0, 0, layout.width(), layout.height(), 0, layout.boxes()), layout.boxes(), new double[Doors.SIDES][]);
    }

    /** How wide its streets are (a bend costs as much, so that of two routes of one length the one with fewer bends wins). */
    double streetWidth() {
        return streetWidth;
    }

    /** The number of terminals (doors and portals). */
    int terminals() {
        return terminalNode.length;
    }

    /** The terminal of a door of the container's child at a place among its children, or -1 when it has no such door. */
    int door(int child, int side) {
        return child < 0 || child >= doorTerminal.length ? -1 : doorTerminal[child][side];
    }

    /** The terminal of the container's own door on a side, seen from inside, or -1. */
    int portal(int side) {
        return portalTerminal[side];
    }

    /** The cost of the best route between two terminals ({@link #UNREACHABLE} when there is none). */
    double distance(int from, int to) {
        Reach r = reachFrom(from);
        return Math.min(r.terminalCost()[to * 2], r.terminalCost()[to * 2 + 1]);
    }

    /** Whether a cost is a real route's. */
    static boolean reachable(double cost) {
        return cost < UNREACHABLE / 2;
    }

    /** Appends the steps of the best route between two terminals to {@code out}, encoded as in {@link StreetRoute}. */
    void path(int from, int to, List<Long> out) {
        Reach r = reachFrom(from);
        int node = terminalNode[to];
        int state = r.terminalCost()[to * 2] <= r.terminalCost()[to * 2 + 1] ? node * 2 : node * 2 + 1;
        List<Long> back = new ArrayList<>();
        while (r.link()[state] >= 0) {
            int link = r.link()[state];
            int e = link >> 1;
            int at = state / 2;
            int prevNode = edgeFrom[e] == at ? edgeTo[e] : edgeFrom[e];
            int prev = prevNode * 2 + (link & 1);
            boolean reversed = edgeFrom[e] != prevNode;
            back.add(StreetRoute.step(id, e, reversed));
            state = prev;
        }
        for (int i = back.size() - 1; i >= 0; i--) {
            out.add(back.get(i));
        }
    }

    /** The x of a node. */
    double x(int node) {
        return nodeX[node];
    }

    /** The y of a node. */
    double y(int node) {
        return nodeY[node];
    }

    /** The node an edge starts at. */
    int from(int edge) {
        return edgeFrom[edge];
    }

    /** The node an edge ends at. */
    int to(int edge) {
        return edgeTo[edge];
    }

    /** Whether an edge runs left-right (else up-down). */
    boolean horizontal(int edge) {
        return edgeHorizontal[edge];
    }

    /** The number of edges. */
    int edges() {
        return edgeFrom.length;
    }

    /** How many edges meet at a node (1 at a door's border point). */
    int degree(int node) {
        return edgesAt[node].length;
    }

    /** The number of nodes. */
    int nodes() {
        return nodeX.length;
    }

    /** The node of a terminal (its point on a box's border). */
    int terminalNode(int terminal) {
        return terminalNode[terminal];
    }

    private Reach reachFrom(int terminal) {
        Reach r = reach[terminal];
        if (r == null) {
            synchronized (this) {
                r = reach[terminal];
                if (r == null) {
                    r = dijkstra(terminalNode[terminal]);
                    reach[terminal] = r;
                }
            }
        }
        return r;
    }

    /** Shortest paths from a node over (node, heading) states, a bend costing {@link #bend}. */
    private Reach dijkstra(int start) {
        int states = nodeX.length * 2;
        // the heap and costs reused, one pair per thread: new ones per terminal were some 40 % of what routing a level
        // allocates (10k: 130 MB in the second after a search's Enter), whose collection paused the window
        Search search = SEARCH.get();
        if (search.cost.length < states) {
            search.cost = new double[states];
            search.heap = new MinHeap(states);
        }
        MinHeap heap = search.heap;
        double[] cost = search.cost;
        heap.clear();
        Arrays.fill(cost, 0, states, UNREACHABLE);
        int[] link = new int[states];
        Arrays.fill(link, -1);
        cost[start * 2] = 0;
        cost[start * 2 + 1] = 0;
        heap.push(start * 2, 0);
        heap.push(start * 2 + 1, 0);
        while (!heap.isEmpty()) {
            double c = heap.topCost();
            int state = heap.pop();
            if (c > cost[state]) {
                continue;
            }
            int node = state / 2;
            boolean arrivedHorizontal = state % 2 == 0;
            for (int e : edgesAt[node]) {
                int next = edgeFrom[e] == node ? edgeTo[e] : edgeFrom[e];
                // a door's border node has its stub only, so no route passes through another box
                double through = c + length(e) + (edgeHorizontal[e] != arrivedHorizontal && node != start ? bend : 0);
                relax(cost, link, heap, next * 2 + (edgeHorizontal[e] ? 0 : 1), through, e * 2 + state % 2);
            }
        }
        double[] terminalCost = new double[terminalNode.length * 2];
        for (int t = 0; t < terminalNode.length; t++) {
            terminalCost[t * 2] = cost[terminalNode[t] * 2];
            terminalCost[t * 2 + 1] = cost[terminalNode[t] * 2 + 1];
        }
        return new Reach(terminalCost, link);
    }

    private static void relax(double[] cost, int[] link, MinHeap heap, int state, double through, int arrival) {
        if (through < cost[state]) {
            cost[state] = through;
            link[state] = arrival;
            heap.push(state, through);
        }
    }

    private double length(int e) {
        return Math.abs(nodeX[edgeFrom[e]] - nodeX[edgeTo[e]]) + Math.abs(nodeY[edgeFrom[e]] - nodeY[edgeTo[e]]);
    }
}
