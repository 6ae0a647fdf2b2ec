package io.kubereach.engine;

import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods of a snapshot grouped into {@link PodClass}es, and the way back from a pod to its
 * class. Classes are numbered in the order their first pod appears in the snapshot.
 *
 * <p>Read-only once grouped, so any number of threads may look pods up.
 */
final class PodClassIndex {

    /** Returned by {@link #classOf} for a pod that no class of the snapshot describes. */
    static final int NO_CLASS = -1;

    private final PolicyVocabulary vocabulary;
    private final AddressRanges ranges;
    private final BitSet podBlocks;
    private final List<PodClass> classes;
    private final Map<Pod, Integer> bySnapshotPod = new IdentityHashMap<>();
    private final Map<PodClass.Key, Integer> byKey = new HashMap<>();

    private PodClassIndex(List<Pod> pods, PolicyVocabulary vocabulary, AddressRanges ranges, BitSet podBlocks) {
        this.vocabulary = vocabulary;
        this.ranges = ranges;
        this.podBlocks = (BitSet) podBlocks.clone();
        Map<PodClass.Key, List<Pod>> groups = new LinkedHashMap<>();
        for (Pod pod : pods) {
            groups.computeIfAbsent(keyOf(pod), k -> new ArrayList<>()).add(pod);
        }
        List<PodClass> out = new ArrayList<>(groups.size());
        groups.forEach((key, members) -> {
            PodClass c = new PodClass(out.size(), key, members);
            out.add(c);
            byKey.put(key, c.id());
            members.forEach(m -> bySnapshotPod.put(m, c.id()));
        });
        this.classes = List.copyOf(out);
    }

    /**
     * Groups pods into classes.
     *
     * @param pods the snapshot's pods
     * @param vocabulary what the policies can see of a pod
     * @param ranges the address ranges with the snapshot's address blocks
     * @param podBlocks the ids of the blocks that may match pod IPs and so tell pods apart by their IPs
     *     (ipBlocks when asked, rule 13; {@code networks} of cluster-wide policies always)
     */
    static PodClassIndex group(List<Pod> pods, PolicyVocabulary vocabulary, AddressRanges ranges, BitSet podBlocks) {
        return new PodClassIndex(pods, vocabulary, ranges, podBlocks);
    }

    /** How many classes there are. */
    int size() {
        return classes.size();
    }

    /** The class with this id. */
    PodClass get(int id) {
        return classes.get(id);
    }

    /** Every class, by id. */
    List<PodClass> classes() {
        return classes;
    }

    /**
     * The class of a pod: at once for a pod of the snapshot, through its key for an equal or
     * indistinguishable pod; {@link #NO_CLASS} for a pod unlike every pod of the snapshot.
     */
    int classOf(Pod pod) {
        Integer id = bySnapshotPod.get(pod);
        if (id != null) {
            return id;
        }
        return byKey.getOrDefault(keyOf(pod), NO_CLASS);
    }

    /** What the policies can see of a pod. */
    PodClass.Key keyOf(Pod pod) {
        Map<String, String> labels = new HashMap<>();
        pod.labels().forEach((k, v) -> {
            if (vocabulary.podLabelKeys().contains(k)) {
                labels.put(k, v);
            }
        });
        Map<PodClass.PortName, Integer> namedPorts = new HashMap<>();
        if (!vocabulary.portNames().isEmpty()) {
            for (Container container : pod.containers()) {
                for (ContainerPort port : container.ports()) {
                    PodClass.PortName name = new PodClass.PortName(port.name(), port.protocol());
                    if (vocabulary.portNames().contains(name)) {
                        namedPorts.putIfAbsent(name, port.number()); // the first declaration wins, as Pod.namedPort
                    }
                }
            }
        }
        Map<String, ContainerPort> anyProtocol = new HashMap<>();
        for (String name : vocabulary.anyProtocolPortNames()) {
            pod.namedPort(name).ifPresent(p -> anyProtocol.put(name, p));
        }
        BitSet blocks = new BitSet();
        if (!podBlocks.isEmpty()) {
            for (IpAddress ip : pod.ips()) {
                blocks.or(ranges.blocks(ranges.rangeOf(ip)));
            }
            blocks.and(podBlocks);
        }
        String hostNode = pod.hostNetwork() && vocabulary.nodePeers() ? pod.node().orElse("") : "";
        String account = vocabulary.serviceAccounts() ? pod.serviceAccount() : "";
        String families = vocabulary.families() ? pod.ips().stream().map(a -> a.v6() ? "6" : "4").distinct().sorted()
                .reduce("", String::concat) : "";
        return new PodClass.Key(pod.namespace(), labels, namedPorts, anyProtocol, pod.hostNetwork(), hostNode, blocks, account, families);
    }
}
