package io.kubereach.cni;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The containers of a pod share the network namespace its pause container holds: they reach each
 * other on {@code localhost} on any port, whatever the NetworkPolicies say (rule 18), and two of
 * them cannot bind the same port and protocol.
 */
public final class SharedLocalhost {

    private SharedLocalhost() {
    }

    /** The network namespace of a pod: who shares it, which ports are declared, which collide. */
    public static PodNetworkNamespace of(Pod pod) {
        List<PodNetworkNamespace.BoundPort> ports = new ArrayList<>();
        Map<PortProtocol, Set<String>> byPort = new LinkedHashMap<>();
        for (Container c : pod.containers()) {
            for (ContainerPort p : c.ports()) {
                ports.add(new PodNetworkNamespace.BoundPort(c.name(), p));
                byPort.computeIfAbsent(p.portProtocol(), k -> new LinkedHashSet<>()).add(c.name());
            }
        }
        List<PodNetworkNamespace.PortConflict> conflicts = new ArrayList<>();
        byPort.forEach((port, containers) -> {
            if (containers.size() > 1) {
                conflicts.add(new PodNetworkNamespace.PortConflict(port, List.copyOf(containers)));
            }
        });
        return new PodNetworkNamespace(pod.ref(), pod.pause(), pod.containers().stream().map(Container::name).toList(), ports,
                conflicts);
    }

    /**
     * One warning per pod, or per workload whose pods share a template, for every port that two
     * containers of one pod declare.
     */
    public static List<Message> warnings(ClusterSnapshot snapshot) {
        Set<Message> out = new LinkedHashSet<>();
        Set<WorkloadRef> seen = new LinkedHashSet<>();
        for (Pod pod : snapshot.pods()) {
            boolean ownPod = pod.owner().kind().equals("Pod");
            if (!ownPod && !seen.add(pod.owner())) {
                continue;
            }
            Message owner = ownPod ? Message.of("cni.owner.pod", pod.ref().toString())
                    : Message.verbatim(pod.owner().kind() + " " + pod.owner().namespace() + "/" + pod.owner().name());
            of(pod).conflicts().forEach(c -> out.add(c.message(owner)));
        }
        return List.copyOf(out);
    }
}
