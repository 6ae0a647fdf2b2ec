package io.kubereach.source;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@code networking.k8s.io/v1} NetworkPolicy into the model, filling the defaults the
 * API server would fill (rules 3, 7, 8, 14) and rejecting what it would reject (rules 9, 15, 17).
 */
final class NetworkPolicyConverter {

    private static final int MAX_PORT = 65535;

    private NetworkPolicyConverter() {
    }

    static NetworkPolicy convert(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy policy, ObjectOrigin origin)
            throws ManifestException {
        NetworkPolicySpec spec = policy.getSpec() == null ? new NetworkPolicySpec() : policy.getSpec();
        LabelSelector podSelector = spec.getPodSelector() == null
                ? LabelSelector.ALL
                : LabelSelectorConverter.convert(spec.getPodSelector(), origin, Message.verbatim("podSelector"));
        List<PolicyRule> ingress = new ArrayList<>();
        List<NetworkPolicyIngressRule> ingressRules = orEmpty(spec.getIngress());
        for (int i = 0; i < ingressRules.size(); i++) {
            // an empty list item ("- ") is decoded by the API server as an empty rule: every peer, every port
            NetworkPolicyIngressRule rule = ingressRules.get(i) == null ? new NetworkPolicyIngressRule() : ingressRules.get(i);
            Message where = Message.of("sourceWhere.ingressRule", String.valueOf(i + 1));
            ingress.add(new PolicyRule(peers(rule.getFrom(), origin, where), ports(rule.getPorts(), origin, where)));
        }
        List<PolicyRule> egress = new ArrayList<>();
        List<NetworkPolicyEgressRule> egressRules = orEmpty(spec.getEgress());
        for (int i = 0; i < egressRules.size(); i++) {
            NetworkPolicyEgressRule rule = egressRules.get(i) == null ? new NetworkPolicyEgressRule() : egressRules.get(i);
            Message where = Message.of("sourceWhere.egressRule", String.valueOf(i + 1));
            egress.add(new PolicyRule(peers(rule.getTo(), origin, where), ports(rule.getPorts(), origin, where)));
        }
        // rule 3: the API server fills policyTypes in when the manifest leaves them out (or empty)
        List<String> declared = orEmpty(spec.getPolicyTypes());
        Set<Direction> policyTypes = declared.isEmpty()
                ? NetworkPolicy.defaultPolicyTypes(!egress.isEmpty())
                : policyTypes(declared, origin);
        return new NetworkPolicy(origin.namespace(), origin.name(), podSelector, policyTypes, !declared.isEmpty(),
                ingress, egress);
    }

    private static Set<Direction> policyTypes(List<String> declared, ObjectOrigin origin) throws ManifestException {
        Set<Direction> types = EnumSet.noneOf(Direction.class);
        for (String type : declared) {
            Direction direction = null;
            for (Direction d : Direction.values()) {
                if (d.apiName().equals(type)) {
                    direction = d;
                }
            }
            if (direction == null) {
                throw origin.error("sourceError.policyType", String.valueOf(type));
            }
            types.add(direction);
        }
        return types;
    }

    private static List<PolicyPeer> peers(List<NetworkPolicyPeer> items, ObjectOrigin origin, Message rule)
            throws ManifestException {
        List<PolicyPeer> peers = new ArrayList<>();
        List<NetworkPolicyPeer> list = orEmpty(items);
        for (int i = 0; i < list.size(); i++) {
            peers.add(peer(list.get(i), origin, Message.of("sourceWhere.peer", rule, String.valueOf(i + 1))));
        }
        return peers;
    }

