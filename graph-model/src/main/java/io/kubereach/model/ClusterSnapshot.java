package io.kubereach.model;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything read from one source at one moment: a value, never changed in place.
 * Build one with {@link ClusterSnapshotBuilder}, which fills the defaults.
 *
 * @param source where it was read from (a path, a context, "demo")
 * @param namespaces every namespace, declared or implied
 * @param nodes the cluster nodes
 * @param pods the pods, including those made from workload templates
 * @param workloads the declared workload controllers
 * @param services the Services
 * @param endpoints the Endpoints/EndpointSlices, merged per Service
 * @param ingresses the Ingresses
 * @param policies the NetworkPolicies
 * @param adminPolicies the cluster-wide policies: AdminNetworkPolicies, the BaselineAdminNetworkPolicy, ClusterNetworkPolicies
 * @param warningMessages what the source skipped or could not read, as messages
 * @param kubeProxy the kube-proxy configuration, when the source has its ConfigMap
 * @param gaps what the source could not read, so that what depends on it stays unknown
 * @param cniPolicies the Cilium and Calico policies, and the objects recognised but not evaluated
 */
public record ClusterSnapshot(
        String source,
        List<Namespace> namespaces,
        List<ClusterNode> nodes,
        List<Pod> pods,
        List<Workload> workloads,
        List<Service> services,
        List<ServiceEndpoints> endpoints,
        List<Ingress> ingresses,
        List<NetworkPolicy> policies,
        List<AdminPolicy> adminPolicies,
        List<Message> warningMessages,
        Optional<KubeProxyConfig> kubeProxy,
        List<SourceGap> gaps,
        CniPolicies cniPolicies) {

    public ClusterSnapshot {
        namespaces = List.copyOf(namespaces);
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        workloads = List.copyOf(workloads);
        services = List.copyOf(services);
        endpoints = List.copyOf(endpoints);
        ingresses = List.copyOf(ingresses);
        policies = List.copyOf(policies);
        adminPolicies = List.copyOf(adminPolicies);
        warningMessages = List.copyOf(warningMessages);
        gaps = List.copyOf(gaps);
    }

    /**
     * Whether the source held no Kubernetes object at all that the model reads (its warnings and
     * gaps may still say why): there is then nothing to judge.
     */
    public boolean isEmpty() {
        return namespaces.isEmpty() && nodes.isEmpty() && pods.isEmpty() && workloads.isEmpty() && services.isEmpty()
                && endpoints.isEmpty() && ingresses.isEmpty() && policies.isEmpty() && adminPolicies.isEmpty() && kubeProxy.isEmpty();
    }

    /** A snapshot with no kube-proxy configuration, no cluster-wide policies and no gaps. */
    public ClusterSnapshot(String source, List<Namespace> namespaces, List<ClusterNode> nodes, List<Pod> pods,
            List<Workload> workloads, List<Service> services, List<ServiceEndpoints> endpoints, List<Ingress> ingresses,
            List<NetworkPolicy> policies, List<String> warnings) {
        this(source, namespaces, nodes, pods, workloads, services, endpoints, ingresses, policies, List.of(),
                warnings.stream().map(Message::verbatim).toList(), Optional.empty(),
                List.of());
    }

    /** A snapshot without cluster-wide policies. */
    public ClusterSnapshot(String source, List<Namespace> namespaces, List<ClusterNode> nodes, List<Pod> pods,
            List<Workload> workloads, List<Service> services, List<ServiceEndpoints> endpoints, List<Ingress> ingresses,
            List<NetworkPolicy> policies, List<Message> warningMessages, Optional<KubeProxyConfig> kubeProxy, List<SourceGap> gaps) {
        this(source, namespaces, nodes, pods, workloads, services, endpoints, ingresses, policies, List.of(),
                warningMessages, kubeProxy, gaps, CniPolicies.NONE);
    }

    /** A snapshot without Cilium or Calico policies. */
    public ClusterSnapshot(String source, List<Namespace> namespaces, List<ClusterNode> nodes, List<Pod> pods,
            List<Workload> workloads, List<Service> services, List<ServiceEndpoints> endpoints, List<Ingress> ingresses,
            List<NetworkPolicy> policies, List<AdminPolicy> adminPolicies, List<Message> warningMessages,
            Optional<KubeProxyConfig> kubeProxy, List<SourceGap> gaps) {
        this(source, namespaces, nodes, pods, workloads, services, endpoints, ingresses, policies, adminPolicies,
                warningMessages, kubeProxy, gaps, CniPolicies.NONE);
    }

    /** The same cluster with other policies: what a what-if edit makes of it. */
    public ClusterSnapshot withPolicies(List<NetworkPolicy> newPolicies, List<AdminPolicy> newAdminPolicies) {
        return new ClusterSnapshot(source, namespaces, nodes, pods, workloads, services, endpoints, ingresses, newPolicies,
                newAdminPolicies, warningMessages, kubeProxy, gaps, cniPolicies);
    }

    /** The same cluster with other Cilium and Calico policies. */
    public ClusterSnapshot withCniPolicies(CniPolicies newCniPolicies) {
        return new ClusterSnapshot(source, namespaces, nodes, pods, workloads, services, endpoints, ingresses, policies,
                adminPolicies, warningMessages, kubeProxy, gaps, newCniPolicies);
    }

    /** The same snapshot, described as read from another source. */
    public ClusterSnapshot withSource(String newSource) {
        return new ClusterSnapshot(newSource, namespaces, nodes, pods, workloads, services, endpoints, ingresses, policies,
                adminPolicies, warningMessages, kubeProxy, gaps, cniPolicies);
    }

    /** What the source skipped or could not read, in English words (the command line's). */
    public List<String> warnings() {
        return MessageText.english(warningMessages);
    }

    /** The namespaces by name. */
    public Map<String, Namespace> namespacesByName() {
        return namespaces.stream().collect(Collectors.toMap(Namespace::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The namespace of this name; every namespace an object uses exists (rule 12). */
    public Namespace namespace(String name) {
        return namespaces.stream().filter(n -> n.name().equals(name)).findFirst().orElse(Namespace.implied(name));
    }

    /** The pod of this identity, if present. */
    public Optional<Pod> pod(PodRef ref) {
        return pods.stream().filter(p -> p.ref().equals(ref)).findFirst();
    }

    /** The Service of this namespace and name, if present. */
    public Optional<Service> service(String namespace, String name) {
        return services.stream().filter(s -> s.namespace().equals(namespace) && s.name().equals(name)).findFirst();
    }

    /** The hand-written or controller-made endpoints of a Service, if any. */
    public Optional<ServiceEndpoints> endpointsOf(Service service) {
        return endpoints.stream()
                .filter(e -> e.namespace().equals(service.namespace()) && e.service().equals(service.name()))
                .findFirst();
    }
}
