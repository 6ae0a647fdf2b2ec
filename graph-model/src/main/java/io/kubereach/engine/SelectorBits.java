package io.kubereach.engine;

import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates selectors into bit sets over pod classes, each distinct selector once.
 *
 * <p>The bit sets it returns are shared between every caller that asked the same question:
 * they must not be changed. Used while the index is built, by one thread.
 */
final class SelectorBits {

    private final PodClassIndex classes;
    private final Map<String, Namespace> namespaces;
    private final Map<LabelSelector, BitSet> byPodSelector = new HashMap<>();
    private final Map<LabelSelector, BitSet> byNamespaceSelector = new HashMap<>();
    private final Map<String, BitSet> byNamespace = new HashMap<>();

    /**
     * Prepares to evaluate selectors over these classes.
     *
     * @param classes the pod classes
     * @param namespaces the snapshot's namespaces by name; one that is missing has only its name label (rule 12)
     */
    SelectorBits(PodClassIndex classes, Map<String, Namespace> namespaces) {
        this.classes = classes;
        this.namespaces = namespaces;
    }

    /** The classes a policy selects: its own namespace's pods that match its pod selector (rule 2). */
    BitSet selectedBy(NetworkPolicy policy) {
        return and(inNamespace(policy.namespace()), podsMatching(policy.podSelector()));
    }

    /** The classes a selector peer of a policy of {@code policyNamespace} matches (rule 10). */
    BitSet matchedBy(String policyNamespace, PolicyPeer.Selectors peer) {
        BitSet namespaceBits = peer.namespaceSelector()
                .map(this::inNamespacesMatching)
                .orElseGet(() -> inNamespace(policyNamespace));
        return peer.podSelector().map(s -> and(namespaceBits, podsMatching(s))).orElse(namespaceBits);
    }

    /** The classes whose labels a pod selector matches, whatever their namespace. */
    BitSet podsMatching(LabelSelector selector) {
        BitSet bits = byPodSelector.get(selector);
        if (bits == null) {
            bits = new BitSet(classes.size());
            for (PodClass c : classes.classes()) {
                if (selector.matches(c.labels())) {
                    bits.set(c.id());
                }
            }
            byPodSelector.put(selector, bits);
        }
        return bits;
    }

    /** The classes of namespaces whose labels a namespace selector matches; {@code {}} is every namespace (rule 10). */
    BitSet inNamespacesMatching(LabelSelector selector) {
        BitSet bits = byNamespaceSelector.get(selector);
        if (bits == null) {
            bits = new BitSet(classes.size());
            Map<String, Boolean> verdicts = new HashMap<>();
            for (PodClass c : classes.classes()) {
                boolean match = verdicts.computeIfAbsent(c.namespace(), name -> selector.matches(namespace(name).labels()));
                if (match) {
                    bits.set(c.id());
                }
            }
            byNamespaceSelector.put(selector, bits);
        }
        return bits;
    }

    /** The classes of one namespace. */
    BitSet inNamespace(String name) {
        return byNamespace.computeIfAbsent(name, n -> {
            BitSet bits = new BitSet(classes.size());
            for (PodClass c : classes.classes()) {
                if (c.namespace().equals(n)) {
                    bits.set(c.id());
                }
            }
            return bits;
        });
    }

    private Namespace namespace(String name) {
        return namespaces.getOrDefault(name, Namespace.implied(name));
    }

    private static BitSet and(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.and(b);
        return out;
    }
}
