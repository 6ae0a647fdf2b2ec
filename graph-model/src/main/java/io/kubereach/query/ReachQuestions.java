package io.kubereach.query;

import io.kubereach.engine.ExternalRanges;
import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Verdict;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.Direction;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.ServiceBackends;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code FROM TO PORT/PROTO} questions about one snapshot with one engine. An answer that
 * depends on what cannot be judged (policies the source could not read, domain names, policies
 * of one priority that disagree) is {@link Outcome#UNKNOWN}, with a note per reason.
 */
public final class ReachQuestions {

    private final ClusterSnapshot snapshot;
    private final ReachabilityEngine engine;
    private final TargetResolver resolver;
    private final ServiceBackends backends;

    public ReachQuestions(ClusterSnapshot snapshot, ReachabilityEngine engine) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.resolver = new TargetResolver(snapshot);
        this.backends = new ServiceBackends(snapshot);
    }

    /** Answers one question; fails with a {@link QueryException} when it names something unknown. */
    public ReachAnswer ask(String from, String to, int port, Protocol protocol) {
        if (port < 1 || port > 65535) {
            throw new QueryException("port " + port + " is not within 1..65535");
        }
        Target source = resolver.resolve(from);
        Target destination = resolver.resolve(to);
        if (source instanceof Target.ServiceTarget) {
            throw new QueryException("a Service cannot open connections: write a pod, workload or address as FROM, not " + from);
        }
        List<Peer> sources = peers(source, Direction.INGRESS);
        List<Hop> hops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (destination instanceof Target.ServiceTarget s) {
            throughService(sources, s.service(), port, protocol, hops, notes);
        } else {
            for (Peer src : sources) {
                for (Peer dst : peers(destination, Direction.EGRESS)) {
                    hops.add(judged(engine.verdict(src, dst, protocol, port), "", ""));
                }
            }
        }
        long allowed = hops.stream().filter(Hop::allowed).count();
        long unknown = hops.stream().filter(Hop::unknown).count();
        hops.stream().flatMap(h -> h.verdict().stream()).flatMap(v -> v.uncertainties().stream()).distinct()
                .map(u -> MessageText.english(u.message())).forEach(notes::add);
        return new ReachAnswer(from.trim(), to.trim(), port, protocol, Outcome.of(allowed, unknown, hops.size()), hops, notes);
    }

    /** A judged connection. */
    private static Hop judged(Verdict verdict, String via, String note) {
        return new Hop(Optional.of(verdict), via, note);
    }

    private void throughService(List<Peer> sources, Service service, int port, Protocol protocol, List<Hop> hops, List<String> notes) {
        if (service.type() == ServiceType.EXTERNAL_NAME) {
            notes.add("svc:" + service.qualifiedName() + " is an ExternalName Service: a DNS alias for "
                    + service.externalName() + ", not a proxy; ask about that address instead (rule 21)");
            return;
        }
        ServicePort servicePort = service.ports().stream()
                .filter(p -> (p.port() == port || (p.nodePort() == port && p.nodePort() > 0)) && p.protocol() == protocol)
                .findFirst()
                .orElseThrow(() -> new QueryException("svc:" + service.qualifiedName() + " has no port " + port + "/" + protocol
                        + " (it has " + service.ports().stream().map(p -> p.port() + "/" + p.protocol()).toList() + ")"));
        List<ServiceBackend> targets = backends.of(service, servicePort);
        if (targets.isEmpty()) {
            notes.add("svc:" + service.qualifiedName() + " has no ready backend: every connection to it fails");
            return;
        }
        for (Peer client : sources) {
            for (SeenSource seen : seenBy(client, service, notes)) {
                for (ServiceBackend backend : targets) {
                    String via = (seen.via().isEmpty() ? client + " → " : seen.via()) + "svc:" + service.qualifiedName() + " " + port + "/" + protocol + " → " + backend.peer()
                            + backend.targetPort().map(n -> ":" + n).orElse("");
                    if (backend.targetPort().isEmpty()) {
                        hops.add(new Hop(Optional.empty(), via, backend.note()));
                    } else {
                        hops.add(judged(engine.verdict(seen.peer(), backend.peer(), protocol, backend.targetPort().get()),
                                via, backend.note()));
                    }
                }
            }
        }
    }

    /**
     * The source address a backend sees (rule 22). A client outside the cluster that enters
     * through a NodePort or LoadBalancer with {@code externalTrafficPolicy: Cluster} is SNATed to
     * the address of the node it entered, so each node is a possible source; with {@code Local}
     * the client's own address is kept.
     */
    private List<SeenSource> seenBy(Peer client, Service service, List<String> notes) {
        boolean entersThroughNode = service.type() == ServiceType.NODE_PORT || service.type() == ServiceType.LOAD_BALANCER;
        if (!(client instanceof Peer.External) || !entersThroughNode) {
            return List.of(new SeenSource(client, ""));
        }
        if (service.externalTrafficLocal()) {
            notes.add("externalTrafficPolicy: Local keeps the client address " + client + ": the backends judge it as such");
            return List.of(new SeenSource(client, ""));
        }
        List<SeenSource> out = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            node.addresses().stream().findFirst().ifPresent(address -> out.add(new SeenSource(Peer.of(address),
                    client + " enters node " + node.name() + ", SNAT to " + address + " → ")));
        }
        if (out.isEmpty()) {
            notes.add("externalTrafficPolicy: Cluster SNATs the client to the address of the node it enters, but the source"
                    + " names no node addresses: judged with the client address " + client + " instead");
            return List.of(new SeenSource(client, ""));
        }
        notes.add("externalTrafficPolicy: Cluster: kube-proxy SNATs " + client + " to the address of the node it enters,"
                + " so the backends judge that node address, not the client's");
        return out;
    }

    /**
     * A source as a backend sees it.
     *
     * @param peer the address or pod the backend sees
     * @param via how the client became this source, empty when it is the client itself
     */
    private record SeenSource(Peer peer, String via) {
    }

    /**
     * The peers a target stands for. A CIDR stands for one address of each range of it that the
     * ipBlocks of the rules judging it ({@code judgedBy}: ingress rules when it connects, egress
     * rules when it accepts) cut apart: no rule can tell two addresses of one range apart.
     */
    private List<Peer> peers(Target target, Direction judgedBy) {
        if (target instanceof Target.Pods p) {
            return p.pods().stream().map(Peer::of).toList();
        }
        if (target instanceof Target.Block b) {
            Cidr cidr = b.cidr();
            List<Peer> out = new ArrayList<>();
            for (ExternalRanges.Range r : ExternalRanges.cut(snapshot, judgedBy, cidr.v6())) {
                if (r.last().compareTo(cidr.first()) >= 0 && r.first().compareTo(cidr.last()) <= 0) {
                    out.add(Peer.of(r.first().compareTo(cidr.first()) < 0 ? cidr.first() : r.first()));
                }
            }
            return out;
        }
        return List.of(Peer.of(((Target.Address) target).address()));
    }
}
