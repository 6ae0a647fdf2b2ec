package io.kubereach.source.live;

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
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.CniKind;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.text.Message;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The kinds a live load reads, in the order it reads them, each with the fields it keeps (see
 * {@link KeptFields}) and what it means for the model when the kind cannot be read.
 */
public enum ResourceKind {

    NAMESPACE("Namespace", "Namespaces", Namespace.class, false,
            "gap.consequence.namespace",
            "kind,apiVersion,metadata{name,labels}"),
    NODE("Node", "Nodes", Node.class, false,
            "gap.consequence.node",
            "kind,apiVersion,metadata{name,labels,annotations{" + Fields.NODE_ANNOTATIONS + "}},spec{podCIDR,podCIDRs},status{addresses}"),
    POD("Pod", "Pods", Pod.class, true,
            "gap.consequence.pod",
            Fields.META + ",spec{nodeName,hostNetwork,serviceAccountName," + Fields.CONTAINERS + "},status{podIP,podIPs,hostIP,phase,conditions{type,status}}"),
    REPLICA_SET("ReplicaSet", "ReplicaSets", ReplicaSet.class, true, Fields.NO_OWNERS, Fields.META + ",spec{replicas,selector," + Fields.TEMPLATE + "}"),
    DEPLOYMENT("Deployment", "Deployments", Deployment.class, true, Fields.NO_OWNERS, Fields.META + ",spec{replicas,selector," + Fields.TEMPLATE + "}"),
    STATEFUL_SET("StatefulSet", "StatefulSets", StatefulSet.class, true, Fields.NO_OWNERS, Fields.META + ",spec{replicas,selector," + Fields.TEMPLATE + "}"),
    DAEMON_SET("DaemonSet", "DaemonSets", DaemonSet.class, true,
            "gap.consequence.daemonSet",
            Fields.META + ",spec{selector," + Fields.TEMPLATE + "}"),
    JOB("Job", "Jobs", Job.class, true, Fields.NO_OWNERS, Fields.META + ",spec{parallelism,selector," + Fields.TEMPLATE + "}"),
    CRON_JOB("CronJob", "CronJobs", CronJob.class, true, Fields.NO_OWNERS,
            Fields.META + ",spec{jobTemplate{spec{parallelism," + Fields.TEMPLATE + "}}}"),
    REPLICATION_CONTROLLER("ReplicationController", "ReplicationControllers", ReplicationController.class, true, Fields.NO_OWNERS,
            Fields.META + ",spec{replicas,selector," + Fields.TEMPLATE + "}"),
    SERVICE("Service", "Services", Service.class, true,
            "gap.consequence.service", Fields.META + ",spec,status"),
    ENDPOINT_SLICE("EndpointSlice", "EndpointSlices", EndpointSlice.class, true,
            "gap.consequence.endpoints", Fields.META + ",addressType,endpoints,ports"),
    ENDPOINTS("Endpoints", "Endpoints", Endpoints.class, true,
            "gap.consequence.endpoints", Fields.META + ",subsets"),
    INGRESS("Ingress", "Ingresses", Ingress.class, true,
            "gap.consequence.ingress",
            "kind,apiVersion,metadata{name,namespace,labels,annotations{kubernetes.io/ingress.class}},spec"),
    INGRESS_CLASS("IngressClass", "IngressClasses", IngressClass.class, false,
            "gap.consequence.ingressClass",
            "kind,apiVersion,metadata{name,labels,annotations{ingressclass.kubernetes.io/is-default-class}},spec"),
    NETWORK_POLICY("NetworkPolicy", "NetworkPolicies", NetworkPolicy.class, true,
            "gap.consequence.networkPolicy", Fields.META + ",spec"),
    CONFIG_MAP("ConfigMap", "ConfigMaps", ConfigMap.class, true,
            "gap.consequence.configMap",
            "kind,apiVersion,metadata{name,namespace},data{config.conf}"),
    ADMIN_NETWORK_POLICY(AdminPolicy.Kind.ADMIN_NETWORK_POLICY, "AdminNetworkPolicies"),
    BASELINE_ADMIN_NETWORK_POLICY(AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY, "BaselineAdminNetworkPolicies"),
    CLUSTER_NETWORK_POLICY(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY, "ClusterNetworkPolicies"),
    ROUTE("route.openshift.io/v1", "Route", "Routes"),
    GATEWAY("gateway.networking.k8s.io/v1", "Gateway", "Gateways"),
    HTTP_ROUTE("gateway.networking.k8s.io/v1", "HTTPRoute", "HTTPRoutes"),
    GRPC_ROUTE("gateway.networking.k8s.io/v1", "GRPCRoute", "GRPCRoutes"),
    TLS_ROUTE("gateway.networking.k8s.io/v1alpha2", "TLSRoute", "TLSRoutes"),
    SERVICE_ACCOUNT("ServiceAccount", "ServiceAccounts", ServiceAccount.class, true,
            "gap.consequence.serviceAccount", "kind,apiVersion,metadata{name,namespace,labels}"),
    CILIUM_NETWORK_POLICY(CniKind.CILIUM_NETWORK_POLICY, false),
    CILIUM_CLUSTERWIDE_NETWORK_POLICY(CniKind.CILIUM_CLUSTERWIDE_NETWORK_POLICY, false),
    CALICO_TIER(CniKind.CALICO_TIER, false),
    CALICO_NETWORK_POLICY(CniKind.CALICO_NETWORK_POLICY, false),
    CALICO_GLOBAL_NETWORK_POLICY(CniKind.CALICO_GLOBAL_NETWORK_POLICY, false),
    CALICO_HOST_ENDPOINT(CniKind.CALICO_HOST_ENDPOINT, false),
    CALICO_NETWORK_SET(CniKind.CALICO_NETWORK_SET, false),
    CALICO_GLOBAL_NETWORK_SET(CniKind.CALICO_GLOBAL_NETWORK_SET, false),
    ISTIO_AUTHORIZATION_POLICY(CniKind.ISTIO_AUTHORIZATION_POLICY, false),
    ISTIO_PEER_AUTHENTICATION(CniKind.ISTIO_PEER_AUTHENTICATION, false),
    ANTREA_NETWORK_POLICY(CniKind.ANTREA_NETWORK_POLICY, false),
    ANTREA_CLUSTER_NETWORK_POLICY(CniKind.ANTREA_CLUSTER_NETWORK_POLICY, false),
    // Calico's CRD storage form, read only where the aggregated API (projectcalico.org/v3) is not served
    CALICO_TIER_STORAGE(CniKind.CALICO_TIER, true),
    CALICO_NETWORK_POLICY_STORAGE(CniKind.CALICO_NETWORK_POLICY, true),
    CALICO_GLOBAL_NETWORK_POLICY_STORAGE(CniKind.CALICO_GLOBAL_NETWORK_POLICY, true),
    CALICO_HOST_ENDPOINT_STORAGE(CniKind.CALICO_HOST_ENDPOINT, true),
    CALICO_NETWORK_SET_STORAGE(CniKind.CALICO_NETWORK_SET, true),
    CALICO_GLOBAL_NETWORK_SET_STORAGE(CniKind.CALICO_GLOBAL_NETWORK_SET, true);

