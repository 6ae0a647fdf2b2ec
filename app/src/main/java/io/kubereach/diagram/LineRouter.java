package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes lines between different top-level boxes (groups, Services, Ingresses, the outside,
 * address blocks) around the other top-level boxes: a line leaves its source's group through a
 * side near the source, runs in the gaps between the boxes, enters the target's group and goes
 * to the target.
 *
 * <p>The same router works one level down: over the boxes inside one group, with a margin that
 * fits the narrower gaps there ({@link #inside}).
 *
 * <p>How: every box, grown by a margin ({@link #MARGIN} at the top level), is an obstacle. The
 * candidate lanes are the obstacles' edges plus the lines through the ports of the one route
 * asked for: a sparse orthogonal grid (a Hanan grid) whose points and segments outside every
 * obstacle form the visibility graph. A* over (grid point, heading) finds the shortest route
 * with a penalty per bend, leaving from any of the four sides of the source's group and entering
 * any side of the target's. Lines sharing a gap are then spread over parallel lanes, all within
 * the margin, so they do not lie on top of each other. Deterministic: the same boxes and lanes
 * give the same route.
 */
final class LineRouter {

    /** How far routes between top-level boxes keep from the boxes they pass. */
    static final double MARGIN = 18;
    /** How far beyond the rectangle of a route's two ends the first, local search looks. */
    private static final double NEAR = 600;
    /**
     * How many search steps one picture may spend on routes: about half a second. Grouped by
     * node, a cluster with hundreds of Services has thousands of long lines from the Services
     * down to the pods; beyond this budget the rest are drawn as plain curves (there, the first
     * few hundred are routed; every line of the demo and of 2,000 pods grouped by namespace is).
     */
    static final long BUDGET = 800_000;
    /** Parallel lanes a route between top-level boxes may be shifted to, each within the margin. */
    private static final double[] LANES = {0, 5, -5, 10, -10, 14, -14};
    /** Inside a group, boxes stand {@link DraftBox.Layout#GROUP_GAP} apart: routes keep half of it. */
    private static final double INNER_MARGIN = DraftBox.Layout.GROUP_GAP / 2;
    private static final double[] INNER_LANES = {0, 3, -3};
    /** The cost of one bend, in diagram units of length. */
    private static final double BEND = 60;
    /** Length inside the source's or target's group costs this much more than length outside. */
    private static final double INSIDE = 2;
    /** The cost of running across another box of the group on the way out (or in). */
    private static final double CROSSING = 400;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private final double margin;
    private final double[] lanes;
    private final Map<String, DiagramBox> topOf = new HashMap<>();
    private final ObstacleIndex obstacles;
    private final double[] baseXs;
    private final double[] baseYs;
    private final AStarRouteSearch search = new AStarRouteSearch();

    /** A router around the top-level boxes of a layout. */
    LineRouter(List<DiagramBox> tops) {
        this(tops, MARGIN, LANES);
    }

    /** A router around the boxes directly inside a group, for lines between them that stay in the group. */
    static LineRouter inside(DiagramBox group) {
        return new LineRouter(group.children(), INNER_MARGIN, INNER_LANES);
    }

    private LineRouter(List<DiagramBox> tops, double margin, double[] lanes) {
        this.margin = margin;
        this.lanes = lanes.clone();
        List<double[]> rects = new ArrayList<>();
        double[] xs = new double[tops.size() * 2];
        double[] ys = new double[tops.size() * 2];
        int n = 0;
        for (DiagramBox top : tops) {
            mark(top, top);
            double[] r = {top.x() - margin, top.y() - margin, top.x() + top.width() + margin, top.y() + top.height() + margin};
            rects.add(r);
            xs[n] = r[0];
            ys[n++] = r[1];
            xs[n] = r[2];
            ys[n++] = r[3];
        }
        this.obstacles = new ObstacleIndex(rects);
        this.baseXs = unique(xs);
        this.baseYs = unique(ys);
    }

    private void mark(DiagramBox box, DiagramBox top) {
        topOf.put(box.id(), top);
        for (DiagramBox c : box.children()) {
            mark(c, top);
        }
    }

    /** The top-level box a box lies in (itself if it is one). */
    Optional<DiagramBox> topOf(DiagramBox box) {
        return Optional.ofNullable(topOf.get(box.id()));
    }

    /**
     * A route from box {@code s} to box {@code t}, in different top-level boxes, shifted to a lane
     * (any number; it picks one of the lanes); empty when the boxes leave no way through or the
     * picture's {@link #BUDGET} is spent.
     */
    Optional<LinePath> route(DiagramBox s, DiagramBox t, int lane) {
        DiagramBox from = topOf.get(s.id());
        DiagramBox to = topOf.get(t.id());
        if (from == null || to == null || from == to) {
            return Optional.empty();
        }
        if (search.expanded() > BUDGET) {
            return Optional.empty();
        }
        List<Port> exits = ports(s, from, t, false);
        List<Port> entries = ports(t, to, s, true);
        if (exits.isEmpty() || entries.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<DiagramPoint>> found = searchNear(exits, entries);
        if (found.isEmpty()) {
            found = search.run(withPorts(baseXs, exits, entries, true), withPorts(baseYs, exits, entries, false), obstacles, exits,
                    entries, BEND);
        }
        return found.map(points -> LinePath.polyline(Lanes.shift(Lanes.simplify(points), lanes[Math.floorMod(lane, lanes.length)])));
    }

    /**
     * Where a route may leave (or, with {@code entering}, enter) a group: one port on each side,
     * straight out from the box, left out where a neighbour's margin covers it. A line of a whole
     * top-level box leaves it facing the other end, so lines to different places leave from
     * different points of a side.
     */
    private List<Port> ports(DiagramBox box, DiagramBox group, DiagramBox other, boolean entering) {
        List<Port> out = new ArrayList<>(4);
        double x = box == group ? facing(group.x(), group.width(), other.centerX()) : box.centerX();
        double y = box == group ? facing(group.y(), group.height(), other.centerY()) : box.centerY();
        x = Math.max(group.x() + 1, Math.min(group.x() + group.width() - 1, x));
        y = Math.max(group.y() + 1, Math.min(group.y() + group.height() - 1, y));
        double top = group.y() - margin;
        double bottom = group.y() + group.height() + margin;
        double left = group.x() - margin;
        double right = group.x() + group.width() + margin;
        addPort(out, group, box, new DiagramPoint(x, box.y()), new DiagramPoint(x, top), 3, entering);
        addPort(out, group, box, new DiagramPoint(x, box.y() + box.height()), new DiagramPoint(x, bottom), 1, entering);
        addPort(out, group, box, new DiagramPoint(box.x(), y), new DiagramPoint(left, y), 2, entering);
        addPort(out, group, box, new DiagramPoint(box.x() + box.width(), y), new DiagramPoint(right, y), 0, entering);
        return out;
    }

    private void addPort(List<Port> out, DiagramBox group, DiagramBox box, DiagramPoint onBox, DiagramPoint outside, int outward,
            boolean entering) {
        if (obstacles.strictlyInside(outside.x(), outside.y())) {
            return;
        }
        double length = Math.abs(outside.x() - onBox.x()) + Math.abs(outside.y() - onBox.y());
        double cost = length + (INSIDE - 1) * Math.max(0, length - margin) + CROSSING * crossed(group, box, onBox, outside);
        // a route leaves heading outward; it arrives heading inward, the opposite way
        out.add(new Port(onBox, outside, entering ? (outward + 2) % 4 : outward, cost));
    }

    /** The point of a side (from {@code start}, {@code length} long) nearest to a coordinate, keeping off its outer fifths. */
    private static double facing(double start, double length, double toward) {
        return Math.max(start + length * 0.2, Math.min(start + length * 0.8, toward));
    }

    /** How many boxes of the group, other than the one holding {@code box}, the straight stretch from a to b runs across. */
    private static int crossed(DiagramBox group, DiagramBox box, DiagramPoint a, DiagramPoint b) {
        int n = 0;
        double x0 = Math.min(a.x(), b.x());
        double x1 = Math.max(a.x(), b.x());
        double y0 = Math.min(a.y(), b.y());
        double y1 = Math.max(a.y(), b.y());
        for (DiagramBox c : group.children()) {
            if (c == box || c.contains(box.centerX(), box.centerY())) {
                continue;
            }
            if (x1 > c.x() && x0 < c.x() + c.width() && y1 > c.y() && y0 < c.y() + c.height()) {
                n++;
            }
        }
        return n;
    }

    /**
     * First a search on the lanes near the two ends only (within {@link #NEAR} of the rectangle
     * they span): in a cluster with hundreds of top-level boxes the whole grid has a hundred
     * thousand points and most routes need a few of them. Every box edge inside the window is a
     * lane, so a route found there crosses no box; when the window leaves no way through, the
     * caller searches the whole grid.
     */
    private Optional<List<DiagramPoint>> searchNear(List<Port> exits, List<Port> entries) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (List<Port> ports : List.of(exits, entries)) {
            for (Port p : ports) {
                x0 = Math.min(x0, p.outside().x());
                y0 = Math.min(y0, p.outside().y());
                x1 = Math.max(x1, p.outside().x());
                y1 = Math.max(y1, p.outside().y());
            }
        }
        double[] xs = within(baseXs, x0 - NEAR, x1 + NEAR);
        double[] ys = within(baseYs, y0 - NEAR, y1 + NEAR);
        if (xs.length == baseXs.length && ys.length == baseYs.length) {
            return Optional.empty();
        }
        return search.run(withPorts(xs, exits, entries, true), withPorts(ys, exits, entries, false), obstacles, exits, entries, BEND);
    }

    private static double[] within(double[] sorted, double from, double to) {
        int a = 0;
        while (a < sorted.length && sorted[a] < from) {
            a++;
        }
        int b = sorted.length;
        while (b > a && sorted[b - 1] > to) {
            b--;
        }
        return Arrays.copyOfRange(sorted, a, b);
    }

    private static double[] withPorts(double[] base, List<Port> exits, List<Port> entries, boolean xAxis) {
        double[] out = Arrays.copyOf(base, base.length + exits.size() + entries.size());
        int n = base.length;
        for (Port p : exits) {
            out[n++] = xAxis ? p.outside().x() : p.outside().y();
        }
        for (Port p : entries) {
            out[n++] = xAxis ? p.outside().x() : p.outside().y();
        }
        return unique(out);
    }

    private static double[] unique(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (double v : sorted) {
            if (n == 0 || v - sorted[n - 1] > 1e-6) {
                sorted[n++] = v;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /**
     * Where a route leaves or enters a group.
     *
     * @param onBox the point on the border of the line's own box
     * @param outside the point just outside the group, on its grown border
     * @param heading the heading at {@code outside}: outward when leaving, inward when entering (0 right, 1 down, 2 left, 3 up)
     * @param cost the cost of the stretch between the two points
     */
    record Port(DiagramPoint onBox, DiagramPoint outside, int heading, double cost) {
    }

    /** The grid's step in a heading (0 right, 1 down, 2 left, 3 up). */
    static int dx(int heading) {
        return DX[heading];
    }

    /** The grid's step in a heading (0 right, 1 down, 2 left, 3 up). */
    static int dy(int heading) {
        return DY[heading];
    }
}
