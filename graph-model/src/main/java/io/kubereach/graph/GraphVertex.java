package io.kubereach.graph;

import io.kubereach.model.ContainerPort;
import io.kubereach.model.EntryKind;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import io.kubereach.model.PodRef;
import io.kubereach.model.ServicePort;
import io.kubereach.model.WorkloadRef;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something the diagram draws: a node, a namespace, a workload, a pod and what is inside it, a
 * Service, an Ingress, the outside world or an address block outside the cluster. Every vertex
 * has an id that stays the same for the same object across snapshots, so views and layouts can
 * keep track of it.
 */
public sealed interface GraphVertex {

    /** A stable id, unique in one graph, e.g. {@code pod:shop/web-1}. */
    String id();

    /** A short name to show, e.g. {@code web-1}; words about the kind come from the UI. */
    String label();

    /** The namespace it belongs to; empty for cluster-wide things (nodes, outside, address blocks). */
    default String namespace() {
        return "";
    }

    /**
     * A cluster node.
     *
     * @param name the node name
     */
    record NodeVertex(String name) implements GraphVertex {
        @Override
        public String id() {
            return "node:" + name;
        }

        @Override
        public String label() {
            return name;
        }
    }

    /**
     * A namespace.
     *
     * @param name the namespace name
     */
    record NamespaceVertex(String name) implements GraphVertex {
        @Override
        public String id() {
            return "ns:" + name;
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public String namespace() {
            return name;
        }
    }

    /**
     * A workload: a controller's pods, or a lone pod.
     *
     * @param ref the workload
     * @param ingressIsolatedBy the policies that isolate some of its pods for ingress, in name order
     * @param egressIsolatedBy the policies that isolate some of its pods for egress, in name order
     */
    record WorkloadVertex(WorkloadRef ref, Set<String> ingressIsolatedBy, Set<String> egressIsolatedBy) implements GraphVertex {
        public WorkloadVertex {
            ingressIsolatedBy = Collections.unmodifiableSortedSet(new TreeSet<>(ingressIsolatedBy));
            egressIsolatedBy = Collections.unmodifiableSortedSet(new TreeSet<>(egressIsolatedBy));
        }

        /** The id of a workload. */
        public static String idOf(WorkloadRef ref) {
            return "workload:" + ref.namespace() + "/" + ref.kind() + "/" + ref.name();
        }

        @Override
        public String id() {
            return idOf(ref);
        }

        @Override
        public String label() {
            return ref.name();
        }

        @Override
        public String namespace() {
            return ref.namespace();
        }
    }

    /**
     * A pod.
     *
     * @param ref the pod
     * @param owner its workload
     * @param node the node it runs on, empty when not scheduled
     * @param ips its pod IPs
     * @param hostNetwork whether it uses its node's network namespace
     * @param labels its labels
     */
    record PodVertex(PodRef ref, WorkloadRef owner, String node, List<IpAddress> ips, boolean hostNetwork, Map<String, String> labels)
            implements GraphVertex {
        public PodVertex {
            ips = List.copyOf(ips);
            labels = Map.copyOf(labels);
        }

        /** The id of a pod. */
        public static String idOf(PodRef ref) {
            return "pod:" + ref;
        }

        @Override
        public String id() {
            return idOf(ref);
        }

        @Override
        public String label() {
            return ref.name();
        }

        @Override
        public String namespace() {
            return ref.namespace();
        }
    }

    /**
     * The pause (sandbox) container of a pod: it holds the network namespace and the pod IPs that
     * the pod's app containers share, so they talk to each other over {@code lo}.
     *
     * @param pod the pod
     * @param ips the pod IPs its network namespace holds
     * @param hostNetwork whether the pod uses the node's network namespace instead
     */
    record PauseVertex(PodRef pod, List<IpAddress> ips, boolean hostNetwork) implements GraphVertex {
        public PauseVertex {
            ips = List.copyOf(ips);
        }

        @Override
        public String id() {
            return "pause:" + pod;
        }

        @Override
        public String label() {
            return "pause";
        }

        @Override
        public String namespace() {
            return pod.namespace();
        }
    }

    /**
     * An app container of a pod.
     *
     * @param pod the pod
     * @param name the container name
     * @param ports the ports it declares
     */
    record ContainerVertex(PodRef pod, String name, List<ContainerPort> ports) implements GraphVertex {
        public ContainerVertex {
            ports = List.copyOf(ports);
        }

        @Override
        public String id() {
            return "container:" + pod + "/" + name;
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public String namespace() {
            return pod.namespace();
        }
    }

    /**
     * A Service.
     *
     * @param namespaceName its namespace
     * @param name its name
     * @param kind how it forwards traffic
     * @param ports its ports, in the order the Service declares them
     * @param externalName the DNS name an ExternalName Service stands for, empty otherwise
     */
    record ServiceVertex(String namespaceName, String name, ServiceKind kind, List<ServicePort> ports, String externalName)
            implements GraphVertex {
        public ServiceVertex {
            ports = List.copyOf(ports);
        }

        @Override
        public String id() {
            return "svc:" + namespaceName + "/" + name;
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public String namespace() {
            return namespaceName;
        }
    }

    /**
     * An entry point: an Ingress, an OpenShift Route, a Gateway API Gateway or route.
     *
     * @param namespaceName its namespace
     * @param name its name
     * @param ingressClass its class (a Gateway's class name), empty when it names none
     * @param kind what kind of entry point it is
     * @param gateways the Gateways a Gateway API route attaches to, as {@code namespace/name}
     */
    record IngressVertex(String namespaceName, String name, String ingressClass, EntryKind kind, List<String> gateways) implements GraphVertex {
        public IngressVertex {
            gateways = List.copyOf(gateways);
        }

        /** An Ingress proper. */
        public IngressVertex(String namespaceName, String name, String ingressClass) {
            this(namespaceName, name, ingressClass, EntryKind.INGRESS, List.of());
        }

        @Override
        public String id() {
            return idOf(kind, namespaceName, name);
        }

        /** The id of an entry point's vertex: {@code ingress:ns/name} for an Ingress, {@code httproute:ns/name} and so on for the others. */
        public static String idOf(EntryKind kind, String namespace, String name) {
            return kind.kind().toLowerCase(java.util.Locale.ROOT) + ":" + namespace + "/" + name;
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public String namespace() {
            return namespaceName;
        }
    }

    /** The world outside the cluster: the internet and every client that is not a pod. */
    record OutsideVertex() implements GraphVertex {
        @Override
        public String id() {
            return "outside";
        }

        @Override
        public String label() {
            return "outside";
        }
    }

    /**
     * Addresses outside the cluster that policies name ({@code ipBlock}) or that a Service's
     * hand-written Endpoints point to.
     *
     * @param block the addresses
     * @param endpoint whether a selector-less Service's Endpoints lead here
     */
    record AddressBlockVertex(IpBlock block, boolean endpoint) implements GraphVertex {
        /** The id of a block. */
        public static String idOf(IpBlock block) {
            return "block:" + label(block);
        }

        private static String label(IpBlock block) {
            if (block.except().isEmpty()) {
                return block.cidr().toString();
            }
            return block.cidr() + " except " + String.join(",", block.except().stream().map(Object::toString).toList());
        }

        @Override
        public String id() {
            return idOf(block);
        }

        @Override
        public String label() {
            return label(block);
        }
    }
}