    /** Field trees shared by several kinds. */
    private static final class Fields {
        static final String META = "kind,apiVersion,metadata{name,namespace,labels,ownerReferences{apiVersion,kind,name,controller}}";
        static final String CONTAINERS = "containers{name,image,ports}";
        static final String TEMPLATE = "template{metadata{labels},spec{hostNetwork,serviceAccountName," + CONTAINERS + "}}";
        static final String NO_OWNERS = "gap.consequence.noOwners";
        /** Only the node annotations the CNI recognition reads: a node's others may say anything (k3s keeps its command line there). */
        static final String NODE_ANNOTATIONS = String.join(",", CniRecognizer.nodeAnnotationPrefixes().stream().map(p -> p + "*").toList());
    }

    private final String kind;
    private final String plural;
    private final Class<? extends HasMetadata> type;
    private final boolean namespaced;
    private final String consequenceKey;
    private final KeptFields kept;
    private final Optional<String> apiVersion;
    private final String gapKind;
    private final boolean storageForm;

    ResourceKind(String kind, String plural, Class<? extends HasMetadata> type, boolean namespaced, String consequenceKey, String kept) {
        this.kind = kind;
        this.plural = plural;
        this.type = type;
        this.namespaced = namespaced;
        this.consequenceKey = consequenceKey;
        this.kept = KeptFields.parse(kept);
        this.apiVersion = Optional.empty();
        this.gapKind = kind;
        this.storageForm = false;
    }

