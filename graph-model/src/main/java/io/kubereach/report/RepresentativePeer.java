package io.kubereach.report;

import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A pod that is not in the input but one policy rule's selectors would admit, as netpol-analyzer's
 * exposure analysis infers it: "any pod with these labels in any namespace with those labels".
 * A rule with no namespace selector stands for its policy's namespace, by that namespace's name label.
 *
 * @param namespaceSelector the namespaces it may live in (never absent: a rule without one names its policy's namespace)
 * @param podSelector the pods it stands for; absent or empty: every pod
 * @param policyNamespace the policy's namespace when the rule had no namespace selector
 */
public record RepresentativePeer(LabelSelector namespaceSelector, Optional<LabelSelector> podSelector,
        Optional<String> policyNamespace) {

    /** The one who stands for the pods a rule's selectors admit, for a policy of {@code policyNamespace}. */
    static RepresentativePeer of(Optional<LabelSelector> podSelector, Optional<LabelSelector> namespaceSelector,
            String policyNamespace) {
        return namespaceSelector
                .map(ns -> new RepresentativePeer(ns, podSelector, Optional.empty()))
                .orElseGet(() -> new RepresentativePeer(LabelSelector.of(java.util.Map.of(Namespace.NAME_LABEL, policyNamespace)),
                        podSelector, Optional.of(policyNamespace)));
    }

    /** Its identity: two rules with equivalent selectors infer one representative. */
    String key() {
        return requirements(namespaceSelector) + "/" + requirements(podSelector.orElse(LabelSelector.ALL));
    }

    /**
     * Whether a rule's selectors admit it, as netpol-analyzer matches a representative: the rule's
     * selector is empty, or says exactly what the representative's says.
     */
    boolean admittedBy(Optional<LabelSelector> rulePods, Optional<LabelSelector> ruleNamespaces, String rulePolicyNamespace) {
        boolean namespaceOk = ruleNamespaces
                .map(s -> s.isEmpty() || requirements(s).equals(requirements(namespaceSelector)))
                .orElse(policyNamespace.filter(rulePolicyNamespace::equals).isPresent());
        return namespaceOk && rulePods
                .map(s -> s.isEmpty() || podSelector.filter(p -> requirements(s).equals(requirements(p))).isPresent())
                .orElse(true);
    }

    /** The one who stands for the pods a cluster-wide policy's peer admits (a namespace selector, and maybe a pod selector). */
    static RepresentativePeer ofClusterWide(LabelSelector namespaceSelector, Optional<LabelSelector> podSelector) {
        return new RepresentativePeer(namespaceSelector, podSelector, Optional.empty());
    }

    /** Whether a selector over namespaces admits it: empty, or saying exactly what its namespace selector says. */
    boolean inNamespaces(LabelSelector namespaces) {
        return namespaces.isEmpty() || requirements(namespaces).equals(requirements(namespaceSelector));
    }

    /** Whether a selector over pods admits it: empty, or saying exactly what its pod selector says. */
    boolean oneOfPods(LabelSelector pods) {
        return pods.isEmpty() || podSelector.filter(p -> requirements(pods).equals(requirements(p))).isPresent();
    }

    /**
     * Whether a real pod makes it redundant (netpol-analyzer drops a representative whose
     * selectors, plain labels only and both given, a pod of the input matches: that pod's
     * connections are listed already).
     */
    boolean standsFor(java.util.Map<String, String> podLabels, java.util.Map<String, String> namespaceLabels) {
        LabelSelector pods = podSelector.orElse(LabelSelector.ALL);
        boolean plain = pods.requirements().isEmpty() && namespaceSelector.requirements().isEmpty();
        return plain && !pods.isEmpty() && !namespaceSelector.isEmpty()
                && pods.matches(podLabels) && namespaceSelector.matches(namespaceLabels);
    }

    /** netpol-analyzer's txt form, e.g. {@code [namespace with {env=prod}]/[pod with {app=web}]} or {@code shop/[all pods]}. */
    public String text() {
        String namespaces;
        if (namespaceSelector.requirements().isEmpty() && namespaceSelector.matchLabels().size() == 1
                && namespaceSelector.matchLabels().containsKey(Namespace.NAME_LABEL)) {
            namespaces = namespaceSelector.matchLabels().get(Namespace.NAME_LABEL);
        } else {
            namespaces = namespaceSelector.isEmpty() ? "[all namespaces]" : "[namespace with {" + written(namespaceSelector) + "}]";
        }
        LabelSelector pods = podSelector.orElse(LabelSelector.ALL);
        return namespaces + "/" + (pods.isEmpty() ? "[all pods]" : "[pod with {" + written(pods) + "}]");
    }

    /** A selector as netpol-analyzer writes it: {@code k=v} pairs by key, then each expression as Go prints it, sorted. */
    private static String written(LabelSelector selector) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(selector.matchLabels()).forEach((k, v) -> parts.add(k + "=" + v));
        selector.requirements().stream()
                .map(r -> "{Key:" + r.key() + ",Operator:" + operator(r.operator()) + ",Values:[" + String.join(" ", r.values()) + "],}")
                .sorted()
                .forEach(parts::add);
        return String.join(",", parts);
    }

    private static String operator(LabelRequirement.Operator operator) {
        return switch (operator) {
            case IN -> "In";
            case NOT_IN -> "NotIn";
            case EXISTS -> "Exists";
            case DOES_NOT_EXIST -> "DoesNotExist";
        };
    }

    /** Canonical requirements of the selectors met so far (the same few selectors are compared again and again). */
    private static final java.util.Map<LabelSelector, List<String>> CANONICAL =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** What a selector requires, each requirement in one canonical form ({@code In} one value = {@code k=v}), sorted. */
    private static List<String> requirements(LabelSelector selector) {
        return CANONICAL.computeIfAbsent(selector, RepresentativePeer::canonical);
    }

    private static List<String> canonical(LabelSelector selector) {
        List<String> out = new ArrayList<>();
        selector.matchLabels().forEach((k, v) -> out.add(k + "=" + v));
        for (LabelRequirement r : selector.requirements()) {
            String values = r.values().stream().sorted().collect(Collectors.joining(","));
            out.add(switch (r.operator()) {
                case IN -> r.values().size() == 1 ? r.key() + "=" + values : r.key() + " in (" + values + ")";
                case NOT_IN -> r.key() + " notin (" + values + ")";
                case EXISTS -> r.key();
                case DOES_NOT_EXIST -> "!" + r.key();
            });
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
