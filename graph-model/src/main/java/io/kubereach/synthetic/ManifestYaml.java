package io.kubereach.synthetic;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.TargetPort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.yaml.PolicyYaml;
import io.kubereach.yaml.YamlText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes model records as the Kubernetes manifests a live-cluster dump holds, one YAML document
 * each. Label maps are written in key order, so the same record always gives the same text.
 */
public final class ManifestYaml {

    private ManifestYaml() {
    }

    /** A {@code v1 Namespace}, its {@code kubernetes.io/metadata.name} label included. */
    public static String namespace(Namespace namespace) {
        Map<String, Object> doc = header("v1", "Namespace");
        doc.put("metadata", metadata(namespace.name(), Optional.empty(), namespace.labels()));
        doc.put("status", Map.of("phase", "Active"));
        return YamlText.document(doc);
    }

    /** A {@code v1 Node}: labels, pod CIDRs, and every address as an {@code InternalIP}. */
    public static String node(ClusterNode node) {
        Map<String, Object> doc = header("v1", "Node");
        doc.put("metadata", metadata(node.name(), Optional.empty(), node.labels()));
        Map<String, Object> spec = new LinkedHashMap<>();
        node.podCidr().ifPresent(c -> spec.put("podCIDR", c.toString()));
        if (!node.podCidrs().isEmpty()) {
            spec.put("podCIDRs", node.podCidrs().stream().map(Cidr::toString).toList());
        }
        doc.put("spec", spec);
        List<Object> addresses = new ArrayList<>();
        for (IpAddress address : node.addresses()) {
            addresses.add(entries("type", "InternalIP", "address", address.toString()));
        }
        addresses.add(entries("type", "Hostname", "address", node.name()));
        doc.put("status", Map.of("addresses", addresses));
        return YamlText.document(doc);
    }

    /**
     * A {@code v1 Pod} with its controller as owner reference, its containers' ports and its
     * status addresses.
     *
     * @param pod the pod
     * @param hostIp the address of the node it runs on, written as {@code status.hostIP}
     */
    public static String pod(Pod pod, Optional<IpAddress> hostIp) {
        Map<String, Object> doc = header("v1", "Pod");
        Map<String, Object> metadata = metadata(pod.name(), Optional.of(pod.namespace()), pod.labels());
        if (!pod.controller().kind().equals("Pod")) {
            metadata.put("ownerReferences", List.of(ownerReference(pod.controller())));
        }
        doc.put("metadata", metadata);
        Map<String, Object> spec = new LinkedHashMap<>();
        pod.node().ifPresent(n -> spec.put("nodeName", n));
        if (pod.hostNetwork()) {
            spec.put("hostNetwork", true);
        }
        if (!pod.serviceAccount().equals(Pod.DEFAULT_SERVICE_ACCOUNT)) {
            spec.put("serviceAccountName", pod.serviceAccount());
        }
        spec.put("containers", pod.containers().stream().map(ManifestYaml::container).toList());
        doc.put("spec", spec);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("phase", pod.ips().isEmpty() ? "Pending" : "Running");
        hostIp.ifPresent(ip -> status.put("hostIP", ip.toString()));
        if (!pod.ips().isEmpty()) {
            status.put("podIP", pod.ips().get(0).toString());
            status.put("podIPs", pod.ips().stream().map(ip -> Map.of("ip", ip.toString())).toList());
        }
        status.put("conditions", List.of(entries("type", "Ready", "status", pod.ready() ? "True" : "False")));
        doc.put("status", status);
        return YamlText.document(doc);
    }