    /**
     * A cluster-wide policy kind, served only where its CRD is installed and read as a generic
     * object (fabric8 has no class for it).
     */
    ResourceKind(AdminPolicy.Kind policy, String plural) {
        this.kind = policy.kindName();
        this.plural = plural;
        this.type = GenericKubernetesResource.class;
        this.namespaced = false;
        this.consequenceKey = "gap.consequence.clusterPolicy";
        this.kept = KeptFields.parse("kind,apiVersion,metadata{name},spec");
        this.apiVersion = Optional.of(policy.apiVersion());
        this.gapKind = kind;
        this.storageForm = false;
    }

    /**
     * A kind of a CNI's or mesh's own objects, served only where its CRD is installed, read as a
     * generic object; a gap names it {@link CniKind#gapKind()} (a Calico and a Kubernetes
     * NetworkPolicy share a kind).
     *
     * @param storageForm whether this is Calico's CRD storage form ({@code crd.projectcalico.org/v1}),
     *     read only where the kind's API is not served
     */
    ResourceKind(CniKind cni, boolean storageForm) {
        this.kind = cni.kind();
        this.plural = cni.plural();
        this.type = GenericKubernetesResource.class;
        this.namespaced = cni.namespaced();
        this.consequenceKey = cni == CniKind.CALICO_NETWORK_SET || cni == CniKind.CALICO_GLOBAL_NETWORK_SET || cni == CniKind.CALICO_TIER
                ? "gap.consequence.cniObject" : "gap.consequence.cniPolicy";
        this.kept = KeptFields.parse("kind,apiVersion,metadata{name,namespace,labels},spec");
        this.apiVersion = Optional.of(storageForm ? CniKind.CALICO_STORAGE_API_VERSION : cni.apiVersion());
        this.gapKind = cni.gapKind();
        this.storageForm = storageForm;
    }

    /** How a {@link io.kubereach.model.SourceGap} names this kind. */
    public String gapKind() {
        return gapKind;
    }

    /** Whether this is a storage form read only in place of the kind of the same gap kind. */
    boolean storageForm() {
        return storageForm;
    }

    /** The storage form read where this kind's API is not served (Calico's), if any. */
    Optional<ResourceKind> storageFallback() {
        for (ResourceKind k : values()) {
            if (k.storageForm && !storageForm && k.gapKind.equals(gapKind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * An entry point outside Kubernetes itself (OpenShift's Route, the Gateway API), served only
     * where its CRD is installed and read as a generic object.
     */
    ResourceKind(String apiVersion, String kind, String plural) {
        this.kind = kind;
        this.plural = plural;
        this.type = GenericKubernetesResource.class;
        this.namespaced = true;
        this.consequenceKey = "gap.consequence.entryPoint";
        this.kept = KeptFields.parse("kind,apiVersion,metadata{name,namespace,labels},spec");
        this.apiVersion = Optional.of(apiVersion);
        this.gapKind = kind;
        this.storageForm = false;
    }

    /** The apiVersion of a kind read as a generic object (a custom resource); empty for the built-in kinds. */
    Optional<String> genericApiVersion() {
        return apiVersion;
    }

    /**
     * Whether the cluster may simply not serve this kind (a custom resource whose CRD is not
     * installed): then a 404 is normal and silent, not a gap.
     */
    boolean optional() {
        return apiVersion.isPresent();
    }

    /** The kind as the API names it: {@code NetworkPolicy}. */
    public String kind() {
        return kind;
    }

    /** The plural for messages: {@code NetworkPolicies}. */
    public String plural() {
        return plural;
    }

    /** The fabric8 class objects of this kind are read as. */
    Class<? extends HasMetadata> type() {
        return type;
    }

    /** Whether objects of this kind live in a namespace. */
    public boolean namespaced() {
        return namespaced;
    }

    /** What the model lacks when this kind cannot be read, as a message. */
    public Message consequence() {
        return Message.of(consequenceKey);
    }

    /** A copy of an object of this kind reduced to the fields KubeReach reads, every text in them scrubbed. */
    HasMetadata keep(HasMetadata object, UnaryOperator<String> scrub) {
        return kept.keep(object, scrub);
    }
}
