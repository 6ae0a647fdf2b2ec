package io.kubereach.proxy;

import io.kubereach.engine.LiteralEngine;
import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pods on named nodes, Services and simulations, for the proxy tests. */
final class ProxyFixture {

    private ProxyFixture() {
    }

    /** A ready pod {@code ns/name} with one IP on a node, owned by {@code owner} (itself when empty). */
    static Pod pod(String nsName, String labels, String ip, String node, String owner, ContainerPort... ports) {
        String[] p = nsName.split("/");
        WorkloadRef ref = owner.isEmpty() ? new WorkloadRef(p[0], "Pod", p[1]) : new WorkloadRef(p[0], "ReplicaSet", owner);
        return new Pod(p[0], p[1], io.kubereach.engine.Fixture.labels(labels), List.of(IpAddress.of(ip)), Optional.of(node), ref,
                false, List.of(new Container("app", "", List.of(ports))), true);
    }

    static ContainerPort http(int number) {
        return new ContainerPort("http", number, Protocol.TCP);
    }

    /** A Service selecting {@code app=web} on port 80 → targetPort {@code http}. */
    static Service web(ServiceType type, boolean clientIp, int timeout, boolean local) {
        return new Service("shop", "web", type, Optional.of(Map.of("app", "web")),
                List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), type == ServiceType.CLUSTER_IP ? 0 : 30080)),
                List.of(IpAddress.of("10.96.0.80")), false, "", clientIp, timeout, local);
    }

    static Service web() {
        return web(ServiceType.CLUSTER_IP, false, Service.DEFAULT_AFFINITY_TIMEOUT, false);
    }

    static Peer peer(Pod pod) {
        return Peer.of(pod);
    }

    /** Runs a simulation with the literal engine. */
    static SimulationResult simulate(ClusterSnapshot snapshot, SimulationRequest request) {
        return new LoadBalancingSimulation(snapshot, new LiteralEngine(snapshot)).run(request);
    }

    /** The backends the trace's connections went to, by name, in order. */
    static List<String> sequence(SimulationResult result) {
        return result.trace().stream()
                .map(c -> c.backend().isPresent() ? result.rows().get(c.backend().getAsInt()).backend().peer().toString() : "-")
                .toList();
    }

    /** Each row's connections, by backend name. */
    static Map<String, Integer> counts(SimulationResult result) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        result.rows().forEach(r -> out.put(r.backend().peer().toString(), r.connections()));
        return out;
    }
}
