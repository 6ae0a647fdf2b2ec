package io.kubereach.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Writes a connection list as a Graphviz digraph: workloads in one cluster per namespace, external ranges in red, the ingress controller on its own. */
final class ConnlistDot {

    private ConnlistDot() {
    }

    static void write(List<Connection> connections, Appendable out) throws IOException {
        Map<String, TreeSet<String>> byNamespace = new TreeMap<>();
        TreeSet<String> externals = new TreeSet<>();
        TreeSet<String> controllers = new TreeSet<>();
        for (Connection c : connections) {
            for (ConnectionEnd end : List.of(c.source(), c.destination())) {
                if (end instanceof ConnectionEnd.Workload w) {
                    byNamespace.computeIfAbsent(w.ref().namespace(), n -> new TreeSet<>()).add(end.toString());
                } else if (end instanceof ConnectionEnd.External) {
                    externals.add(end.toString());
                } else {
                    controllers.add(end.toString());
                }
            }
        }
        out.append("digraph {\n");
        for (Map.Entry<String, TreeSet<String>> group : byNamespace.entrySet()) {
            String ns = group.getKey();
            TreeSet<String> peers = group.getValue();
            out.append("\tsubgraph ").append(quote("cluster_" + ns + "[namespace]")).append(" {\n")
                    .append("\t\tcolor=\"black\"\n\t\tfontcolor=\"black\"\n");
            for (String peer : peers) {
                out.append("\t\t").append(quote(peer)).append(" [label=").append(quote(peer.substring(peer.indexOf('/') + 1)))
                        .append(" color=\"blue\" fontcolor=\"blue\"]\n");
            }
            out.append("\t\tlabel=").append(quote(ns + "[namespace]")).append("\n\t}\n");
        }
        for (String peer : externals) {
            out.append('\t').append(quote(peer)).append(" [label=").append(quote(peer))
                    .append(" color=\"red2\" fontcolor=\"red2\"]\n");
        }
        for (String peer : controllers) {
            out.append('\t').append(quote(peer)).append(" [label=").append(quote(peer)).append(" color=\"blue\" fontcolor=\"blue\"]\n");
        }
        for (Connection c : connections) {
            out.append('\t').append(quote(c.src())).append(" -> ").append(quote(c.dst()))
                    .append(" [label=").append(quote(c.connections().toString()))
                    .append(" color=\"gold2\" fontcolor=\"darkgreen\"]\n");
        }
        out.append("}\n");
    }

    private static String quote(String value) {
        return FieldText.dot(value);
    }
}
