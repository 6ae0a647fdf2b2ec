package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds a manifest may hold, by API group and kind: those the {@link ClusterConverter}
 * reads (as which fabric8 class), and the network-relevant ones that are not analysed yet.
 * Of the ConfigMaps only {@code kube-system/kube-proxy} is read (its mode decides load balancing);
 * everything else (other ConfigMaps, RBAC, CRDs, …) does not matter for reachability.
 */
final class ManifestKinds {

    /**
     * Readable kinds by {@code group/Kind}; older groups whose fields we read have the same shape.
     * Entry points outside Kubernetes itself (OpenShift's Route, the Gateway API) are read as
     * generic resources by {@link EntryConverter}.
     */
    private static final Map<String, Class<? extends HasMetadata>> READ = Map.ofEntries(
            Map.entry("/Namespace", Namespace.class),
            Map.entry("/Node", Node.class),
            Map.entry("/Pod", Pod.class),
            Map.entry("/ReplicationController", ReplicationController.class),
            Map.entry("/Service", Service.class),
            Map.entry("/Endpoints", Endpoints.class),
            Map.entry("/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/Deployment", Deployment.class),
            Map.entry("apps/StatefulSet", StatefulSet.class),
            Map.entry("apps/DaemonSet", DaemonSet.class),
            Map.entry("apps/ReplicaSet", ReplicaSet.class),
            Map.entry("extensions/Deployment", Deployment.class),
            Map.entry("extensions/DaemonSet", DaemonSet.class),
            Map.entry("extensions/ReplicaSet", ReplicaSet.class),
            Map.entry("batch/Job", Job.class),
            Map.entry("batch/CronJob", CronJob.class),
            Map.entry("discovery.k8s.io/EndpointSlice", EndpointSlice.class),
            Map.entry("networking.k8s.io/NetworkPolicy", NetworkPolicy.class),
            Map.entry("extensions/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/Ingress", Ingress.class),
            Map.entry(EntryConverter.ROUTE_GROUP + "/Route", GenericKubernetesResource.class),
            Map.entry(EntryConverter.GATEWAY_GROUP + "/Gateway", GenericKubernetesResource.class),
            Map.entry(EntryConverter.GATEWAY_GROUP + "/HTTPRoute", GenericKubernetesResource.class),
            Map.entry(EntryConverter.GATEWAY_GROUP + "/GRPCRoute", GenericKubernetesResource.class),
            Map.entry(EntryConverter.GATEWAY_GROUP + "/TLSRoute", GenericKubernetesResource.class));

    /**
     * Kinds that shape traffic but that the engine does not analyse yet (the cluster-wide policy
     * kinds in a version other than the one read).
     */
    private static final Set<String> NOT_ANALYSED = Set.of(
            "policy.networking.k8s.io/AdminNetworkPolicy",
            "policy.networking.k8s.io/BaselineAdminNetworkPolicy",
            "policy.networking.k8s.io/ClusterNetworkPolicy",
            "gateway.networking.k8s.io/TCPRoute",
            "gateway.networking.k8s.io/UDPRoute");

    /**
     * The versions the API server serves (or served) each group read here in: an object of a
     * read kind in any other version is one no cluster would take.
     */
    private static final Map<String, List<String>> SERVED_VERSIONS = Map.of(
            "", List.of("v1"),
            "apps", List.of("v1", "v1beta2", "v1beta1"),
            "extensions", List.of("v1beta1"),
            "batch", List.of("v1", "v1beta1", "v2alpha1"),
            "discovery.k8s.io", List.of("v1", "v1beta1"),
            "networking.k8s.io", List.of("v1", "v1beta1"));

    /** API groups whose kinds shape traffic (meshes, vendor policies) and are not analysed yet. */
    private static final Set<String> TRAFFIC_GROUPS = Set.of(
            "networking.istio.io", "security.istio.io", "policy.linkerd.io", "projectcalico.org", "crd.projectcalico.org",
            "cilium.io", "crd.antrea.io", "k8s.cni.cncf.io", "networking.gke.io");

    /** The only Ingress version whose schema the converter reads. */
    private static final String INGRESS_VERSION = "networking.k8s.io/v1";

    private ManifestKinds() {
    }

    /**
     * The fabric8 class to read a raw object as; empty when it is not read. Of all ConfigMaps,
     * only kube-proxy's is read (for its mode and IPVS scheduler).
     */
    static Optional<Class<? extends HasMetadata>> readAs(ManifestFile.RawObject object) {
        if (group(object.apiVersion()).isEmpty()
                && KubeProxyConfigMap.is(object.kind(), object.metadata("namespace"), object.metadata("name"))) {
            return Optional.of(ConfigMap.class);
        }
        return readAs(object.apiVersion(), object.kind());
    }

    /**
     * The fabric8 class to read an object of this apiVersion and kind as; empty when it is not
     * read. The cluster-wide policies are read as generic objects (fabric8 has no class for them).
     */
    static Optional<Class<? extends HasMetadata>> readAs(String apiVersion, String kind) {
        if (isOldIngress(apiVersion, kind)) {
            return Optional.empty();
        }
        if (AdminPolicyConverter.kindOf(apiVersion, kind).isPresent()
                || CniPolicyKinds.of(apiVersion, kind).isPresent()) {
            return Optional.of(GenericKubernetesResource.class);
        }
        return Optional.ofNullable(READ.get(group(apiVersion) + "/" + kind));
    }

    /**
     * The versions the API server serves a read kind in, when {@code apiVersion} is not one of
     * them ({@code networking.k8s.io/v9}); empty when it is, or when the kind is not read here.
     */
    static Optional<String> unservedVersion(String apiVersion, String kind) {
        String group = group(apiVersion);
        List<String> served = SERVED_VERSIONS.get(group);
        if (served == null || !READ.containsKey(group + "/" + kind)) {
            return Optional.empty();
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return served.contains(version) ? Optional.empty()
                : Optional.of(String.join(", ", served.stream().map(v -> group.isEmpty() ? v : group + "/" + v).toList()));
    }

    /** Ingress before {@code networking.k8s.io/v1}: {@code serviceName}/{@code servicePort} backends. */
    private static boolean isOldIngress(String apiVersion, String kind) {
        String group = group(apiVersion);
        return kind.equals("Ingress") && (group.equals("extensions") || group.equals("networking.k8s.io"))
                && !apiVersion.equals(INGRESS_VERSION);
    }

    /**
     * Why an object that matters for traffic is skipped, or empty when it is read or is not known
     * to matter. Vendor policies (Calico, Cilium, Antrea, multi-network) are named by their kind,
     * meshes (Istio, Linkerd) by their API group.
     */
    static Optional<Message> skipReason(String apiVersion, String kind) {
        String key = group(apiVersion) + "/" + kind;
        if (isOldIngress(apiVersion, kind)) {
            return Optional.of(Message.of("sourceWarning.oldIngress", apiVersion, INGRESS_VERSION));
        }
        if (READ.containsKey(key) || AdminPolicyConverter.kindOf(apiVersion, kind).isPresent()
                || CniPolicyKinds.of(apiVersion, kind).isPresent()) {
            return Optional.empty();
        }
        if (NOT_ANALYSED.contains(key) || TRAFFIC_GROUPS.contains(group(apiVersion)) || kind.contains("NetworkPolicy")) {
            return Optional.of(Message.of("sourceWarning.notAnalysed", apiVersion, kind));
        }
        return Optional.empty();
    }

    /** The API group of an apiVersion: {@code apps} for {@code apps/v1}, empty for the core {@code v1}. */
    static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
