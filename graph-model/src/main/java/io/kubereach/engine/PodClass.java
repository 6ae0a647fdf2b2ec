package io.kubereach.engine;

import io.kubereach.model.ContainerPort;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Pods that no selector, named port entry or ipBlock of one snapshot can tell apart: the
 * indexed engine answers once per class instead of once per pod.
 *
 * <p>Two pods fall into one class when their {@link Key}s are equal. The key keeps only what
 * the policies can see (rule 11, 13, 16): the namespace, the values of the label keys some pod
 * selector mentions, the numbers of the (name, protocol) pairs some named port entry mentions and
 * of the names a cluster-wide policy mentions, hostNetwork (and then the node, when a {@code nodes}
 * peer may match it), and which address blocks that may match pod IPs hold one of the pod's IPs
 * (ipBlocks when asked, {@code networks} of cluster-wide policies always).
 * Anything else about a pod cannot change a verdict, so keeping it would only split classes.
 */
final class PodClass {

    /**
     * A named container port as a policy names it: by name and protocol (rule 16).
     *
     * @param name the port name
     * @param protocol the protocol it must be declared with
     */
    record PortName(String name, Protocol protocol) {
    }

    /**
     * What the policies of one snapshot can see of a pod.
     *
     * @param namespace the pod's namespace
     * @param labels the pod's labels, kept for the keys some pod selector mentions
     * @param namedPorts the container port numbers of the port names some policy mentions
     * @param anyProtocolPorts the first container port of each name some cluster-wide policy mentions
     * @param hostNetwork whether the pod uses the node's network namespace (rule 20)
     * @param hostNode the node of a host-network pod when some {@code nodes} peer may match it; empty otherwise
     * @param ipBlocks the ids of the address blocks that may match pod IPs and hold one of the pod's IPs
     * @param serviceAccount the pod's service account when some policy selects by it; empty otherwise
     * @param families the IP versions of the pod's addresses when some rule tells them apart; empty otherwise
     */
    record Key(String namespace, Map<String, String> labels, Map<PortName, Integer> namedPorts,
               Map<String, ContainerPort> anyProtocolPorts, boolean hostNetwork, String hostNode, BitSet ipBlocks,
               String serviceAccount, String families) {

        Key {
            labels = Map.copyOf(labels);
            namedPorts = Map.copyOf(namedPorts);
            anyProtocolPorts = Map.copyOf(anyProtocolPorts);
            ipBlocks = (BitSet) ipBlocks.clone();
        }

        @Override
        public BitSet ipBlocks() {
            return (BitSet) ipBlocks.clone();
        }

        boolean hasIpBlock(int block) {
            return ipBlocks.get(block);
        }
    }

    private final int id;
    private final Key key;
    private final List<Pod> members;

    PodClass(int id, Key key, List<Pod> members) {
        this.id = id;
        this.key = key;
        this.members = List.copyOf(members);
    }

    /** The position of this class in its index, and its bit in every class bit set. */
    int id() {
        return id;
    }

    Key key() {
        return key;
    }

    String namespace() {
        return key.namespace();
    }

    /** The labels selectors can see; matching a selector against them equals matching it against any member's labels. */
    Map<String, String> labels() {
        return key.labels();
    }

    /** The container port a named port entry resolves to on every member, or -1 when members declare none (rule 16). */
    int namedPort(String name, Protocol protocol) {
        Integer number = key.namedPorts().get(new PortName(name, protocol));
        return number == null ? -1 : number;
    }

    /** The first container port of this name on every member, whatever its protocol; empty when members declare none. */
    java.util.Optional<ContainerPort> namedPort(String name) {
        return java.util.Optional.ofNullable(key.anyProtocolPorts().get(name));
    }

    /** A member: every member gets the same answers, so any one stands for the class. */
    Pod representative() {
        return members.get(0);
    }

    /** The named ports of every member, as port rules resolve them. */
    NamedPorts namedPorts() {
        return new NamedPorts() {
            @Override
            public java.util.Optional<ContainerPort> any(String name) {
                return namedPort(name);
            }

            @Override
            public java.util.Optional<Integer> of(String name, Protocol protocol) {
                int number = namedPort(name, protocol);
                return number < 0 ? java.util.Optional.empty() : java.util.Optional.of(number);
            }
        };
    }

    /** Whether the members use their node's network namespace. */
    boolean hostNetwork() {
        return key.hostNetwork();
    }

    @Override
    public String toString() {
        return "class " + id + " " + key.namespace() + " " + key.labels() + " (" + members.size() + " pods)";
    }
}
