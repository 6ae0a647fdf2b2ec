package io.kubereach.model;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the objects of one source and makes the snapshot, filling the defaults once:
 * namespaces that objects use but nobody declares are implied (rule 12).
 */
public final class ClusterSnapshotBuilder {

    private final String source;
    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private final List<Pod> pods = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<ServiceEndpoints> endpoints = new ArrayList<>();
    private final List<Ingress> ingresses = new ArrayList<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();
    private final List<AdminPolicy> adminPolicies = new ArrayList<>();
    private final List<Message> warnings = new ArrayList<>();
    private final List<SourceGap> gaps = new ArrayList<>();
    private Optional<KubeProxyConfig> kubeProxy = Optional.empty();
    private CniPolicies cniPolicies = CniPolicies.NONE;

    /** A builder for a snapshot read from {@code source}. */
    public ClusterSnapshotBuilder(String source) {
        this.source = source;
    }

    /** Declares a namespace; a later declaration of the same name replaces an earlier one. */
    public ClusterSnapshotBuilder namespace(Namespace namespace) {
        namespaces.put(namespace.name(), namespace);
        return this;
    }

    public ClusterSnapshotBuilder node(ClusterNode node) {
        nodes.add(node);
        return this;
    }

    public ClusterSnapshotBuilder pod(Pod pod) {
        pods.add(pod);
        return this;
    }

    public ClusterSnapshotBuilder workload(Workload workload) {
        workloads.add(workload);
        return this;
    }

    public ClusterSnapshotBuilder service(Service service) {
        services.add(service);
        return this;
    }

    public ClusterSnapshotBuilder endpoints(ServiceEndpoints serviceEndpoints) {
        endpoints.add(serviceEndpoints);
        return this;
    }

    public ClusterSnapshotBuilder ingress(Ingress ingress) {
        ingresses.add(ingress);
        return this;
    }

    public ClusterSnapshotBuilder policy(NetworkPolicy policy) {
        policies.add(policy);
        return this;
    }

    /** Adds a cluster-wide policy (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy). */
    public ClusterSnapshotBuilder adminPolicy(AdminPolicy policy) {
        adminPolicies.add(policy);
        return this;
    }

    /** Adds a warning in words shown as they are. */
    public ClusterSnapshotBuilder warning(String warning) {
        warnings.add(Message.verbatim(warning));
        return this;
    }

    /** Adds a warning as a message, to be shown in the reader's language. */
    public ClusterSnapshotBuilder warning(Message warning) {
        warnings.add(warning);
        return this;
    }

    public ClusterSnapshotBuilder kubeProxy(KubeProxyConfig config) {
        kubeProxy = Optional.of(config);
        return this;
    }

    /** Sets the Cilium and Calico policies and the objects recognised but not evaluated. */
    public ClusterSnapshotBuilder cniPolicies(CniPolicies policies) {
        cniPolicies = policies;
        return this;
    }

    /** Records something the source could not read; it is also reported as a warning. */
    public ClusterSnapshotBuilder gap(SourceGap gap) {
        gaps.add(gap);
        return this;
    }

    /** The snapshot, with every namespace that an object uses present. */
    public ClusterSnapshot build() {
        Map<String, Namespace> all = new LinkedHashMap<>(namespaces);
        pods.forEach(p -> all.computeIfAbsent(p.namespace(), Namespace::implied));
        services.forEach(s -> all.computeIfAbsent(s.namespace(), Namespace::implied));
        policies.forEach(p -> all.computeIfAbsent(p.namespace(), Namespace::implied));
        ingresses.forEach(i -> all.computeIfAbsent(i.namespace(), Namespace::implied));
        workloads.forEach(w -> all.computeIfAbsent(w.ref().namespace(), Namespace::implied));
        cniPolicies.cilium().forEach(p -> p.namespace().ifPresent(n -> all.computeIfAbsent(n, Namespace::implied)));
        cniPolicies.calico().forEach(p -> p.namespace().ifPresent(n -> all.computeIfAbsent(n, Namespace::implied)));
        cniPolicies.unevaluated().forEach(u -> u.namespace().ifPresent(n -> all.computeIfAbsent(n, Namespace::implied)));
        return new ClusterSnapshot(source, List.copyOf(all.values()), nodes, pods, workloads, services,
                endpoints, ingresses, policies, adminPolicies, warnings, kubeProxy, gaps, cniPolicies);
    }
}
