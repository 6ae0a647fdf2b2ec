package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a {@code policy.networking.k8s.io} AdminNetworkPolicy, BaselineAdminNetworkPolicy
 * ({@code v1alpha1}) or ClusterNetworkPolicy ({@code v1alpha2}) into the model, read from the
 * generic object (fabric8 has no class for these kinds). Rejects what the API server's schema
 * rejects, naming the field; a peer with no field this version knows "fails closed" as the API
 * says: an Allow rule then matches nothing, a Deny or Pass rule denies everything.
 */
final class AdminPolicyConverter {

    /** The API group of the three kinds. */
    static final String GROUP = "policy.networking.k8s.io";

    private static final Set<String> PEER_FIELDS = Set.of("namespaces", "pods", "nodes", "networks", "domainNames");
    private static final int MIN_PRIORITY = 0;
    private static final int MAX_PRIORITY = 1000;

    private AdminPolicyConverter() {
    }

    /** The kind of an object of this apiVersion and kind, when it is one of the three read. */
    static Optional<AdminPolicy.Kind> kindOf(String apiVersion, String kind) {
        for (AdminPolicy.Kind k : AdminPolicy.Kind.values()) {
            if (k.apiVersion().equals(apiVersion) && k.kindName().equals(kind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static AdminPolicy convert(GenericKubernetesResource resource, AdminPolicy.Kind kind, ObjectOrigin origin,
            Consumer<Message> warnings) throws ManifestException {
        SpecFields spec = SpecFields.of(resource.getAdditionalProperties().get("spec"), Message.verbatim("spec"), origin);
        AdminPolicy.Tier tier = tier(kind, spec, origin);
        int priority = AdminPolicy.BASELINE_ADMIN_PRIORITY;
        if (kind == AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY) {
            if (!origin.name().equals("default")) {
                throw origin.error("sourceError.banpName", origin.name());
            }
        } else {
            priority = spec.number("priority").orElseThrow(() -> origin.error("sourceError.required", spec.at("priority")));
            if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
                throw origin.error("sourceError.priority", String.valueOf(priority));
            }
        }
        Rules rules = new Rules(kind, origin, warnings);
        return new AdminPolicy(kind, origin.name(), tier, priority, subject(spec.map("subject"), kind),
                rules.of(spec, Direction.INGRESS), rules.of(spec, Direction.EGRESS));
    }

    private static AdminPolicy.Tier tier(AdminPolicy.Kind kind, SpecFields spec, ObjectOrigin origin) throws ManifestException {
        return switch (kind) {
            case ADMIN_NETWORK_POLICY -> AdminPolicy.Tier.ADMIN;
            case BASELINE_ADMIN_NETWORK_POLICY -> AdminPolicy.Tier.BASELINE;
            case CLUSTER_NETWORK_POLICY -> {
                String tier = spec.text("tier").orElseThrow(() -> origin.error("sourceError.required", spec.at("tier")));
                if (tier.equals("Admin")) {
                    yield AdminPolicy.Tier.ADMIN;
                }
                if (tier.equals("Baseline")) {
                    yield AdminPolicy.Tier.BASELINE;
                }
                throw origin.error("sourceError.tier", tier);
            }
        };
    }

    /** Exactly one of namespaces (every pod of the selected namespaces) or pods (namespace AND pod selector). */
    private static PolicySubject subject(SpecFields subject, AdminPolicy.Kind kind) throws ManifestException {
        if (subject.oneOf(List.of("namespaces", "pods")).equals("namespaces")) {
            return new PolicySubject.Namespaces(subject.selector("namespaces"));
        }
        SpecFields pods = subject.map("pods");
        return new PolicySubject.Pods(selector(pods, "namespaceSelector"), selector(pods, "podSelector"));
    }

    /**
     * A selector of a {@code pods} field; one left out is the empty selector (every namespace,
     * every pod), as the Go types decode it and as netpol-analyzer reads it.
     */
    private static io.kubereach.model.LabelSelector selector(SpecFields pods, String field) throws ManifestException {
        return pods.has(field) ? pods.selector(field) : io.kubereach.model.LabelSelector.ALL;
    }

    /** The rules of one direction, with the kind's actions, peers and ports. */
    private record Rules(AdminPolicy.Kind kind, ObjectOrigin origin, Consumer<Message> warnings) {

        List<AdminRule> of(SpecFields spec, Direction direction) throws ManifestException {
            boolean ingress = direction == Direction.INGRESS;
            List<AdminRule> out = new ArrayList<>();
            for (SpecFields rule : spec.items(ingress ? "ingress" : "egress",
                    i -> Message.of(ingress ? "sourceWhere.ingressRule" : "sourceWhere.egressRule", String.valueOf(i)))) {
                out.add(rule(rule, ingress));
            }
            return out;
        }

        private AdminRule rule(SpecFields rule, boolean ingress) throws ManifestException {
            String name = rule.text("name").orElse("");
            RuleAction action = action(rule);
            String peersField = ingress ? "from" : "to";
            List<?> items = rule.list(peersField);
            if (items.isEmpty()) {
                throw origin.error("sourceError.noPeers", rule.where(), peersField);
            }
            List<AdminPeer> peers = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                SpecFields peer = SpecFields.of(items.get(i), Message.of("sourceWhere.peer", rule.where(), String.valueOf(i + 1)), origin);
                Optional<AdminPeer> converted = peer(peer, ingress);
                if (converted.isPresent()) {
                    peers.add(converted.get());
                } else {
                    unknown.add(String.join(", ", peer.setFields()));
                }
            }
            // a named port toward nodes, networks or domain names matches nothing there (only pods have named ports);
            // the experimental CRDs refuse the combination, the standard ones accept it
            List<AdminPort> ports = kind == AdminPolicy.Kind.CLUSTER_NETWORK_POLICY ? protocols(rule) : ports(rule);
            if (!unknown.isEmpty()) {
                // "fail closed": an Allow rule matches nothing; a Deny or Pass rule acts as deny-all
                boolean allow = action == RuleAction.ALLOW;
                warnings.accept(origin.warning(Message.of(allow ? "sourceWarning.failClosedAllow" : "sourceWarning.failClosedDeny",
                        rule.where(), String.join("; ", unknown))));
                if (!allow) {
                    return new AdminRule(name, RuleAction.DENY, List.of(new AdminPeer.Everyone(String.join("; ", unknown))), List.of());
                }
            }
            return new AdminRule(name, action, peers, ports);
        }

        private RuleAction action(SpecFields rule) throws ManifestException {
            String text = rule.text("action").orElseThrow(() -> origin.error("sourceError.required", rule.at("action")));
            String allow = kind == AdminPolicy.Kind.CLUSTER_NETWORK_POLICY ? "Accept" : "Allow";
            if (text.equals(allow)) {
                return RuleAction.ALLOW;
            }
            if (text.equals("Deny")) {
                return RuleAction.DENY;
            }
            boolean passes = kind != AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY;
            if (text.equals("Pass") && passes) {
                return RuleAction.PASS;
            }
            throw origin.error("sourceError.action", rule.where(), text, allow + ", Deny" + (passes ? ", Pass" : ""));
        }

        /** Exactly one field; empty when none of the fields is one this version knows (the rule then fails closed). */
        private Optional<AdminPeer> peer(SpecFields peer, boolean ingress) throws ManifestException {
            Set<String> set = peer.setFields();
            List<String> known = set.stream().filter(PEER_FIELDS::contains).toList();
            Set<String> allowed = ingress ? Set.of("namespaces", "pods")
                    : kind == AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY ? Set.of("namespaces", "pods", "nodes", "networks") : PEER_FIELDS;
            if (set.isEmpty() || set.size() > 1) {
                throw origin.error("sourceError.oneOf", peer.where(), String.join(", ", set), String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (known.isEmpty()) {
                return Optional.empty();
            }
            String field = known.get(0);
            if (!allowed.contains(field)) {
                throw origin.error("sourceError.oneOf", peer.where(), field, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            return Optional.of(switch (field) {
                case "namespaces" -> new AdminPeer.Namespaces(peer.selector("namespaces"));
                case "pods" -> {
                    SpecFields pods = peer.map("pods");
                    yield new AdminPeer.Pods(selector(pods, "namespaceSelector"), selector(pods, "podSelector"));
                }
                case "nodes" -> new AdminPeer.Nodes(peer.selector("nodes"));
                case "networks" -> new AdminPeer.Networks(cidrs(peer));
                default -> new AdminPeer.DomainNames(texts(peer, "domainNames"));
            });
        }

        private List<Cidr> cidrs(SpecFields peer) throws ManifestException {
            List<Cidr> out = new ArrayList<>();
            for (String text : texts(peer, "networks")) {
                out.add(Cidr.parse(text.trim()).orElseThrow(() -> origin.error("sourceError.notCidr", peer.at("networks"), text)));
            }
            return out;
        }

        private List<String> texts(SpecFields peer, String field) throws ManifestException {
            List<String> out = new ArrayList<>();
            for (Object item : peer.list(field)) {
                if (!(item instanceof String s)) {
                    throw origin.error("sourceError.notText", peer.at(field));
                }
                out.add(s);
            }
            if (out.isEmpty()) {
                throw origin.error("sourceError.required", peer.at(field));
            }
            return out;
        }

        /** v1alpha1 {@code ports}: each exactly one of portNumber, portRange, namedPort. */
        private List<AdminPort> ports(SpecFields rule) throws ManifestException {
            List<AdminPort> out = new ArrayList<>();
            for (SpecFields entry : rule.items("ports", i -> Message.of("sourceWhere.port", rule.where(), String.valueOf(i)))) {
                String field = entry.oneOf(List.of("namedPort", "portNumber", "portRange"));
                if (field.equals("namedPort")) {
                    out.add(named(entry, field));
                    continue;
                }
                SpecFields numbers = entry.map(field);
                boolean single = field.equals("portNumber");
                out.add(numbers(protocol(numbers), numbers, single ? "port" : "start", single ? "port" : "end"));
            }
            return out;
        }

        /** v1alpha2 {@code protocols}: each exactly one of tcp, udp, sctp (with a destinationPort), destinationNamedPort. */
        private List<AdminPort> protocols(SpecFields rule) throws ManifestException {
            List<AdminPort> out = new ArrayList<>();
            for (SpecFields entry : rule.items("protocols", i -> Message.of("sourceWhere.port", rule.where(), String.valueOf(i)))) {
                String field = entry.oneOf(List.of("destinationNamedPort", "sctp", "tcp", "udp"));
                if (field.equals("destinationNamedPort")) {
                    out.add(named(entry, field));
                    continue;
                }
                Protocol protocol = Protocol.valueOf(field.toUpperCase(java.util.Locale.ROOT));
                SpecFields port = entry.map(field).map("destinationPort");
                out.add(port.oneOf(List.of("number", "range")).equals("number")
                        ? numbers(protocol, port, "number", "number")
                        : numbers(protocol, port.map("range"), "start", "end"));
            }
            return out;
        }

        private AdminPort named(SpecFields entry, String field) throws ManifestException {
            String name = entry.text(field).orElse("");
            if (name.isBlank()) {
                throw origin.error("sourceError.emptyPortName", entry.where());
            }
            return new AdminPort.Named(name);
        }

        private Protocol protocol(SpecFields port) throws ManifestException {
            return origin.protocol(port.text("protocol").orElse(null), port.where());
        }

        private int port(SpecFields port, String field) throws ManifestException {
            int n = port.number(field).orElseThrow(() -> origin.error("sourceError.required", port.at(field)));
            if (n < 1 || n > 65535) {
                throw origin.error("sourceError.portRange", port.at(field), String.valueOf(n));
            }
            return n;
        }

        /** The ports between two fields of a map (the same field for a single port), inclusive. */
        private AdminPort numbers(Protocol protocol, SpecFields fields, String start, String end) throws ManifestException {
            int from = port(fields, start);
            int to = port(fields, end);
            if (to < from) {
                throw origin.error("sourceError.rangeBelow", fields.where(), String.valueOf(to), String.valueOf(from));
            }
            return new AdminPort.Numbers(protocol, from, to);
        }
    }
}
