package io.kubereach.describe;

import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The phrases descriptions and traps share: peers, ports, selectors, pod lists, directions. */
final class Phrases {

    private Phrases() {
    }

    /** "ingress" or "egress". */
    static Message direction(Direction direction) {
        return Message.of(direction == Direction.INGRESS ? "direction.ingress" : "direction.egress");
    }

    /** A selector the way kubectl prints it. */
    static Message selector(LabelSelector selector) {
        return Message.verbatim(selector.toString());
    }

    /** Pod names: bare names when they all live in {@code namespace}, else {@code namespace/name}. */
    static Message pods(List<PodRef> pods, String namespace) {
        boolean local = pods.stream().allMatch(p -> p.namespace().equals(namespace));
        return Message.names(pods.stream().map(p -> local ? p.name() : p.toString()).toList());
    }

    /** A peer as written, without what it matches now. */
    static Message peer(PeerDescription peer) {
        if (peer instanceof PeerDescription.Addresses a) {
            return addresses(a);
        }
        PeerDescription.Pods p = (PeerDescription.Pods) peer;
        Optional<LabelSelector> pods = p.podSelector().filter(s -> !s.isEmpty());
        Optional<String> single = singleNamespace(p);
        if (single.isPresent()) {
            return pods.map(s -> Message.of("peer.podsIn", selector(s), single.get()))
                    .orElse(Message.of("peer.allPodsIn", single.get()));
        }
        LabelSelector namespaces = p.namespaceSelector().get();
        if (namespaces.isEmpty()) {
            return pods.map(s -> Message.of("peer.podsEverywhere", selector(s)))
                    .orElse(Message.of("peer.allPodsEverywhere"));
        }
        return pods.map(s -> Message.of("peer.podsOfNamespaces", selector(s), selector(namespaces)))
                .orElse(Message.of("peer.allPodsOfNamespaces", selector(namespaces)));
    }

    /** A peer with what it matches in the snapshot now. */
    static Message peerNow(PeerDescription peer) {
        if (peer instanceof PeerDescription.Addresses) {
            return peer(peer);
        }
        PeerDescription.Pods p = (PeerDescription.Pods) peer;
        Message written = peer(p);
        Optional<String> single = singleNamespace(p);
        if (single.isEmpty()) {
            if (p.namespaces().isEmpty()) {
                return Message.of("peer.now.noNamespace", written);
            }
            return Message.of("peer.now.namespaces", written, p.namespaces().size(),
                    Message.names(p.namespaces()), p.pods().size());
        }
        if (p.pods().isEmpty()) {
            return Message.of("peer.now.noPod", written);
        }
        return Message.of("peer.now.pods", written, p.pods().size(), pods(p.pods(), single.get()));
    }

    /**
     * The one namespace a selector peer is about: the policy's own without a namespaceSelector,
     * or the namespace a selector picks by its name label alone ({@code kubernetes.io/metadata.name=shop}).
     */
    static Optional<String> singleNamespace(PeerDescription.Pods peer) {
        if (peer.namespaceSelector().isEmpty()) {
            return Optional.of(peer.policyNamespace());
        }
        LabelSelector namespaces = peer.namespaceSelector().get();
        if (namespaces.requirements().isEmpty() && namespaces.matchLabels().size() == 1) {
            return Optional.ofNullable(namespaces.matchLabels().get(Namespace.NAME_LABEL));
        }
        return Optional.empty();
    }

    private static Message addresses(PeerDescription.Addresses a) {
        String cidr = a.block().cidr().toString();
        if (a.block().except().isEmpty()) {
            return Message.of("peer.block", cidr, Message.series(ranges(a)));
        }
        Message excepts = Message.series(a.block().except().stream().map(c -> Message.verbatim(c.toString())).toList());
        if (a.ranges().isEmpty()) {
            return Message.of("peer.blockEmpty", cidr, excepts);
        }
        return Message.of("peer.blockExcept", cidr, excepts, Message.series(ranges(a)));
    }

    private static List<Message> ranges(PeerDescription.Addresses a) {
        return a.ranges().stream().map(r -> Message.verbatim(r.toString())).toList();
    }

    /** The port entries of a rule. */
    static Message ports(List<PortDescription> ports, String namespace) {
        return Message.series(ports.stream().map(p -> port(p, namespace)).toList());
    }

    /** One port entry; a named one with what it resolves to on each pod in scope. */
    static Message port(PortDescription description, String namespace) {
        PolicyPort port = description.port();
        if (port.port() instanceof PortSpec.AnyPort) {
            return Message.of("port.anyOfProtocol", port.protocol().name());
        }
        if (port.port() instanceof PortSpec.Range r) {
            String number = r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "–" + r.to();
            return Message.of("port.number", number + "/" + port.protocol());
        }
        String name = ((PortSpec.Named) port.port()).name() + "/" + port.protocol();
        if (description.resolutions().isEmpty() && description.undeclared().isEmpty()) {
            return Message.of("port.named", name);
        }
        List<Message> where = new ArrayList<>();
        for (PortDescription.Resolution r : description.resolutions()) {
            where.add(Message.of("port.resolvesTo", String.valueOf(r.number()), pods(r.pods(), namespace)));
        }
        if (!description.undeclared().isEmpty()) {
            where.add(Message.of("port.undeclaredOn", pods(description.undeclared(), namespace)));
        }
        return Message.of("port.namedResolved", name, Message.series(where));
    }

    /** A named port entry as written, e.g. {@code http/TCP}. */
    static String portName(PortDescription description) {
        return ((PortSpec.Named) description.port().port()).name() + "/" + description.port().protocol();
    }
}
