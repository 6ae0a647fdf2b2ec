package io.kubereach.describe;

import io.kubereach.model.IpBlock;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.PodRef;
import java.util.List;
import java.util.Optional;

/** One peer of a rule with what it stands for in the snapshot right now. */
public sealed interface PeerDescription {

    /**
     * A selector peer (rule 10) and the namespaces and pods it matches now.
     *
     * @param podSelector the pod selector, if the peer has one
     * @param namespaceSelector the namespace selector, if the peer has one; without it the peer
     *     means pods of the policy's own namespace
     * @param policyNamespace the policy's namespace
     * @param namespaces the namespaces it matches now, by name, sorted
     * @param pods the pods it matches now, sorted
     */
    record Pods(Optional<LabelSelector> podSelector, Optional<LabelSelector> namespaceSelector, String policyNamespace,
            List<String> namespaces, List<PodRef> pods) implements PeerDescription {
        public Pods {
            namespaces = List.copyOf(namespaces);
            pods = List.copyOf(pods);
        }
    }

    /**
     * An ipBlock peer and the address ranges it leaves once its excepts are cut out (rule 13).
     *
     * @param block the block as written
     * @param ranges the addresses it matches, ascending
     */
    record Addresses(IpBlock block, List<AddressRange> ranges) implements PeerDescription {
        public Addresses {
            ranges = List.copyOf(ranges);
        }
    }
}
