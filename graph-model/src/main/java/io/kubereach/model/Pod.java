package io.kubereach.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod with everything network reachability depends on.
 *
 * @param namespace its namespace
 * @param name its name
 * @param labels its labels
 * @param ips its pod IPs (several when dual-stack); empty when it has none yet
 * @param node the node it runs on, empty when it is not scheduled
 * @param owner the workload it belongs to as users name it: the Deployment of its ReplicaSet, the
 *     CronJob of its Job (see {@link #controller()}), or the pod itself when it has no controller
 * @param hostNetwork whether it uses the node's network namespace (rule 20)
 * @param containers its app containers
 * @param ready whether it is ready to receive Service traffic
 * @param controller its direct controller, as netpol-analyzer names its workloads
 *     ({@code frontend-6d4cf56db6[ReplicaSet]}); the same as {@code owner} when no controller owns that one
 * @param serviceAccount the service account it runs as ({@code default} when its spec names
 *        none, as the ServiceAccount admission controller fills it in); Cilium and Calico
 *        policies select pods by it
 */
public record Pod(
        String namespace,
        String name,
        Map<String, String> labels,
        List<IpAddress> ips,
        Optional<String> node,
        WorkloadRef owner,
        boolean hostNetwork,
        List<Container> containers,
        boolean ready,
        WorkloadRef controller,
        String serviceAccount) {

    /** The service account a pod runs as when its spec names none. */
    public static final String DEFAULT_SERVICE_ACCOUNT = "default";

    public Pod {
        labels = Map.copyOf(labels);
        ips = List.copyOf(ips);
        containers = List.copyOf(containers);
        if (serviceAccount.isBlank()) {
            throw new IllegalArgumentException("a pod's service account has a name; use " + DEFAULT_SERVICE_ACCOUNT);
        }
    }

    /** A pod running as {@code serviceAccount}, whose direct controller is the workload users name. */
    public Pod(String namespace, String name, Map<String, String> labels, List<IpAddress> ips, Optional<String> node,
            WorkloadRef owner, boolean hostNetwork, List<Container> containers, boolean ready, String serviceAccount) {
        this(namespace, name, labels, ips, node, owner, hostNetwork, containers, ready, owner, serviceAccount);
    }

    /** A pod running as the {@code default} service account with a direct controller of its own. */
    public Pod(String namespace, String name, Map<String, String> labels, List<IpAddress> ips, Optional<String> node,
            WorkloadRef owner, boolean hostNetwork, List<Container> containers, boolean ready, WorkloadRef controller) {
        this(namespace, name, labels, ips, node, owner, hostNetwork, containers, ready, controller, DEFAULT_SERVICE_ACCOUNT);
    }

    /** A pod running as the {@code default} service account, whose direct controller is the workload users name. */
    public Pod(String namespace, String name, Map<String, String> labels, List<IpAddress> ips, Optional<String> node, WorkloadRef owner,
            boolean hostNetwork, List<Container> containers, boolean ready) {
        this(namespace, name, labels, ips, node, owner, hostNetwork, containers, ready, owner, DEFAULT_SERVICE_ACCOUNT);
    }

    /** The same pod, belonging to {@code workload} as users name it; its direct controller stays. */
    public Pod ownedBy(WorkloadRef workload) {
        return new Pod(namespace, name, labels, ips, node, workload, hostNetwork, containers, ready, controller, serviceAccount);
    }

    /** This pod's identity. */
    public PodRef ref() {
        return new PodRef(namespace, name);
    }

    /** The implicit sandbox container that holds this pod's network namespace. */
    public PauseContainer pause() {
        return new PauseContainer(ref(), ips, hostNetwork);
    }

    /** Every port its containers declare. */
    public List<ContainerPort> ports() {
        List<ContainerPort> all = new ArrayList<>();
        containers.forEach(c -> all.addAll(c.ports()));
        return all;
    }

    /** Resolves a named port by name and protocol against this pod's containers (rule 16). */
    public Optional<Integer> namedPort(String portName, Protocol protocol) {
        for (Container c : containers) {
            for (ContainerPort p : c.ports()) {
                if (p.name().equals(portName) && p.protocol() == protocol) {
                    return Optional.of(p.number());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a named port by name alone: the first container port of that name, with the
     * protocol it declares (how a cluster-wide policy's {@code namedPort} resolves).
     */
    public Optional<ContainerPort> namedPort(String portName) {
        for (Container c : containers) {
            for (ContainerPort p : c.ports()) {
                if (p.name().equals(portName)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether one of this pod's IPs is the address. */
    public boolean hasIp(IpAddress address) {
        return ips.contains(address);
    }
}
