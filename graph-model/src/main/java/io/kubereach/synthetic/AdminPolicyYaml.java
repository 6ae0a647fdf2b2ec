package io.kubereach.synthetic;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.RuleAction;
import io.kubereach.yaml.PolicyYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster-wide policy as the manifest an administrator would write: v1alpha1 for
 * AdminNetworkPolicies and the BaselineAdminNetworkPolicy, v1alpha2 (with {@code tier} and
 * {@code protocols}) for ClusterNetworkPolicies.
 */
final class AdminPolicyYaml {

    private AdminPolicyYaml() {
    }

    static Map<String, Object> document(AdminPolicy policy) {
        Map<String, Object> doc = ManifestYaml.header(policy.kind().apiVersion(), policy.kind().kindName());
        doc.put("metadata", ManifestYaml.metadata(policy.name(), Optional.empty(), Map.of()));
        boolean v2 = policy.kind() == AdminPolicy.Kind.CLUSTER_NETWORK_POLICY;
        Map<String, Object> spec = new LinkedHashMap<>();
        if (v2) {
            spec.put("tier", policy.tier() == AdminPolicy.Tier.ADMIN ? "Admin" : "Baseline");
        }
        if (policy.hasPriority()) {
            spec.put("priority", policy.priority());
        }
        spec.put("subject", subject(policy.subject()));
        if (!policy.ingress().isEmpty()) {
            spec.put("ingress", rules(policy.ingress(), "from", v2));
        }
        if (!policy.egress().isEmpty()) {
            spec.put("egress", rules(policy.egress(), "to", v2));
        }
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> subject(PolicySubject subject) {
        if (subject instanceof PolicySubject.Namespaces n) {
            return ManifestYaml.entries("namespaces", PolicyYaml.selector(n.namespaces()));
        }
        PolicySubject.Pods p = (PolicySubject.Pods) subject;
        return ManifestYaml.entries("pods", ManifestYaml.entries("namespaceSelector", PolicyYaml.selector(p.namespaces()),
                "podSelector", PolicyYaml.selector(p.pods())));
    }

    private static List<Object> rules(List<AdminRule> rules, String peersKey, boolean v2) {
        List<Object> out = new ArrayList<>();
        for (AdminRule rule : rules) {
            Map<String, Object> r = new LinkedHashMap<>();
            if (!rule.name().isEmpty()) {
                r.put("name", rule.name());
            }
            r.put("action", action(rule.action(), v2));
            r.put(peersKey, rule.peers().stream().map(AdminPolicyYaml::peer).toList());
            if (!rule.allPorts()) {
                r.put(v2 ? "protocols" : "ports", rule.ports().stream().map(p -> v2 ? protocol(p) : port(p)).toList());
            }
            out.add(r);
        }
        return out;
    }

    private static String action(RuleAction action, boolean v2) {
        return switch (action) {
            case ALLOW -> v2 ? "Accept" : "Allow";
            case DENY -> "Deny";
            case PASS -> "Pass";
        };
    }

    private static Map<String, Object> peer(AdminPeer peer) {
        if (peer instanceof AdminPeer.Namespaces n) {
            return ManifestYaml.entries("namespaces", PolicyYaml.selector(n.namespaces()));
        }
        if (peer instanceof AdminPeer.Pods p) {
            return ManifestYaml.entries("pods", ManifestYaml.entries("namespaceSelector", PolicyYaml.selector(p.namespaces()),
                    "podSelector", PolicyYaml.selector(p.pods())));
        }
        if (peer instanceof AdminPeer.Nodes n) {
            return ManifestYaml.entries("nodes", PolicyYaml.selector(n.nodes()));
        }
        if (peer instanceof AdminPeer.Networks n) {
            return ManifestYaml.entries("networks", n.cidrs().stream().map(Cidr::toString).toList());
        }
        if (peer instanceof AdminPeer.DomainNames d) {
            return ManifestYaml.entries("domainNames", d.names());
        }
        throw new IllegalArgumentException("a peer that fails closed has no manifest form: " + peer);
    }

    /** A v1alpha1 port entry. */
    private static Map<String, Object> port(AdminPort port) {
        if (port instanceof AdminPort.Named n) {
            return ManifestYaml.entries("namedPort", n.name());
        }
        AdminPort.Numbers n = (AdminPort.Numbers) port;
        return n.from() == n.to()
                ? ManifestYaml.entries("portNumber", ManifestYaml.entries("protocol", n.protocol().name(), "port", n.from()))
                : ManifestYaml.entries("portRange", ManifestYaml.entries("protocol", n.protocol().name(), "start", n.from(), "end", n.to()));
    }

    /** A v1alpha2 protocols entry. */
    private static Map<String, Object> protocol(AdminPort port) {
        if (port instanceof AdminPort.Named n) {
            return ManifestYaml.entries("destinationNamedPort", n.name());
        }
        AdminPort.Numbers n = (AdminPort.Numbers) port;
        Map<String, Object> destination = n.from() == n.to() ? ManifestYaml.entries("number", n.from())
                : ManifestYaml.entries("range", ManifestYaml.entries("start", n.from(), "end", n.to()));
        return ManifestYaml.entries(n.protocol().name().toLowerCase(java.util.Locale.ROOT), ManifestYaml.entries("destinationPort", destination));
    }
}
