package io.kubereach.yaml;

import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a NetworkPolicy into its manifest tree so that reading the manifest back gives the same
 * record: every peer, every port (named, ranged with {@code endPort}, or a protocol alone),
 * {@code ipBlock.except}, {@code matchExpressions}; {@code policyTypes} as {@link PolicyTypes} says.
 * {@link YamlText} writes the tree, so every manifest KubeReach writes quotes the same way.
 */
public final class PolicyYaml {

    /** Which {@code policyTypes} a written policy names. */
    public enum PolicyTypes {
        /**
         * As the manifest declared them, and undeclared ones only where a reader would fill in
         * others: the manifest as it was, for files read back.
         */
        AS_DECLARED,
        /**
         * Always, the types the engine judges with, and an empty rule list for a direction they
         * isolate without a rule: the policy as KubeReach reads it, to check a description against.
         */
        AS_JUDGED
    }

    private PolicyYaml() {
    }

    /** The policy as one YAML document. */
    public static String text(NetworkPolicy policy, PolicyTypes written) {
        return YamlText.document(document(policy, written));
    }

    /** The policy as a manifest tree. */
    private static Map<String, Object> document(NetworkPolicy policy, PolicyTypes written) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "networking.k8s.io/v1");
        doc.put("kind", "NetworkPolicy");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", policy.name());
        metadata.put("namespace", policy.namespace());
        doc.put("metadata", metadata);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podSelector", selector(policy.podSelector()));
        boolean judged = written == PolicyTypes.AS_JUDGED;
        if (judged || mustWritePolicyTypes(policy)) {
            List<String> types = new ArrayList<>();
            for (Direction d : Direction.values()) {
                if (policy.isolates(d)) {
                    types.add(d.apiName());
                }
            }
            spec.put("policyTypes", types);
        }
        if (!policy.ingress().isEmpty() || (judged && policy.isolates(Direction.INGRESS))) {
            spec.put("ingress", rules(policy.ingress(), "from"));
        }
        if (!policy.egress().isEmpty() || (judged && policy.isolates(Direction.EGRESS))) {
            spec.put("egress", rules(policy.egress(), "to"));
        }
        doc.put("spec", spec);
        return doc;
    }

    /**
     * Declared policy types are written as declared. Undeclared ones are left out, as in the
     * manifest, unless the record's types are not what a reader would fill in (rule 3): then
     * leaving them out would change the policy, and writing them is the faithful choice.
     */
    private static boolean mustWritePolicyTypes(NetworkPolicy policy) {
        return policy.policyTypesDeclared()
                || !policy.policyTypes().equals(NetworkPolicy.defaultPolicyTypes(!policy.egress().isEmpty()));
    }

    private static List<Object> rules(List<PolicyRule> rules, String peersKey) {
        List<Object> out = new ArrayList<>();
        for (PolicyRule rule : rules) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (!rule.allPeers()) {
                map.put(peersKey, rule.peers().stream().map(PolicyYaml::peer).toList());
            }
            if (!rule.allPorts()) {
                map.put("ports", rule.ports().stream().map(PolicyYaml::port).toList());
            }
            out.add(map);
        }
        return out;
    }

    private static Map<String, Object> peer(PolicyPeer peer) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (peer instanceof PolicyPeer.Addresses a) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("cidr", a.block().cidr().toString());
            if (!a.block().except().isEmpty()) {
                block.put("except", a.block().except().stream().map(Cidr::toString).toList());
            }
            map.put("ipBlock", block);
            return map;
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        s.namespaceSelector().ifPresent(n -> map.put("namespaceSelector", selector(n)));
        s.podSelector().ifPresent(p -> map.put("podSelector", selector(p)));
        return map;
    }

    private static Map<String, Object> port(PolicyPort entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("protocol", entry.protocol().name());
        if (entry.port() instanceof PortSpec.Named n) {
            map.put("port", n.name());
        } else if (entry.port() instanceof PortSpec.Range r) {
            map.put("port", r.from());
            if (r.to() != r.from()) {
                map.put("endPort", r.to());
            }
        }
        // PortSpec.AnyPort: the protocol alone, every port of it (rule 14)
        return map;
    }

    /** A label selector; the empty selector is {@code {}}, which selects everything. */
    public static Map<String, Object> selector(LabelSelector selector) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!selector.matchLabels().isEmpty()) {
            map.put("matchLabels", new TreeMap<>(selector.matchLabels()));
        }
        if (!selector.requirements().isEmpty()) {
            map.put("matchExpressions", selector.requirements().stream().map(PolicyYaml::requirement).toList());
        }
        return map;
    }

    private static Map<String, Object> requirement(LabelRequirement r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", r.key());
        map.put("operator", switch (r.operator()) {
            case IN -> "In";
            case NOT_IN -> "NotIn";
            case EXISTS -> "Exists";
            case DOES_NOT_EXIST -> "DoesNotExist";
        });
        if (r.operator() == LabelRequirement.Operator.IN || r.operator() == LabelRequirement.Operator.NOT_IN) {
            map.put("values", List.copyOf(new TreeSet<>(r.values())));
        }
        return map;
    }
}
