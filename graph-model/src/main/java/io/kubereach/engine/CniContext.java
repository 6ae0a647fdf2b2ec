package io.kubereach.engine;

import io.kubereach.model.CalicoEndpointLabels;
import io.kubereach.model.CiliumEndpointLabels;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.ServiceEndpoints;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Cilium and Calico rules look up in a snapshot besides the pods: namespaces, nodes and
 * their addresses, the API server's addresses, Services and their endpoints, service-account
 * labels; and the labels each language's selectors see on a pod. Shared by both engines (a
 * lookup, not a rule of either language). Immutable.
 */
final class CniContext {

    /** The namespace and name of the Service whose endpoints are the API server ({@code kube-apiserver} entity). */
    static final String API_SERVER_NAMESPACE = "default";
    static final String API_SERVER_SERVICE = "kubernetes";

    private final Map<String, Namespace> namespaces;
    private final Map<String, ClusterNode> nodes = new LinkedHashMap<>();
    private final Map<IpAddress, String> nodeOfAddress = new HashMap<>();
    private final Optional<Set<IpAddress>> apiServer;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, List<IpAddress>> outsideEndpoints = new HashMap<>();
    private final Map<String, Map<String, String>> accountLabels = new HashMap<>();

    CniContext(ClusterSnapshot snapshot) {
        this.namespaces = snapshot.namespacesByName();
        for (ClusterNode node : snapshot.nodes()) {
            nodes.putIfAbsent(node.name(), node);
            node.addresses().forEach(a -> nodeOfAddress.putIfAbsent(a, node.name()));
        }
        snapshot.services().forEach(s -> services.putIfAbsent(s.qualifiedName(), s));
        Set<IpAddress> api = null;
        for (ServiceEndpoints e : snapshot.endpoints()) {
            String key = e.namespace() + "/" + e.service();
            List<IpAddress> outside = e.addresses().stream().filter(a -> a.pod().isEmpty()).map(EndpointAddress::ip).toList();
            outsideEndpoints.merge(key, outside, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            if (key.equals(API_SERVER_NAMESPACE + "/" + API_SERVER_SERVICE)) {
                api = api == null ? new LinkedHashSet<>() : api;
                for (EndpointAddress a : e.addresses()) {
                    api.add(a.ip());
                }
            }
        }
        this.apiServer = api == null || api.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(api));
        for (ServiceAccount account : snapshot.cniPolicies().serviceAccounts()) {
            accountLabels.putIfAbsent(account.namespace() + "/" + account.name(), account.labels());
        }
    }

    Namespace namespace(String name) {
        return namespaces.getOrDefault(name, Namespace.implied(name));
    }

    /** The node of a name, if the snapshot has it. */
    Optional<ClusterNode> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    /** Every node, in snapshot order. */
    List<ClusterNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The node an address belongs to, if it is a node's address. */
    Optional<String> nodeOf(IpAddress address) {
        return Optional.ofNullable(nodeOfAddress.get(address));
    }

    /** Whether an address is one of a node's. */
    boolean isNodeAddress(IpAddress address) {
        return nodeOfAddress.containsKey(address);
    }

    /** The addresses of the {@code default/kubernetes} Service's endpoints; empty when the snapshot has none. */
    Optional<Set<IpAddress>> apiServer() {
        return apiServer;
    }

    /** A Service by namespace and name. */
    Optional<Service> service(String namespace, String name) {
        return Optional.ofNullable(services.get(namespace + "/" + name));
    }

    /** Every Service, in snapshot order. */
    List<Service> services() {
        return List.copyOf(services.values());
    }

    /** The endpoint addresses of a Service that are no pod's. */
    List<IpAddress> outsideEndpoints(Service service) {
        return outsideEndpoints.getOrDefault(service.qualifiedName(), List.of());
    }

    /** The labels Cilium's selectors see on a pod (its identity), in a cluster named {@code default}. */
    Map<String, String> ciliumLabels(Pod pod) {
        return CiliumEndpointLabels.of(pod, namespace(pod.namespace()), CiliumEndpointLabels.DEFAULT_CLUSTER);
    }

    /** The labels Calico's selectors see on a pod's workload endpoint. */
    Map<String, String> calicoLabels(Pod pod) {
        return CalicoEndpointLabels.of(pod, namespace(pod.namespace()), serviceAccountLabels(pod.namespace(), pod.serviceAccount()));
    }

    /** The labels of a service account; none for one no manifest declares. */
    Map<String, String> serviceAccountLabels(String namespace, String name) {
        return accountLabels.getOrDefault(namespace + "/" + name, Map.of());
    }
}
