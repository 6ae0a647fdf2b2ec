package io.kubereach.query;

import io.kubereach.engine.Peer;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.engine.Uncertainty;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.proxy.ServiceBackend;
import io.kubereach.proxy.ServiceBackends;
import io.kubereach.text.Message;
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
    public ReachAnswer ask(String from, String to, PortProtocol port) {
        return ask(from, to, new PortQuery.Number(port));
    }

    /**
     * Answers one question; fails with a {@link QueryException} when it names something unknown.
     * A port name is resolved on each destination pod (or is the destination Service's port name);
     * a CIDR is judged as a whole, every part of it the policies tell apart.
     */
    public ReachAnswer ask(String from, String to, PortQuery port) {
        if (port instanceof PortQuery.Number n && (n.port().number() < 1 || n.port().number() > 65535)) {
            throw new QueryException(Message.of("query.error.portRange", String.valueOf(n.port().number())));
        }
        Target source = resolver.resolve(from);
        Target destination = resolver.resolve(to);
        if (source instanceof Target.ServiceTarget) {
            throw new QueryException(Message.of("query.error.serviceFrom", from));
        }
        if (isOutside(source) && isOutside(destination)) {
            throw new QueryException(Message.of("query.error.bothOutside", from, to));
        }
        List<Hop> hops = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        PortQuery.Number number = port instanceof PortQuery.Number n ? n : null;
        for (Target end : List.of(source, destination)) {
            if (end instanceof Target.PodNetworkAddress a) {
                notes.add(Message.of("query.note.podNetworkAddress", a.address().toString(), a.node(), a.podCidr().toString()));
                return answer(from, to, port, number == null ? Protocol.TCP : number.port().protocol(), Outcome.UNKNOWN, hops, notes);
            }
            if (end instanceof Target.Range r && podNetworkNote(r, notes)) {
                return answer(from, to, port, number == null ? Protocol.TCP : number.port().protocol(), Outcome.UNKNOWN, hops, notes);
            }
        }
        List<Peer> sources = peers(source, Direction.INGRESS);
        Protocol protocol;
        if (destination instanceof Target.ServiceTarget s && s.service().type() == ServiceType.EXTERNAL_NAME) {
            protocol = number == null ? Protocol.TCP : number.port().protocol();
            notes.add(Message.of("query.note.externalName", s.service().qualifiedName(), s.service().externalName()));
        } else if (destination instanceof Target.ServiceTarget s) {
            ServicePort servicePort = servicePort(s.service(), port);
            protocol = servicePort.protocol();
            throughService(sources, s.service(), servicePort, hops, notes);
        } else if (port instanceof PortQuery.Named named) {
            protocol = toNamedPort(sources, destination, named, hops, notes);
        } else {
            protocol = number.port().protocol();
            for (Peer src : sources) {
                for (Peer dst : peers(destination, Direction.EGRESS)) {
                    hops.add(judged(engine.verdict(src, dst, protocol, number.port().number()), "", Optional.empty()));
                }
            }
        }
        long allowed = hops.stream().filter(Hop::allowed).count();
        long unknown = hops.stream().filter(Hop::unknown).count();
        hops.stream().flatMap(h -> h.verdict().stream()).flatMap(v -> v.uncertainties().stream()).distinct()
                .map(Uncertainty::message).forEach(notes::add);
        return answer(from, to, port, protocol, Outcome.of(allowed, unknown, hops.size()), hops, notes);
    }

    private static ReachAnswer answer(String from, String to, PortQuery port, Protocol protocol, Outcome outcome, List<Hop> hops,
            List<Message> notes) {
        return new ReachAnswer(from.trim(), to.trim(), port, protocol, outcome, hops, notes);
    }

    /**
     * Notes the nodes' pod CIDRs a range shares addresses with, which its parts leave out; returns
     * whether the range lies wholly in them, so that nothing of it can be judged.
     */
    private boolean podNetworkNote(Target.Range range, List<Message> notes) {
        List<AddressParts.PodNetwork> podNetwork = AddressParts.podNetworkIn(snapshot, range.cidr());
        if (podNetwork.isEmpty()) {
            return false;
        }
        Message where = podNetwork.stream().map(p -> Message.of("query.note.podCidr", p.node(), p.cidr().toString()))
                .reduce((a, b) -> Message.of("list.join", a, b)).orElseThrow();
        boolean whole = AddressParts.within(range.cidr(), podNetwork);
        notes.add(Message.of(whole ? "query.note.rangeInPodNetwork" : "query.note.rangeSharesPodNetwork", range.cidr().toString(), where));
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
    private Protocol toNamedPort(List<Peer> sources, Target destination, PortQuery.Named port, List<Hop> hops, List<Message> notes) {
        if (!(destination instanceof Target.Pods pods)) {
            throw new QueryException(Message.of("query.error.namedPortNeedsPods", port.name(), destination.text()));
        }
        Protocol protocol = null;
        for (Pod pod : pods.pods()) {
            Optional<ContainerPort> named = pod.ports().stream()
                    .filter(p -> p.name().equals(port.name()) && port.protocol().map(x -> x == p.protocol()).orElse(true)).findFirst();
            for (Peer src : sources) {
                if (named.isEmpty()) {
                    hops.add(new Hop(Optional.empty(), src + " → " + pod.ref(),
                            Optional.of(Message.of("query.hop.noNamedPort", pod.ref().toString(), port.name()))));
                } else {
                    protocol = protocol == null ? named.get().protocol() : protocol;
                    hops.add(judged(engine.verdict(src, Peer.of(pod), named.get().protocol(), named.get().number()), "", Optional.empty()));
                }
            }
        }
        if (protocol == null) {
            throw new QueryException(Message.of("query.error.noNamedContainerPort", destination.text(), port.text()));
        }
        if (hops.stream().anyMatch(h -> h.verdict().isEmpty())) {
            notes.add(Message.of("query.note.namedPortMissing", destination.text(), port.name()));
        }
        return protocol;
    }

    /** The Service port a question names: by number (or node port) and protocol, or by name. */
    private static ServicePort servicePort(Service service, PortQuery port) {
        if (port instanceof PortQuery.Named named) {
            return service.ports().stream()
                    .filter(p -> p.name().equals(named.name()) && named.protocol().map(x -> x == p.protocol()).orElse(true)).findFirst()
                    .orElseThrow(() -> new QueryException(Message.of("query.error.noServicePortNamed", service.qualifiedName(), named.name(),
                            service.ports().stream().map(p -> p.name().isEmpty() ? p.portProtocol().toString() : p.name()).toList().toString())));
        }
        PortQuery.Number n = (PortQuery.Number) port;
        PortProtocol asked = n.port();
        return service.ports().stream()
                .filter(p -> p.portProtocol().equals(asked) || p.nodePortProtocol().filter(asked::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new QueryException(Message.of("query.error.noServicePort", service.qualifiedName(), asked.toString(),
                        service.ports().stream().map(ServicePort::portProtocol).toList().toString())));
    }

    /** A judged connection. */
    private static Hop judged(Verdict verdict, String via, Optional<Message> note) {
        return new Hop(Optional.of(verdict), via, note);
    }

    /** What a backend remarks, when it remarks anything. */
    private static Optional<Message> remark(ServiceBackend backend) {
        return backend.remarks().isEmpty() ? Optional.empty() : Optional.of(backend.remark());
    }

    private void throughService(List<Peer> sources, Service service, ServicePort servicePort, List<Hop> hops, List<Message> notes) {
        Protocol protocol = servicePort.protocol();
        List<ServiceBackend> targets = backends.of(service, servicePort);
        if (targets.isEmpty()) {
            notes.add(Message.of("query.note.noBackend", service.qualifiedName()));
            return;
        }
        for (Peer client : sources) {
            for (SeenSource seen : seenBy(client, service, notes)) {
                for (ServiceBackend backend : targets) {
                    String via = (seen.via().isEmpty() ? client + " → " : seen.via()) + "svc:" + service.qualifiedName() + " " + servicePort.portProtocol() + " → " + backend.peer()
                            + backend.targetPort().map(n -> ":" + n).orElse("");
                    if (backend.targetPort().isEmpty()) {
                        hops.add(new Hop(Optional.empty(), via, remark(backend)));
                    } else {
                        hops.add(judged(engine.verdict(seen.peer(), backend.peer(), protocol, backend.targetPort().get()),
                                via, remark(backend)));
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
    private List<SeenSource> seenBy(Peer client, Service service, List<Message> notes) {
        boolean entersThroughNode = service.type() == ServiceType.NODE_PORT || service.type() == ServiceType.LOAD_BALANCER;
        if (!(client instanceof Peer.External) || !entersThroughNode) {
            return List.of(new SeenSource(client, ""));
        }
        if (service.externalTrafficLocal()) {
            notes.add(Message.of("query.note.localKeepsClient", client.toString()));
            return List.of(new SeenSource(client, ""));
        }
        List<SeenSource> out = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            node.addresses().stream().findFirst().ifPresent(address -> out.add(new SeenSource(Peer.of(address),
                    client + " enters node " + node.name() + ", SNAT to " + address + " → ")));
        }
        if (out.isEmpty()) {
            notes.add(Message.of("query.note.snatWithoutNodes", client.toString()));
            return List.of(new SeenSource(client, ""));
        }
        notes.add(Message.of("query.note.snat", client.toString()));
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
