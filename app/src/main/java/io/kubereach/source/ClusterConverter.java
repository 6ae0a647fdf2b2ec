package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.EndpointAddress;
import io.kubereach.model.EndpointPort;
import io.kubereach.model.Ingress;
import io.kubereach.model.IpAddress;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.Service;
import io.kubereach.model.ServiceEndpoints;
import io.kubereach.model.SourceGap;
import io.kubereach.model.Workload;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one converter from fabric8 objects to the model, for manifests ({@link #forManifests}) and
 * live clusters ({@link #forCluster}) alike: add objects in any order, then take the
 * {@link ClusterSnapshot}. Defaults are filled here and invalid objects are refused with a
 * {@link ManifestException} naming them; nothing downstream sees a fabric8 type.
 *
 * <p>An object declared twice (same kind, namespace and name) keeps its later declaration, with a
 * warning when the two differ. A Service's EndpointSlices take precedence over its Endpoints.
 * The {@code kube-system/kube-proxy} ConfigMap gives the snapshot its {@link KubeProxyConfig};
 * other ConfigMaps are ignored. What a source could not read is recorded with {@link #gap}.
 */
public final class ClusterConverter {

    /** Where an object's own labels are, for messages. */
    static final Message METADATA_LABELS = Message.verbatim("metadata.labels");

    private final String source;
    private final boolean representativePods;
    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final Map<String, ClusterNode> nodes = new LinkedHashMap<>();
    private final Map<PodRef, Pod> pods = new LinkedHashMap<>();
    private final Map<WorkloadRef, Workload> workloads = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ServiceEndpoints> endpoints = new LinkedHashMap<>();
    private final Map<String, List<ServiceEndpoints>> slices = new LinkedHashMap<>();
    private final Map<String, Ingress> ingresses = new LinkedHashMap<>();
    private final Map<String, NetworkPolicy> policies = new LinkedHashMap<>();
    private final Map<String, AdminPolicy> adminPolicies = new LinkedHashMap<>();
    private final List<Message> warnings = new ArrayList<>();
    private final List<SourceGap> gaps = new ArrayList<>();
    private final CniPolicyReader cniPolicies = new CniPolicyReader(warnings);
    private Optional<KubeProxyConfig> kubeProxy = Optional.empty();

    private ClusterConverter(String source, boolean representativePods) {
        this.source = source;
        this.representativePods = representativePods;
    }

    /**
     * A converter for manifests, where workloads have no pods yet: each workload's pod
     * template becomes representative pods, as netpol-analyzer does.
     *
     * @param source the files read, for the snapshot
     */
    public static ClusterConverter forManifests(String source) {
        return new ClusterConverter(source, true);
    }

    /**
     * A converter for a live cluster, whose pods are listed: workloads are recorded but make
     * no pods of their own, so that no pod is counted twice.
     *
     * @param source the cluster context, for the snapshot
     */
    public static ClusterConverter forCluster(String source) {
        return new ClusterConverter(source, false);
    }

    /**
     * Adds one object. Kinds that do not matter for reachability are ignored, and so is every ConfigMap but
     * {@code kube-system/kube-proxy}, whose {@code config.conf} gives the proxy mode.
     *
     * @param object a fabric8 object of any kind
     * @param origin where it came from (a file, a context), for messages
     * @return whether the object's kind is one the snapshot holds
     * @throws ManifestException when the object is invalid; the message names origin, kind and name
     */
    public boolean add(HasMetadata object, String origin) throws ManifestException {
        return add(object, origin, representativePods);
    }

    /**
     * Adds one object as read from a live cluster (or a snapshot of one), whatever this
     * converter is for: a workload makes no representative pods, since the cluster's pods are
     * read too.
     *
     * @see #add(HasMetadata, String)
     */
    public boolean addFromCluster(HasMetadata object, String origin) throws ManifestException {
        return add(object, origin, false);
    }

    private boolean add(HasMetadata object, String origin, boolean representativePods) throws ManifestException {
        if (object instanceof io.fabric8.kubernetes.api.model.Namespace ns) {
            ObjectOrigin o = ObjectOrigin.ofClusterScoped(origin, ns, warnings::add);
            put(namespaces, o.name(), new Namespace(o.name(), o.labels(ns.getMetadata().getLabels(), METADATA_LABELS)), o);
        } else if (object instanceof Node node) {
            ObjectOrigin o = ObjectOrigin.ofClusterScoped(origin, node, warnings::add);
            put(nodes, o.name(), node(node, o), o);
        } else if (object instanceof io.fabric8.kubernetes.api.model.Pod pod) {
            ObjectOrigin o = ObjectOrigin.of(origin, pod, warnings::add);
            put(pods, new PodRef(o.namespace(), o.name()), PodConverter.convert(pod, o, warnings::add), o);
        } else if (WorkloadConverter.isWorkload(object)) {
            ObjectOrigin o = ObjectOrigin.of(origin, object, warnings::add);
            WorkloadConverter.Result result = WorkloadConverter.convert(object, o, warnings::add);
            put(workloads, result.workload().ref(), result.workload(), o);
            if (representativePods) {
                for (Pod pod : result.pods()) {
                    put(pods, pod.ref(), pod, o);
                }
            }
        } else if (object instanceof io.fabric8.kubernetes.api.model.Service service) {
            ObjectOrigin o = ObjectOrigin.of(origin, service, warnings::add);
            put(services, o.qualifiedName(), ServiceConverter.convert(service, o), o);
        } else if (object instanceof Endpoints e) {
            ObjectOrigin o = ObjectOrigin.of(origin, e, warnings::add);
            put(endpoints, o.qualifiedName(), ServiceConverter.endpoints(e, o), o);
        } else if (object instanceof EndpointSlice slice) {
            ObjectOrigin o = ObjectOrigin.of(origin, slice, warnings::add);
            ServiceConverter.slice(slice, o, warnings::add).ifPresent(part ->
                    slices.computeIfAbsent(part.namespace() + "/" + part.service(), k -> new ArrayList<>()).add(part));
        } else if (object instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress) {
            ObjectOrigin o = ObjectOrigin.of(origin, ingress, warnings::add);
            put(ingresses, "Ingress " + o.qualifiedName(), IngressConverter.convert(ingress, o, warnings::add), o);
        } else if (object instanceof GenericKubernetesResource generic && EntryConverter.kindOf(generic).isPresent()) {
            ObjectOrigin o = ObjectOrigin.of(origin, generic, warnings::add);
            Ingress entry = EntryConverter.convert(generic, EntryConverter.kindOf(generic).get(), o, warnings::add);
            put(ingresses, entry.kind().kind() + " " + o.qualifiedName(), entry, o);
        } else if (object instanceof io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy policy) {
            ObjectOrigin o = ObjectOrigin.of(origin, policy, warnings::add);
            put(policies, o.qualifiedName(), NetworkPolicyConverter.convert(policy, o), o);
        } else if (object instanceof GenericKubernetesResource generic
                && AdminPolicyConverter.kindOf(String.valueOf(generic.getApiVersion()), String.valueOf(generic.getKind())).isPresent()) {
            ObjectOrigin o = ObjectOrigin.ofClusterScoped(origin, generic, warnings::add);
            AdminPolicy.Kind kind = AdminPolicyConverter.kindOf(generic.getApiVersion(), generic.getKind()).orElseThrow();
            put(adminPolicies, kind.kindName() + "/" + o.name(), AdminPolicyConverter.convert(generic, kind, o, warnings::add), o);
        } else if (object instanceof GenericKubernetesResource generic && CniPolicyReader.reads(generic)) {
            cniPolicies.add(generic, origin);
        } else if (object instanceof io.fabric8.kubernetes.api.model.ServiceAccount account) {
            ObjectOrigin o = ObjectOrigin.of(origin, account, warnings::add);
            cniPolicies.add(new io.kubereach.model.ServiceAccount(o.namespace(), o.name(),
                    o.labels(account.getMetadata().getLabels(), Message.verbatim("metadata.labels"))), o);
        } else if (object instanceof ConfigMap map && map.getMetadata() != null
                && KubeProxyConfigMap.is("ConfigMap", map.getMetadata().getNamespace(), map.getMetadata().getName())) {
            ObjectOrigin o = ObjectOrigin.of(origin, map, warnings::add);
            kubeProxy = KubeProxyConfigMap.parse(map, o, warnings::add).or(() -> kubeProxy);
        } else {
            return false;
        }
        return true;
    }

    /** Adds every object of a collection, all from the same origin. */
    public void addAll(List<? extends HasMetadata> objects, String origin) throws ManifestException {
        for (HasMetadata object : objects) {
            add(object, origin);
        }
    }

    /** Records something the source skipped or could not read, as a message. */
    public void warning(Message message) {
        warnings.add(message);
    }

    /** Records something the source skipped or could not read, in words shown as they are. */
    public void warning(String text) {
        warnings.add(Message.verbatim(text));
    }

    /** Records a kind the source could not read, so that what depends on it stays unknown. */
    public void gap(SourceGap gap) {
        gaps.add(gap);
    }

    /**
     * The snapshot of everything added so far; namespaces that objects use are implied, and each
     * pod belongs to the workload users name (its Deployment, not its ReplicaSet; see {@link WorkloadNames}).
     */
    public ClusterSnapshot snapshot() {
        ClusterSnapshotBuilder builder = new ClusterSnapshotBuilder(source);
        namespaces.values().forEach(builder::namespace);
        nodes.values().forEach(builder::node);
        pods.values().forEach(p -> builder.pod(p.ownedBy(WorkloadNames.named(p.controller(), p.labels(), workloads))));
        workloads.values().forEach(builder::workload);
        services.values().forEach(builder::service);
        Map<String, ServiceEndpoints> merged = new LinkedHashMap<>(endpoints);
        slices.forEach((key, parts) -> merged.put(key, merge(parts)));
        merged.values().forEach(builder::endpoints);
        ingresses.values().forEach(builder::ingress);
        policies.values().forEach(builder::policy);
        adminPolicies.values().forEach(builder::adminPolicy);
        builder.cniPolicies(cniPolicies.policies());
        warnings.forEach(builder::warning);
        UndeclaredNamespaces.warning(namespaces.keySet(), pods.values(), policies.values(), adminPolicies.values()).ifPresent(builder::warning);
        gaps.forEach(builder::gap);
        kubeProxy.ifPresent(builder::kubeProxy);
        return builder.build();
    }

    private <K, V> void put(Map<K, V> map, K key, V value, ObjectOrigin origin) {
        V earlier = map.put(key, value);
        if (earlier != null && !earlier.equals(value)) {
            warnings.add(origin.warning(Message.of("sourceWarning.duplicate")));
        }
    }

    /** The slices of one Service as one set of endpoints. */
    private static ServiceEndpoints merge(List<ServiceEndpoints> parts) {
        Set<EndpointAddress> addresses = new LinkedHashSet<>();
        Set<EndpointPort> ports = new LinkedHashSet<>();
        for (ServiceEndpoints part : parts) {
            addresses.addAll(part.addresses());
            ports.addAll(part.ports());
        }
        ServiceEndpoints first = parts.get(0);
        return new ServiceEndpoints(first.namespace(), first.service(), List.copyOf(addresses), List.copyOf(ports));
    }

    private static ClusterNode node(Node node, ObjectOrigin origin) throws ManifestException {
        List<String> cidrTexts = new ArrayList<>();
        if (node.getSpec() != null) {
            if (node.getSpec().getPodCIDRs() != null && !node.getSpec().getPodCIDRs().isEmpty()) {
                cidrTexts.addAll(node.getSpec().getPodCIDRs());
            } else if (node.getSpec().getPodCIDR() != null && !node.getSpec().getPodCIDR().isBlank()) {
                cidrTexts.add(node.getSpec().getPodCIDR());
            }
        }
        List<Cidr> podCidrs = new ArrayList<>();
        for (String text : cidrTexts) {
            Optional<Cidr> cidr = Cidr.parse(text.trim());
            if (cidr.isEmpty()) {
                throw origin.error("sourceError.podCidr", String.valueOf(text));
            }
            podCidrs.add(cidr.get());
        }
        Set<IpAddress> addresses = new LinkedHashSet<>();
        List<NodeAddress> declared = node.getStatus() == null || node.getStatus().getAddresses() == null
                ? List.of() : node.getStatus().getAddresses();
        for (NodeAddress address : declared) {
            // Hostname and DNS entries are names, not addresses
            if ("InternalIP".equals(address.getType()) || "ExternalIP".equals(address.getType())) {
                addresses.add(origin.address(address.getAddress(), Message.verbatim("status.addresses " + address.getType())));
            }
        }
        return new ClusterNode(origin.name(), origin.labels(node.getMetadata().getLabels(), METADATA_LABELS),
                ObjectOrigin.annotations(node.getMetadata().getAnnotations()), podCidrs, List.copyOf(addresses));
    }
}
