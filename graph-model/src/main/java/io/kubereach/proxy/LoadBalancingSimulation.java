package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.text.Message;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends connections through kube-proxy to a Service's backends as its mode and scheduler would,
 * then judges each at its backend with the reachability engine. kube-proxy knows nothing of
 * NetworkPolicy: it sends connections to backends that policy then drops, and the result counts
 * them.
 *
 * <p>The model: connections are opened one after another, {@code intervalSeconds} apart, and stay
 * open until the simulation ends unless {@code closeAfterSeconds} closes them. kube-proxy runs on
 * every node and balances on the node where a connection meets it (the client pod's node, or the
 * node an outside client enters), so round-robin pointers, least-connection counts and affinity
 * memories are per node. The IPVS destination list is taken in backend name order; in a real
 * cluster it is the reverse of the order kube-proxy added the backends in, which no snapshot
 * records, so which backend a given client hashes to can differ while the distribution does not.
 */
public final class LoadBalancingSimulation {

    /** How many connections a result keeps one by one. */
    public static final int TRACE_LIMIT = 10_000;

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final ServiceBackends backends;

    public LoadBalancingSimulation(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.backends = new ServiceBackends(snapshot);
    }

    /** Runs one simulation; fails with a {@link SimulationException} when it cannot run as asked. */
    public SimulationResult run(SimulationRequest request) {
        Service service = request.service();
        refuseUnproxied(service);
        ServicePort port = servicePort(service, request);
        ProxySettings settings = ProxySettings.resolve(snapshot.kubeProxy(), request.mode(), request.scheduler());
        Set<Message> notes = new LinkedHashSet<>();
        notes.add(settings.scheduler()
                .map(s -> Message.of("sim.note.modeScheduler", settings.mode().word(), s.word(), settings.source()))
                .orElse(Message.of("sim.note.mode", settings.mode().word(), settings.source())));
        notes.add(settings.explanation());
        SimulationHeader header = new SimulationHeader("svc:" + service.qualifiedName(), request.port(), request.protocol(), settings,
                service.sessionAffinityClientIp(), service.affinityTimeoutSeconds(), request.connections(), request.seed());
        if (service.sessionAffinityClientIp()) {
            notes.add(Message.of(settings.mode() == ProxyMode.IPVS ? "sim.note.affinityIpvs" : "sim.note.affinity",
                    String.valueOf(service.affinityTimeoutSeconds())));
        }
        List<ServiceBackend> balanced = balanced(service, port, notes);
        if (balanced.isEmpty()) {
            notes.add(Message.of("sim.note.noReadyBackend", service.qualifiedName()));
            return new SimulationResult(header, List.of(), request.connections(), request.connections(), List.of(), List.copyOf(notes));
        }
        List<SimulationClient> clients = request.clients().stream().map(SimulationClient::of).toList();
        clients.stream().filter(SimulationClient::standIn).forEach(c -> notes.add(Message.of("sim.note.standIn",
                c.peer().toString(), c.address().toString())));
        TrafficEntry entries = new TrafficEntry(snapshot, service, balanced, clients, request.entryNode(), notes);
        ConnectionRun run = new ConnectionRun(balanced, settings, engine, request.protocol(),
                service.sessionAffinityClientIp() ? Optional.of(service.affinityTimeoutSeconds()) : Optional.empty(), request.seed());
        run.run(request, clients, entries);
        Peer fallback = entries.of(clients.get(0), 0).seenAs();
        List<BackendLoad> rows = run.rows(fallback);
        rows.forEach(r -> notes.addAll(r.sample().caveatMessages()));
        int deniedByPolicy = run.failed() - run.unrouted();
        if (deniedByPolicy > 0) {
            notes.add(Message.of("sim.note.policyDrops", String.valueOf(deniedByPolicy), String.valueOf(request.connections())));
        }
        return new SimulationResult(header, rows, run.failed(), run.unrouted(), run.trace(), List.copyOf(notes));
    }

    /** Headless and ExternalName Services are not proxied at all. */
    private static void refuseUnproxied(Service service) {
        if (service.type() == ServiceType.EXTERNAL_NAME) {
            throw new SimulationException(Message.of("sim.refused.externalName", service.qualifiedName(),
                    service.externalName()));
        }
        if (service.headless()) {
            throw new SimulationException(Message.of("sim.refused.headless", service.qualifiedName()));
        }
    }

    /** The Service port the request connects to: by port or node port, and protocol. */
    private static ServicePort servicePort(Service service, SimulationRequest request) {
        return service.ports().stream()
                .filter(p -> (p.port() == request.port() || (p.nodePort() > 0 && p.nodePort() == request.port()))
                        && p.protocol() == request.protocol())
                .findFirst()
                .orElseThrow(() -> new SimulationException(Message.of("sim.refused.noPort", service.qualifiedName(),
                        new PortProtocol(request.port(), request.protocol()).toString(),
                        service.ports().stream().map(ServicePort::portProtocol).toList().toString())));
    }

    /** The backends kube-proxy balances over, in name order; those without the target port are left out. */
    private List<ServiceBackend> balanced(Service service, ServicePort port, Set<Message> notes) {
        List<ServiceBackend> all = backends.of(service, port);
        for (ServiceBackend b : all) {
            if (b.targetPort().isEmpty()) {
                notes.add(Message.of("sim.note.leftOut", b.peer().toString(), b.remark()));
            } else if (!b.remarks().isEmpty()) {
                notes.add(Message.of("sim.note.backend", b.peer().toString(), b.remark()));
            }
        }
        return all.stream().filter(b -> b.targetPort().isPresent())
                .sorted(Comparator.comparing((ServiceBackend b) -> b.peer().toString()))
                .toList();
    }
}