    /** Rule 9: a peer is either an ipBlock or selectors, never both, never neither. */
    private static PolicyPeer peer(NetworkPolicyPeer peer, ObjectOrigin origin, Message where) throws ManifestException {
        if (peer == null) {
            throw origin.error("sourceError.peerNeither", where); // an empty list item: an empty peer, which the API server refuses
        }
        boolean pods = peer.getPodSelector() != null;
        boolean namespaces = peer.getNamespaceSelector() != null;
        if (peer.getIpBlock() != null) {
            if (pods || namespaces) {
                String selectors = pods && namespaces ? "podSelector and namespaceSelector"
                        : pods ? "podSelector" : "namespaceSelector";
                throw origin.error("sourceError.peerBoth", where, selectors);
            }
            return new PolicyPeer.Addresses(ipBlock(peer.getIpBlock(), origin, where));
        }
        if (!pods && !namespaces) {
            throw origin.error("sourceError.peerNeither", where);
        }
        Optional<LabelSelector> podSelector = pods
                ? Optional.of(LabelSelectorConverter.convert(peer.getPodSelector(), origin, Message.of("sourceWhere.field", where, "podSelector")))
                : Optional.empty();
        Optional<LabelSelector> namespaceSelector = namespaces
                ? Optional.of(LabelSelectorConverter.convert(peer.getNamespaceSelector(), origin, Message.of("sourceWhere.field", where, "namespaceSelector")))
                : Optional.empty();
        return new PolicyPeer.Selectors(podSelector, namespaceSelector);
    }

    private static IpBlock ipBlock(IPBlock block, ObjectOrigin origin, Message where) throws ManifestException {
        Cidr cidr = cidr(block.getCidr(), origin, Message.of("sourceWhere.field", where, "ipBlock cidr"));
        List<Cidr> except = new ArrayList<>();
        for (String text : orEmpty(block.getExcept())) {
            Cidr e = cidr(text, origin, Message.of("sourceWhere.field", where, "ipBlock except"));
            // the API server wants every except to be a strict subset of the cidr
            if (!cidr.contains(e.first()) || !cidr.contains(e.last()) || e.equals(cidr)) {
                throw origin.error("sourceError.exceptNotSubset", where, String.valueOf(text), String.valueOf(block.getCidr()));
            }
            except.add(e);
        }
        return new IpBlock(cidr, except);
    }

    private static Cidr cidr(String text, ObjectOrigin origin, Message where) throws ManifestException {
        Optional<Cidr> cidr = Cidr.parse(text == null ? "" : text.trim());
        if (cidr.isEmpty()) {
            throw origin.error("sourceError.notCidr", where, String.valueOf(text));
        }
        return cidr.get();
    }

    private static List<PolicyPort> ports(List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort> items,
            ObjectOrigin origin, Message rule) throws ManifestException {
        List<PolicyPort> ports = new ArrayList<>();
        var list = orEmpty(items);
        for (int i = 0; i < list.size(); i++) {
            // an empty list item is an empty port entry: TCP, every port
            var entry = list.get(i) == null ? new io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort() : list.get(i);
            Message where = Message.of("sourceWhere.port", rule, String.valueOf(i + 1));
            Protocol protocol = origin.protocol(entry.getProtocol(), where);
            ports.add(new PolicyPort(protocol, portSpec(entry.getPort(), entry.getEndPort(), origin, where)));
        }
        return ports;
    }

    /** Rule 15: {@code endPort} needs a numeric {@code port}, {@code endPort >= port}, both within 1..65535. */
    private static PortSpec portSpec(IntOrString port, Integer endPort, ObjectOrigin origin, Message where)
            throws ManifestException {
        if (port == null || (port.getIntVal() == null && port.getStrVal() == null)) {
            if (endPort != null) {
                throw origin.error("sourceError.endPortNeedsPort", where, String.valueOf(endPort));
            }
            return new PortSpec.AnyPort();
        }
        Integer number = port.getIntVal();
        String name = port.getStrVal();
        if (number == null) {
            if (name.isBlank()) {
                throw origin.error("sourceError.emptyPortName", where);
            }
            origin.checkPortName(name, where); // port: "80" is a name the API server refuses, not a number
            if (endPort != null) {
                throw origin.error("sourceError.endPortNamed", where, String.valueOf(endPort), name);
            }
            return new PortSpec.Named(name);
        }
        int last = endPort == null ? number : endPort;
        if (number < 1 || number > MAX_PORT) {
            throw origin.error("sourceError.portRange", where, String.valueOf(number));
        }
        if (last > MAX_PORT) {
            throw origin.error("sourceError.endPortRange", where, String.valueOf(last));
        }
        if (last < number) {
            throw origin.error("sourceError.endPortBelow", where, String.valueOf(last), String.valueOf(number));
        }
        return new PortSpec.Range(number, last);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
