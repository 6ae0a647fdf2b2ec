package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * What to simulate: {@code connections} new connections from the clients, in turn, to one port of a
 * Service. Make one with {@link #of} and adjust it with the {@code with…} methods.
 *
 * @param from the clients as the user named them, for messages
 * @param clients the clients (a pod, the replicas of a workload, or an address outside the cluster), used in turn
 * @param service the Service
 * @param port the Service port (or node port) connected to
 * @param protocol its protocol
 * @param connections how many connections to open, at least 1
 * @param seed the seed of the random modes: the same seed gives the same result
 * @param mode a proxy mode overriding the source's
 * @param scheduler an IPVS scheduler overriding the source's
 * @param intervalSeconds the simulated time between two connections (0: all at once)
 * @param closeAfterSeconds how long each connection stays open; empty: open until the simulation ends
 * @param entryNode the node an outside client enters through a NodePort/LoadBalancer; empty: the nodes in turn
 */
public record SimulationRequest(
        String from,
        List<Peer> clients,
        Service service,
        int port,
        Protocol protocol,
        int connections,
        long seed,
        Optional<ProxyMode> mode,
        Optional<IpvsScheduler> scheduler,
        double intervalSeconds,
        Optional<Double> closeAfterSeconds,
        Optional<String> entryNode) {

    /** The most connections one simulation opens. */
    public static final int MAX_CONNECTIONS = 10_000_000;

    public SimulationRequest {
        clients = List.copyOf(clients);
        if (clients.isEmpty()) {
            throw new SimulationException(Message.of("sim.refused.noClient"));
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new SimulationException(Message.of("sim.refused.connections", String.valueOf(connections), String.valueOf(MAX_CONNECTIONS)));
        }
        if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
            throw new SimulationException(Message.of("sim.refused.interval", String.valueOf(intervalSeconds)));
        }
        if (closeAfterSeconds.isPresent() && !(closeAfterSeconds.get() >= 0)) {
            throw new SimulationException(Message.of("sim.refused.closeAfter", String.valueOf(closeAfterSeconds.get())));
        }
    }

    /** 1,000 connections at once, seed 1, the source's proxy settings, connections kept open. */
    public static SimulationRequest of(String from, List<Peer> clients, Service service, int port, Protocol protocol) {
        return new SimulationRequest(from, clients, service, port, protocol, 1000, 1, Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.empty());
    }

    public SimulationRequest withConnections(int count) {
        return new SimulationRequest(from, clients, service, port, protocol, count, seed, mode, scheduler, intervalSeconds,
                closeAfterSeconds, entryNode);
    }

    public SimulationRequest withSeed(long newSeed) {
        return new SimulationRequest(from, clients, service, port, protocol, connections, newSeed, mode, scheduler, intervalSeconds,
                closeAfterSeconds, entryNode);
    }

    /** Overrides the proxy mode and, for ipvs, the scheduler (empty: keep the source's). */
    public SimulationRequest withProxy(Optional<ProxyMode> newMode, Optional<IpvsScheduler> newScheduler) {
        return new SimulationRequest(from, clients, service, port, protocol, connections, seed, newMode, newScheduler,
                intervalSeconds, closeAfterSeconds, entryNode);
    }

    /** Spaces the connections {@code interval} seconds apart and closes each after {@code closeAfter}, if given. */
    public SimulationRequest withTiming(double interval, Optional<Double> closeAfter) {
        return new SimulationRequest(from, clients, service, port, protocol, connections, seed, mode, scheduler, interval,
                closeAfter, entryNode);
    }

    public SimulationRequest withEntryNode(Optional<String> node) {
        return new SimulationRequest(from, clients, service, port, protocol, connections, seed, mode, scheduler, intervalSeconds,
                closeAfterSeconds, node);
    }
}
