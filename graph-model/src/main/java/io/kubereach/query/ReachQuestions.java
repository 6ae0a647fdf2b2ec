package io.kubereach.query;

import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.Pod;
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

    /** Answers one question about a port number; fails with a {@link QueryException} when it names something unknown. */
    public ReachAnswer ask(String from, String to, int port, Protocol protocol) {
        return ask(from, to, new PortQuery.Number(port, protocol));
    }

    /**
     * Answers one question; fails with a {@link QueryException} when it names something unknown.
     * A port name is resolved on each destination pod (or is the destination Service's port name);
     * a CIDR is judged as a whole, every part of it the policies tell apart.
     */
    public ReachAnswer ask(String from, String to, PortQuery port) {
        if (port instanceof PortQuery.Number n && (n.port() < 1 || n.port() > 65535)) {
            throw new QueryException("port " + n.port() + " is not within 1..65535");
        }
        Target source = resolver.resolve(from);
        Target destination = resolver.resolve(to);
        if (source instanceof Target.ServiceTarget) {
            throw new QueryException("a Service cannot open connections: write a pod, workload or address as FROM, not " + from);
        }
        if (isOutside(source) && isOutside(destination)) {
            throw new QueryException("both " + from + " and " + to + " are outside the cluster: NetworkPolicy judges only what a pod sends or receives");
        }
        List<Hop> hops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PortQuery.Number number = port instanceof PortQuery.Number n ? n : null;
        for (Target end : List.of(source, destination)) {
            if (end instanceof Target.PodNetworkAddress a) {
                notes.add(a.address() + " lies in node " + a.node() + "'s pod CIDR " + a.podCidr() + ", but no pod of the source has it:"
                        + " which pod will have it, and so what its policies say, is unknown");
                return answer(from, to, port, number == null ? Protocol.TCP : number.protocol(), Outcome.UNKNOWN, hops, notes);
            }
            if (end instanceof Target.Range r && podNetworkNote(r, notes)) {
                return answer(from, to, port, number == null ? Protocol.TCP : number.protocol(), Outcome.UNKNOWN, hops, notes);
            }
        }
        List<Peer> sources = peers(source, Direction.INGRESS);
        Protocol protocol;
        if (destination instanceof Target.ServiceTarget s && s.service().type() == ServiceType.EXTERNAL_NAME) {
            protocol = number == null ? Protocol.TCP : number.protocol();
            notes.add("svc:" + s.service().qualifiedName() + " is an ExternalName Service: a DNS alias for "
                    + s.service().externalName() + ", not a proxy; ask about that address instead (rule 21)");
        } else if (destination instanceof Target.ServiceTarget s) {
            ServicePort servicePort = servicePort(s.service(), port);
            protocol = servicePort.protocol();
            throughService(sources, s.service(), servicePort, hops, notes);
        } else if (port instanceof PortQuery.Named named) {
            protocol = toNamedPort(sources, destination, named, hops, notes);
        } else {
            protocol = number.protocol();
            for (Peer src : sources) {
                for (Peer dst : peers(destination, Direction.EGRESS)) {
                    hops.add(judged(engine.verdict(src, dst, protocol, number.port()), "", ""));
                }
            }
        }
        long allowed = hops.stream().filter(Hop::allowed).count();
        long unknown = hops.stream().filter(Hop::unknown).count();
        hops.stream().flatMap(h -> h.verdict().stream()).flatMap(v -> v.uncertainties().stream()).distinct()
                .map(u -> MessageText.english(u.message())).forEach(notes::add);
        return answer(from, to, port, protocol, Outcome.of(allowed, unknown, hops.size()), hops, notes);
    }

    private static ReachAnswer answer(String from, String to, PortQuery port, Protocol protocol, Outcome outcome, List<Hop> hops,
            List<String> notes) {
        return port instanceof PortQuery.Named n
                ? new ReachAnswer(from.trim(), to.trim(), 0, protocol, outcome, hops, notes, n.name())
                : new ReachAnswer(from.trim(), to.trim(), ((PortQuery.Number) port).port(), protocol, outcome, hops, notes);
    }

    /**
     * Notes the nodes' pod CIDRs a range shares addresses with, which its parts leave out; returns
     * whether the range lies wholly in them, so that nothing of it can be judged.
     */
    private boolean podNetworkNote(Target.Range range, List<String> notes) {
        List<AddressParts.PodNetwork> podNetwork = AddressParts.podNetworkIn(snapshot, range.cidr());
        if (podNetwork.isEmpty()) {
            return false;
        }
        String where = String.join(", ", podNetwork.stream().map(p -> "node " + p.node() + "'s pod CIDR " + p.cidr()).toList());
        boolean whole = AddressParts.within(range.cidr(), podNetwork);
        notes.add(whole ? range.cidr() + " lies in " + where + ": which pods have its addresses, and so what their policies say, is"
                + " unknown; ask about the pods by name"
                : range.cidr() + " shares addresses with " + where + ": those are pods' addresses, left out here (ask about the pods by"
                        + " name); the rest of the range is judged");
        return whole;
    }

    private static boolean isOutside(Target target) {
        return target instanceof Target.Address || target instanceof Target.Range;
    }

    /**
     * The connections to a named port: on each destination pod, the container port of that name
     * (and protocol, when given); a pod that declares none cannot be reached on it. Returns the
     * protocol the name stands for.
     */
    private Protocol toNamedPort(List<Peer> sources, Target destination, PortQuery.Named port, List<Hop> hops, List<String> notes) {
        if (!(destination instanceof Target.Pods pods)) {
            throw new QueryException("the port name " + port.name() + " needs pods or a Service as TO to say which port it is; give a number for "
                    + destination.text());
        }
        Protocol protocol = null;
        for (Pod pod : pods.pods()) {
            Optional<ContainerPort> named = pod.ports().stream()
                    .filter(p -> p.name().equals(port.name()) && port.protocol().map(x -> x == p.protocol()).orElse(true)).findFirst();
            for (Peer src : sources) {
                if (named.isEmpty()) {
                    hops.add(new Hop(Optional.empty(), src + " → " + pod.ref(), pod.ref() + " declares no container port named " + port.name()));
                } else {
                    protocol = protocol == null ? named.get().protocol() : protocol;
                    hops.add(judged(engine.verdict(src, Peer.of(pod), named.get().protocol(), named.get().number()), "", ""));
                }
            }
        }
        if (protocol == null) {
            throw new QueryException("no pod of " + destination.text() + " declares a container port named " + port.name()
                    + port.protocol().map(p -> "/" + p).orElse(""));
        }
        if (hops.stream().anyMatch(h -> h.verdict().isEmpty())) {
            notes.add("some pods of " + destination.text() + " declare no container port named " + port.name() + ": they cannot be reached on it");
        }
        return protocol;
    }

    /** The Service port a question names: by number (or node port) and protocol, or by name. */
    private static ServicePort servicePort(Service service, PortQuery port) {
        if (port instanceof PortQuery.Named named) {
            return service.ports().stream()
                    .filter(p -> p.name().equals(named.name()) && named.protocol().map(x -> x == p.protocol()).orElse(true)).findFirst()
                    .orElseThrow(() -> new QueryException("svc:" + service.qualifiedName() + " has no port named " + named.name() + " (it has "
                            + service.ports().stream().map(p -> p.name().isEmpty() ? p.port() + "/" + p.protocol() : p.name()).toList() + ")"));
        }
        PortQuery.Number n = (PortQuery.Number) port;
        return service.ports().stream()
                .filter(p -> (p.port() == n.port() || (p.nodePort() == n.port() && p.nodePort() > 0)) && p.protocol() == n.protocol())
                .findFirst()
                .orElseThrow(() -> new QueryException("svc:" + service.qualifiedName() + " has no port " + n.port() + "/" + n.protocol()
                        + " (it has " + service.ports().stream().map(p -> p.port() + "/" + p.protocol()).toList() + ")"));
    }

    /** A judged connection. */
    private static Hop judged(Verdict verdict, String via, String note) {
        return new Hop(Optional.of(verdict), via, note);
    }

    private void throughService(List<Peer> sources, Service service, ServicePort servicePort, List<Hop> hops, List<String> notes) {
        int port = servicePort.port();
        Protocol protocol = servicePort.protocol();
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
     * The peers an end stands for: its pods, its address, or for a range one address of every part
     * of it that the rules of {@code direction} tell apart (a source range is cut where ingress
     * rules cut, a destination range where egress rules do), a node's own address left out.
     */
    private List<Peer> peers(Target target, Direction direction) {
        if (target instanceof Target.Pods p) {
            return p.pods().stream().map(Peer::of).toList();
        }
        if (target instanceof Target.Range r) {
            return AddressParts.of(snapshot, r.cidr(), direction).stream().map(Peer::of).toList();
        }
        return List.of(Peer.of(((Target.Address) target).address()));
    }
}
