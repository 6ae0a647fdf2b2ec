package io.kubereach.graph;

import io.kubereach.describe.VerdictExplanation;
import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.engine.Verdict;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a traffic edge has its colour: the verdict per port and protocol for the pairs of pods
 * behind it, each with the engine's explanation (which policies isolate each side, which rule
 * admits, or why none does).
 *
 * @param edgeId the edge
 * @param verdict the edge's verdict
 * @param allowed what some pair behind the edge may open
 * @param ports the verdicts per pair, port and protocol: the served ports, or when the target
 *     serves every port, the first port of each allowed range and one refused port
 */
public record EdgeExplanation(String edgeId, TrafficVerdict verdict, ConnectionSet allowed, List<PortVerdict> ports) {

    /** At most this many pairs of pods are explained per edge. */
    static final int MAX_PAIRS = 4;
    /** At most this many ports are explained per pair. */
    static final int MAX_PORTS = 12;

    public EdgeExplanation {
        ports = List.copyOf(ports);
    }

    static EdgeExplanation of(NetworkGraph graph, GraphEdge.Traffic edge) {
        TrafficEnd src = graph.end(edge.sourceId()).orElseThrow(() -> new IllegalArgumentException("no traffic end " + edge.sourceId()));
        TrafficEnd dst = graph.end(edge.targetId()).orElseThrow(() -> new IllegalArgumentException("no traffic end " + edge.targetId()));
        VerdictExplanation words = new VerdictExplanation(graph.snapshot());
        List<PortVerdict> out = new ArrayList<>();
        int pairs = 0;
        for (Peer s : src.peers()) {
            for (Peer d : dst.peers()) {
                if (s.equals(d) || pairs++ >= MAX_PAIRS) {
                    continue;
                }
                for (ProtocolPort p : probes(dst.served(), edge.allowed())) {
                    Verdict v = graph.engine().verdict(s, d, p.protocol(), p.port());
                    out.add(PortVerdict.of(s.toString(), d.toString(), v, words.messages(v)));
                }
            }
        }
        return new EdgeExplanation(edge.id(), edge.verdict(), edge.allowed(), out);
    }

    /** One port of one protocol. */
    private record ProtocolPort(Protocol protocol, int port) {
    }

    /** The ports worth explaining: every served port, or the first of each allowed range and a refused one. */
    private static List<ProtocolPort> probes(ConnectionSet served, ConnectionSet allowed) {
        List<ProtocolPort> out = new ArrayList<>();
        ConnectionSet source = served.isAll() ? allowed : served;
        for (Map.Entry<Protocol, PortSet> e : source.byProtocol().entrySet()) {
            for (int[] interval : e.getValue().intervals()) {
                for (int port = interval[0]; port <= interval[1] && out.size() < MAX_PORTS; port++) {
                    out.add(new ProtocolPort(e.getKey(), port));
                    if (served.isAll()) {
                        break; // a range: its first port stands for it
                    }
                }
            }
        }
        if (served.isAll() && !allowed.isAll()) {
            PortSet refused = allowed.ports(Protocol.TCP).complement();
            if (!refused.isEmpty()) {
                out.add(new ProtocolPort(Protocol.TCP, refused.intervals().get(0)[0]));
            }
        }
        return out;
    }
}
