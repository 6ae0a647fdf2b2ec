package io.kubereach.diff;

import io.kubereach.report.ConnectionEnd;
import io.kubereach.report.FieldText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a difference as netpol-analyzer's diff digraph: every pair, unchanged ones included,
 * workloads grouped in a cluster per namespace, outside ranges and the ingress controller apart,
 * edges coloured by change and peers by whether they exist on both sides, then a fixed legend.
 */
final class DiffDot {

    private static final String ADDED = "#008000";
    private static final String REMOVED_EDGE = "red2";
    private static final String REMOVED_PEER = "red";
    private static final String CHANGED = "magenta";
    private static final String UNCHANGED = "grey";
    private static final String PERSISTENT = "blue";

    /** The legend netpol-analyzer ends every diff graph with, from {@code nodesep} on. */
    private static final List<String> LEGEND = List.of(
            "\tnodesep=0.5",
            "\tsubgraph cluster_legend {",
            "\t\tlabel=\"Legend\"",
            "\t\tfontsize = 10",
            "\t\tmargin=0",
            "\t\ta [style=invis height=0 width=0]",
            "\t\tb [style=invis height=0 width=0]",
            "\t\tc [style=invis height=0 width=0]",
            "\t\td [style=invis height=0 width=0]",
            "\t\te [style=invis height=0 width=0]",
            "\t\tf [style=invis height=0 width=0]",
            "\t\tg [style=invis height=0 width=0]",
            "\t\th [style=invis height=0 width=0]",
            "\t\t{rank=source a b c d}",
            "\t\t{rank=same e f g h}",
            "\t\ta -> b [label=\"added connection\", color=\"#008000\" fontcolor=\"#008000\" fontsize = 10 arrowsize=0.2]",
            "\t\tc -> d [label=\"removed connection\", color=\"red2\" fontcolor=\"red2\" fontsize = 10 arrowsize=0.2]",
            "\t\te -> f [label=\"changed connection\", color=\"magenta\" fontcolor=\"magenta\" fontsize = 10 arrowsize=0.2]",
            "\t\tg -> h [label=\"unchanged connection\", color=\"grey\" fontcolor=\"grey\" fontsize = 10 arrowsize=0.2]",
            "\t\tnp [label=\"new peer\" color=\"#008000\" fontcolor=\"#008000\" fontsize = 10]",
            "\t\tlp [label=\"lost peer\" color=\"red\" fontcolor=\"red\" fontsize = 10]",
            "\t\tpp [label=\"persistent peer\" color=\"blue\" fontcolor=\"blue\" fontsize = 10]",
            "\t\t{rank=sink np lp pp}",
            "\t\tnp->lp [style=invis]",
            "\t\tlp->pp [style=invis]",
            "\t}");

    private DiffDot() {
    }

    /** The graph, its lines joined by line breaks with none after the last; {@code before} labels the old side of a changed edge. */
    static String write(ConnectivityDiff diff, String before) {
        Map<String, TreeSet<String>> byNamespace = new TreeMap<>();
        TreeSet<String> outside = new TreeSet<>();
        TreeSet<String> edges = new TreeSet<>();
        TreeSet<String> ingressEdges = new TreeSet<>();
        for (ConnectionChange c : diff.pairs()) {
            addPeer(c.source(), c.sourcePresence(), byNamespace, outside);
            addPeer(c.destination(), c.destinationPresence(), byNamespace, outside);
            (c.source() instanceof ConnectionEnd.IngressController ? ingressEdges : edges).add(edge(c, before));
        }
        List<String> lines = new ArrayList<>();
        lines.add("digraph {");
        byNamespace.forEach((namespace, peers) -> {
            String cluster = namespace + "[namespace]";
            // Graphviz takes no '-' in a subgraph's name, so netpol-analyzer writes '_' there (not in the label)
            lines.add("\tsubgraph " + quote("cluster_" + cluster.replace('-', '_')) + " {");
            lines.add("\t\tcolor=\"black\"");
            lines.add("\t\tfontcolor=\"black\"");
            peers.forEach(p -> lines.add("\t" + p));
            lines.add("\t\tlabel=" + quote(cluster));
            lines.add("\t}");
        });
        lines.addAll(outside);
        lines.addAll(edges);
        lines.addAll(ingressEdges);
        lines.addAll(LEGEND);
        lines.add("}");
        return String.join("\n", lines);
    }

    private static void addPeer(ConnectionEnd end, Presence presence, Map<String, TreeSet<String>> byNamespace, TreeSet<String> outside) {
        String colour = switch (presence) {
            case BOTH -> PERSISTENT;
            case AFTER_ONLY -> ADDED;
            case BEFORE_ONLY -> REMOVED_PEER;
        };
        if (end instanceof ConnectionEnd.Workload w) {
            String label = w.ref().name() + "[" + w.ref().kind() + "]";
            byNamespace.computeIfAbsent(w.ref().namespace(), n -> new TreeSet<>()).add(node(end.toString(), label, colour));
        } else {
            outside.add(node(end.toString(), end.toString(), colour));
        }
    }

    private static String node(String name, String label, String colour) {
        return "\t" + quote(name) + " [label=" + quote(label) + " color=" + quote(colour) + " fontcolor=" + quote(colour) + "]";
    }

    /** What an edge says and its colour. */
    private record Look(String label, String colour) {
    }

    private static String edge(ConnectionChange c, String before) {
        Look look = switch (c.kind()) {
            case UNCHANGED -> new Look(c.before().toString(), UNCHANGED);
            case CHANGED -> new Look(c.after() + " (" + before + ": " + c.before() + ")", CHANGED);
            case REMOVED -> new Look(c.before().toString(), REMOVED_EDGE);
            case ADDED -> new Look(c.after().toString(), ADDED);
        };
        String src = c.source().toString();
        String dst = c.destination().toString();
        // netpol-analyzer weighs an edge lighter when its source's name sorts before its destination's
        String weight = src.compareTo(dst) <= 0 ? "0.5" : "1";
        return "\t" + quote(src) + " -> " + quote(dst) + " [label=" + quote(look.label()) + " color=" + quote(look.colour())
                + " fontcolor=" + quote(look.colour()) + " weight=" + weight + "]";
    }

    private static String quote(String value) {
        return FieldText.dot(value);
    }
}
