package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.PortSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the policies of a snapshot can look at on a pod: the label keys their pod selectors
 * mention, the (name, protocol) pairs their named port entries mention, the port names a
 * cluster-wide policy names (resolved whatever their protocol), and whether some {@code nodes}
 * peer tells host-network pods apart by their node. Pods that agree on these (and on namespace,
 * hostNetwork and the address blocks that may match their IPs) get the same answers.
 *
 * @param podLabelKeys every label key of every pod selector, of policies and of peers
 * @param portNames every named port entry of a NetworkPolicy, with its protocol
 * @param anyProtocolPortNames every named port of a cluster-wide policy
 * @param nodePeers whether some peer tells host-network pods apart by their node (a cluster-wide
 *     {@code nodes} peer, a Cilium {@code fromNodes}, a host endpoint or host policy not evaluated)
 * @param serviceAccounts whether some policy selects pods by their service account (Cilium's, Calico's)
 * @param families whether some rule tells pods apart by their IP version (Calico's {@code ipVersion})
 */
record PolicyVocabulary(Set<String> podLabelKeys, Set<PodClass.PortName> portNames, Set<String> anyProtocolPortNames,
        boolean nodePeers, boolean serviceAccounts, boolean families) {

    PolicyVocabulary {
        podLabelKeys = Set.copyOf(podLabelKeys);
        portNames = Set.copyOf(portNames);
        anyProtocolPortNames = Set.copyOf(anyProtocolPortNames);
    }

    /** A vocabulary without CNI policies. */
    PolicyVocabulary(Set<String> podLabelKeys, Set<PodClass.PortName> portNames, Set<String> anyProtocolPortNames, boolean nodePeers) {
        this(podLabelKeys, portNames, anyProtocolPortNames, nodePeers, false, false);
    }

    /** This vocabulary with what Cilium's and Calico's policies and the objects not evaluated look at. */
    PolicyVocabulary with(CniVocabulary cni) {
        Set<String> keys = new HashSet<>(podLabelKeys);
        keys.addAll(cni.podLabelKeys());
        Set<PodClass.PortName> ports = new HashSet<>(portNames);
        ports.addAll(cni.portNames());
        Set<String> any = new HashSet<>(anyProtocolPortNames);
        any.addAll(cni.anyProtocolPortNames());
        return new PolicyVocabulary(keys, ports, any, nodePeers || cni.nodePeers(), serviceAccounts || cni.serviceAccounts(),
                families || cni.families());
    }

    /** The vocabulary of these policies. */
    static PolicyVocabulary of(List<NetworkPolicy> policies, List<AdminPolicy> adminPolicies) {
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
        Set<String> anyProtocol = new HashSet<>();
        boolean nodes = false;
        for (AdminPolicy policy : adminPolicies) {
            if (policy.subject() instanceof PolicySubject.Pods p) {
                addKeys(p.pods(), keys);
            }
            for (Direction direction : Direction.values()) {
                for (AdminRule rule : policy.rules(direction)) {
                    for (AdminPeer peer : rule.peers()) {
                        if (peer instanceof AdminPeer.Pods p) {
                            addKeys(p.pods(), keys);
                        }
                        nodes |= peer instanceof AdminPeer.Nodes;
                    }
                    for (AdminPort entry : rule.ports()) {
                        if (entry instanceof AdminPort.Named n) {
                            anyProtocol.add(n.name());
                        }
                    }
                }
            }
        }
        return new PolicyVocabulary(keys, ports, anyProtocol, nodes);
    }

    private static void addKeys(LabelSelector selector, Set<String> keys) {
        keys.addAll(selector.matchLabels().keySet());
        for (LabelRequirement requirement : selector.requirements()) {
            keys.add(requirement.key());
        }
    }
}
