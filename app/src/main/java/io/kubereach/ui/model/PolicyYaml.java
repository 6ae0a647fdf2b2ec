package io.kubereach.ui.model;

import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes a NetworkPolicy back as YAML, the way KubeReach reads it: with the defaults the API
 * server fills in ({@code policyTypes}, {@code protocol: TCP}), so what the description says can be
 * checked line by line against it. Manifest comments and field order are not kept: this is the
 * policy the engine judges with, not the file it came from.
 */
public final class PolicyYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private PolicyYaml() {
    }

    /** The policy as YAML. */
    public static String of(NetworkPolicy policy) {
        StringBuilder out = new StringBuilder();
        out.append("apiVersion: networking.k8s.io/v1\n");
        out.append("kind: NetworkPolicy\n");
        out.append("metadata:\n");
        out.append("  name: ").append(scalar(policy.name())).append('\n');
        out.append("  namespace: ").append(scalar(policy.namespace())).append('\n');
        out.append("spec:\n");
        selector(out, "  ", "podSelector", policy.podSelector());
        out.append("  policyTypes:\n");
        for (Direction d : Direction.values()) {
            if (policy.isolates(d)) {
                out.append("  - ").append(d.apiName()).append('\n');
            }
        }
        rules(out, policy, Direction.INGRESS, "ingress", "from");
        rules(out, policy, Direction.EGRESS, "egress", "to");
        return out.toString();
    }

    private static void rules(StringBuilder out, NetworkPolicy policy, Direction direction, String field, String peersField) {
        List<PolicyRule> rules = policy.rules(direction);
        if (rules.isEmpty()) {
            if (policy.isolates(direction)) {
                out.append("  ").append(field).append(": []\n");
            }
            return;
        }
        out.append("  ").append(field).append(":\n");
        for (PolicyRule rule : rules) {
            if (rule.allPeers() && rule.allPorts()) {
                out.append("  - {}\n");
                continue;
            }
            String first = "  - ";
            if (!rule.allPeers()) {
                out.append(first).append(peersField).append(":\n");
                first = "    ";
                for (PolicyPeer peer : rule.peers()) {
                    peer(out, peer);
                }
            }
            if (!rule.allPorts()) {
                out.append(first).append("ports:\n");
                for (PolicyPort port : rule.ports()) {
                    port(out, port);
                }
            }
        }
    }

    private static void peer(StringBuilder out, PolicyPeer peer) {
        if (peer instanceof PolicyPeer.Addresses a) {
            IpBlock block = a.block();
            out.append("    - ipBlock:\n");
            out.append("        cidr: ").append(block.cidr()).append('\n');
            if (!block.except().isEmpty()) {
                out.append("        except:\n");
                block.except().forEach(e -> out.append("        - ").append(e).append('\n'));
            }
            return;
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        String indent = "    - ";
        if (s.namespaceSelector().isPresent()) {
            selector(out, indent, "namespaceSelector", s.namespaceSelector().get());
            indent = "      ";
        }
        Optional<LabelSelector> pods = s.podSelector();
        if (pods.isPresent()) {
            selector(out, indent, "podSelector", pods.get());
        }
    }

    private static void port(StringBuilder out, PolicyPort port) {
        out.append("    - protocol: ").append(port.protocol()).append('\n');
        if (port.port() instanceof PortSpec.Range r) {
            out.append("      port: ").append(r.from()).append('\n');
            if (r.to() != r.from()) {
                out.append("      endPort: ").append(r.to()).append('\n');
            }
        } else if (port.port() instanceof PortSpec.Named n) {
            out.append("      port: ").append(scalar(n.name())).append('\n');
        }
    }

    /** A selector under a field; the first line starts with {@code first}, the others with as many spaces. */
    private static void selector(StringBuilder out, String first, String field, LabelSelector selector) {
        if (selector.isEmpty()) {
            out.append(first).append(field).append(": {}\n");
            return;
        }
        String indent = " ".repeat(first.length());
        out.append(first).append(field).append(":\n");
        if (!selector.matchLabels().isEmpty()) {
            out.append(indent).append("  matchLabels:\n");
            for (Map.Entry<String, String> e : new TreeMap<>(selector.matchLabels()).entrySet()) {
                out.append(indent).append("    ").append(scalar(e.getKey())).append(": ").append(scalar(e.getValue())).append('\n');
            }
        }
        if (!selector.requirements().isEmpty()) {
            out.append(indent).append("  matchExpressions:\n");
            for (LabelRequirement r : selector.requirements()) {
                out.append(indent).append("  - key: ").append(scalar(r.key())).append('\n');
                out.append(indent).append("    operator: ").append(operator(r.operator())).append('\n');
                if (!r.values().isEmpty()) {
                    out.append(indent).append("    values:\n");
                    for (String v : new TreeSet<>(r.values())) {
                        out.append(indent).append("    - ").append(scalar(v)).append('\n');
                    }
                }
            }
        }
    }

    private static String operator(LabelRequirement.Operator operator) {
        return switch (operator) {
            case IN -> "In";
            case NOT_IN -> "NotIn";
            case EXISTS -> "Exists";
            case DOES_NOT_EXIST -> "DoesNotExist";
        };
    }

    /** A scalar, quoted when YAML would read it as something else (a number, a boolean, empty). */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !KEYWORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
