package io.kubereach.model;

import java.util.Optional;

/** One item of a rule's {@code from}/{@code to} list: selectors or an ipBlock, never both (rule 9). */
public sealed interface PolicyPeer {

    /**
     * A selector peer (rule 10). Pod selector alone: pods of the policy's namespace; namespace
     * selector alone: every pod of matching namespaces; both: pods matching the pod selector
     * inside matching namespaces.
     *
     * @param podSelector the pod selector, if given
     * @param namespaceSelector the namespace selector, if given
     */
    record Selectors(Optional<LabelSelector> podSelector, Optional<LabelSelector> namespaceSelector)
            implements PolicyPeer {

        public Selectors {
            if (podSelector.isEmpty() && namespaceSelector.isEmpty()) {
                throw new IllegalArgumentException("a selector peer needs a podSelector or a namespaceSelector");
            }
        }

        /** Whether a pod with these labels in a namespace with these labels matches, for a policy of {@code policyNamespace}. */
        public boolean matches(String policyNamespace, Namespace podNamespace, java.util.Map<String, String> podLabels) {
            boolean namespaceOk = namespaceSelector
                    .map(s -> s.matches(podNamespace.labels()))
                    .orElse(podNamespace.name().equals(policyNamespace));
            return namespaceOk && podSelector.map(s -> s.matches(podLabels)).orElse(true);
        }
    }

    /**
     * An ipBlock peer.
     *
     * @param block the address block
     */
    record Addresses(IpBlock block) implements PolicyPeer {
    }
}