    /** A {@code v1 Service} of any type, with its session affinity and external traffic policy. */
    public static String service(Service service) {
        Map<String, Object> doc = header("v1", "Service");
        doc.put("metadata", metadata(service.name(), Optional.of(service.namespace()), Map.of()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", typeName(service.type()));
        service.selector().ifPresent(s -> spec.put("selector", new TreeMap<>(s)));
        if (service.headless()) {
            spec.put("clusterIP", "None");
            spec.put("clusterIPs", List.of("None"));
        } else if (!service.clusterIps().isEmpty()) {
            spec.put("clusterIP", service.clusterIps().get(0).toString());
            spec.put("clusterIPs", service.clusterIps().stream().map(IpAddress::toString).toList());
        }
        if (service.type() == ServiceType.EXTERNAL_NAME) {
            spec.put("externalName", service.externalName());
        }
        if (!service.ports().isEmpty()) {
            spec.put("ports", service.ports().stream().map(ManifestYaml::servicePort).toList());
        }
        if (service.sessionAffinityClientIp()) {
            spec.put("sessionAffinity", "ClientIP");
            spec.put("sessionAffinityConfig",
                    Map.of("clientIP", Map.of("timeoutSeconds", service.affinityTimeoutSeconds())));
        } else {
            spec.put("sessionAffinity", "None");
        }
        if (service.type() == ServiceType.NODE_PORT || service.type() == ServiceType.LOAD_BALANCER) {
            spec.put("externalTrafficPolicy", service.externalTrafficLocal() ? "Local" : "Cluster");
        }
        doc.put("spec", spec);
        return YamlText.document(doc);
    }

    /** A {@code networking.k8s.io/v1 NetworkPolicy}, written rule for rule ({@link PolicyYaml}). */
    public static String networkPolicy(NetworkPolicy policy) {
        return PolicyYaml.text(policy, PolicyYaml.PolicyTypes.AS_DECLARED);
    }

    /** A CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy ({@link CniPolicyYaml}). */
    public static String ciliumPolicy(io.kubereach.model.CiliumPolicy policy) {
        return YamlText.document(CniPolicyYaml.cilium(policy));
    }

    /** A Calico NetworkPolicy or GlobalNetworkPolicy ({@link CniPolicyYaml}). */
    public static String calicoPolicy(io.kubereach.model.CalicoPolicy policy) {
        return YamlText.document(CniPolicyYaml.calico(policy));
    }

    /** A Calico Tier. */
    public static String calicoTier(io.kubereach.model.CalicoTier tier) {
        return YamlText.document(CniPolicyYaml.tier(tier));
    }

    /** A cluster-wide policy: AdminNetworkPolicy, BaselineAdminNetworkPolicy or ClusterNetworkPolicy ({@link AdminPolicyYaml}). */
    public static String adminPolicy(io.kubereach.model.AdminPolicy policy) {
        return YamlText.document(AdminPolicyYaml.document(policy));
    }

    static Map<String, Object> header(String apiVersion, String kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", apiVersion);
        doc.put("kind", kind);
        return doc;
    }

    static Map<String, Object> metadata(String name, Optional<String> namespace, Map<String, String> labels) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        namespace.ifPresent(ns -> metadata.put("namespace", ns));
        if (!labels.isEmpty()) {
            metadata.put("labels", new TreeMap<>(labels));
        }
        return metadata;
    }

    /** An ordered map of key/value pairs given in turn. */
    static Map<String, Object> entries(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> ownerReference(WorkloadRef owner) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("apiVersion", apiVersionOf(owner.kind()));
        ref.put("kind", owner.kind());
        ref.put("name", owner.name());
        // a live dump carries the owner's uid; derive a stable one from its identity
        ref.put("uid", UUID.nameUUIDFromBytes(owner.toString().getBytes(StandardCharsets.UTF_8)).toString());
        ref.put("controller", true);
        ref.put("blockOwnerDeletion", true);
        return ref;
    }

    private static String apiVersionOf(String kind) {
        return switch (kind) {
            case "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet" -> "apps/v1";
            case "Job", "CronJob" -> "batch/v1";
            default -> "v1";
        };
    }

    private static Map<String, Object> container(Container container) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", container.name());
        if (!container.image().isEmpty()) {
            map.put("image", container.image());
        }
        if (!container.ports().isEmpty()) {
            map.put("ports", container.ports().stream().map(ManifestYaml::containerPort).toList());
        }
        return map;
    }

    private static Map<String, Object> containerPort(ContainerPort port) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!port.name().isEmpty()) {
            map.put("name", port.name());
        }
        map.put("containerPort", port.number());
        map.put("protocol", port.protocol().name());
        return map;
    }

    private static Map<String, Object> servicePort(ServicePort port) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!port.name().isEmpty()) {
            map.put("name", port.name());
        }
        map.put("protocol", port.protocol().name());
        map.put("port", port.port());
        if (port.targetPort() instanceof TargetPort.Named named) {
            map.put("targetPort", named.name());
        } else {
            map.put("targetPort", ((TargetPort.Number) port.targetPort()).number());
        }
        if (port.nodePort() > 0) {
            map.put("nodePort", port.nodePort());
        }
        return map;
    }

    private static String typeName(ServiceType type) {
        return switch (type) {
            case CLUSTER_IP -> "ClusterIP";
            case NODE_PORT -> "NodePort";
            case LOAD_BALANCER -> "LoadBalancer";
            case EXTERNAL_NAME -> "ExternalName";
        };
    }
}
