package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Verdict;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Opens the connections of one simulation one after another: where each enters, which backend its
 * node's kube-proxy picks, whether policy lets it through there, and when it closes.
 */
final class ConnectionRun {

    /**
     * A connection still open, to be closed at {@code closesAt}.
     *
     * @param closesAt when it closes
     * @param index its number, to break ties in opening order
     * @param balancer the node that balanced it
     * @param client its client address
     * @param backend its backend
     */
    private record Open(double closesAt, int index, NodeBalancer balancer, IpAddress client, int backend) {
    }

    private final List<ServiceBackend> backends;
    private final ProxySettings settings;
    private final ReachabilityEngine engine;
    private final Protocol protocol;
    private final Optional<Integer> affinityTimeout;
    private final SplittableRandom root;
    private final Map<String, NodeBalancer> balancers = new HashMap<>();
    private final Map<Peer, Verdict[]> verdicts = new IdentityHashMap<>();
    private final PriorityQueue<Open> open = new PriorityQueue<>(Comparator.comparingDouble(Open::closesAt).thenComparingInt(Open::index));
    private final int[] connections;
    private final int[] allowed;
    private final Verdict[] first;
    private final List<SimulatedConnection> trace = new ArrayList<>();
    private int failed;
    private int unrouted;

    ConnectionRun(List<ServiceBackend> backends, ProxySettings settings, ReachabilityEngine engine, Protocol protocol,
            Optional<Integer> affinityTimeout, long seed) {
        this.backends = backends;
        this.settings = settings;
        this.engine = engine;
        this.protocol = protocol;
        this.affinityTimeout = affinityTimeout;
        this.root = new SplittableRandom(seed);
        this.connections = new int[backends.size()];
        this.allowed = new int[backends.size()];
        this.first = new Verdict[backends.size()];
    }

    /** Opens every connection of the request, the clients in turn. */
    void run(SimulationRequest request, List<SimulationClient> clients, TrafficEntry entries) {
        for (int k = 0; k < request.connections(); k++) {
            double now = k * request.intervalSeconds();
            while (!open.isEmpty() && open.peek().closesAt() <= now) {
                Open done = open.poll();
                done.balancer().close(done.client(), done.backend());
            }
            SimulationClient client = clients.get(k % clients.size());
            TrafficEntry.Entry entry = entries.of(client, k);
            if (!entry.dropped().isEmpty()) {
                failed++;
                unrouted++;
                record(new SimulatedConnection(k, now, client.peer(), entry.node(), entry.seenAs(), OptionalInt.empty(), false, false,
                        entry.dropped()));
                continue;
            }
            NodeBalancer balancer = balancers.computeIfAbsent(entry.node(), node -> new NodeBalancer(entry.candidates(),
                    settings.picker(entry.candidates().size(), root.split(), entry.destination()),
                    affinityTimeout.map(t -> new ClientIpAffinity(t, settings.mode() == ProxyMode.IPVS))));
            NodeBalancer.Choice choice = balancer.choose(client.address(), now);
            int b = choice.backend();
            Verdict verdict = verdict(entry.seenAs(), b);
            connections[b]++;
            if (verdict.allowed()) {
                allowed[b]++;
            } else {
                failed++;
            }
            if (first[b] == null) {
                first[b] = verdict;
            }
            int index = k;
            request.closeAfterSeconds().ifPresent(after -> open.add(new Open(now + after, index, balancer, client.address(), b)));
            record(new SimulatedConnection(k, now, client.peer(), entry.node(), entry.seenAs(), OptionalInt.of(b), choice.pinned(),
                    verdict.allowed(), ""));
        }
    }

    /** The policy verdict for a source at a backend's target port, judged once per pair. */
    Verdict verdict(Peer seenAs, int backend) {
        Verdict[] row = verdicts.computeIfAbsent(seenAs, p -> new Verdict[backends.size()]);
        if (row[backend] == null) {
            ServiceBackend target = backends.get(backend);
            row[backend] = engine.verdict(seenAs, target.peer(), protocol, target.targetPort().orElseThrow());
        }
        return row[backend];
    }

    private void record(SimulatedConnection connection) {
        if (trace.size() < LoadBalancingSimulation.TRACE_LIMIT) {
            trace.add(connection);
        }
    }

    /** The rows, each backend's sample verdict taken from its first connection or from {@code fallback}. */
    List<BackendLoad> rows(Peer fallback) {
        List<BackendLoad> rows = new ArrayList<>();
        for (int b = 0; b < backends.size(); b++) {
            Verdict sample = first[b] != null ? first[b] : verdict(fallback, b);
            rows.add(new BackendLoad(backends.get(b), backends.get(b).targetPort().orElseThrow(), connections[b], allowed[b], sample));
        }
        return rows;
    }

    int failed() {
        return failed;
    }

    int unrouted() {
        return unrouted;
    }

    List<SimulatedConnection> trace() {
        return trace;
    }
}
