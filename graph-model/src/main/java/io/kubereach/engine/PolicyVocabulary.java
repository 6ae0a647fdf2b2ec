package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the policies of a snapshot can look at on a pod: the label keys their pod selectors
 * mention and the (name, protocol) pairs their named port entries mention. Pods that agree on
 * these (and on namespace, hostNetwork and ipBlocks) get the same answers.
 *
 * @param podLabelKeys every label key of every pod selector, of policies and of peers
 * @param portNames every named port entry, with its protocol
 */
record PolicyVocabulary(Set<String> podLabelKeys, Set<PodClass.PortName> portNames) {

    PolicyVocabulary {
        podLabelKeys = Set.copyOf(podLabelKeys);
        portNames = Set.copyOf(portNames);
    }

    /** The vocabulary of these policies. */
    static PolicyVocabulary of(List<NetworkPolicy> policies) {
        Set<String> keys = new HashSet<>();
        Set<PodClass.PortName> ports = new HashSet<>();
        for (NetworkPolicy policy : policies) {
            addKeys(policy.podSelector(), keys);
            for (Direction direction : Direction.values()) {
                for (PolicyRule rule : policy.rules(direction)) {
                    for (PolicyPeer peer : rule.peers()) {
                        if (peer instanceof PolicyPeer.Selectors s) {
                            s.podSelector().ifPresent(selector -> addKeys(selector, keys));
                        }
                    }
                    for (PolicyPort entry : rule.ports()) {
                        if (entry.port() instanceof PortSpec.Named n) {
                            ports.add(new PodClass.PortName(n.name(), entry.protocol()));
                        }
                    }
                }
            }
        }
        return new PolicyVocabulary(keys, ports);
    }

    private static void addKeys(LabelSelector selector, Set<String> keys) {
        keys.addAll(selector.matchLabels().keySet());
        for (LabelRequirement requirement : selector.requirements()) {
            keys.add(requirement.key());
        }
    }
}
