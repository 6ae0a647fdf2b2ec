package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Turns a Pod, or the pod template of a workload, into a model pod. */
final class PodConverter {

    /** Where a workload's pod labels are, for messages. */
    static final Message TEMPLATE_LABELS = Message.verbatim("spec.template.metadata.labels");

    private PodConverter() {
    }

    /** A pod as declared or as listed from a cluster. */
    static Pod convert(io.fabric8.kubernetes.api.model.Pod pod, ObjectOrigin origin, Consumer<Message> warnings)
            throws ManifestException {
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        Optional<String> node = spec.getNodeName() == null || spec.getNodeName().isBlank()
                ? Optional.empty() : Optional.of(spec.getNodeName());
        return new Pod(origin.namespace(), origin.name(), origin.labels(pod.getMetadata().getLabels(), ClusterConverter.METADATA_LABELS),
                ips(pod.getStatus(), origin), node, owner(pod.getMetadata(), origin),
                Boolean.TRUE.equals(spec.getHostNetwork()), containers(spec, origin, warnings), ready(pod.getStatus()),
                serviceAccount(spec));
    }

    /**
     * A pod made from a workload's pod template: the template's labels and containers, no IP,
     * no node, owned by the workload. The template's own namespace, if any, is ignored.
     */
    static Pod fromTemplate(ObjectMeta template, PodSpec spec, String podName, WorkloadRef owner, ObjectOrigin origin,
            Consumer<Message> warnings) throws ManifestException {
        PodSpec podSpec = spec == null ? new PodSpec() : spec;
        return new Pod(owner.namespace(), podName, origin.labels(template == null ? null : template.getLabels(), TEMPLATE_LABELS),
                List.of(), Optional.empty(), owner, Boolean.TRUE.equals(podSpec.getHostNetwork()),
                containers(podSpec, origin, warnings), true, serviceAccount(podSpec));
    }

    /**
     * The service account a pod runs as: {@code serviceAccountName}, else the deprecated
     * {@code serviceAccount} alias, else {@code default} (what the ServiceAccount admission
     * controller fills in).
     */
    private static String serviceAccount(PodSpec spec) {
        for (String name : new String[] {spec.getServiceAccountName(), spec.getServiceAccount()}) {
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        return Pod.DEFAULT_SERVICE_ACCOUNT;
    }

    /**
     * The workload a pod belongs to, as netpol-analyzer sees it: its controller (a ReplicaSet is
     * not traced up to its Deployment), or the pod itself when it has none.
     */
    private static WorkloadRef owner(ObjectMeta meta, ObjectOrigin origin) {
        return controller(meta, origin.namespace()).orElse(new WorkloadRef(origin.namespace(), "Pod", origin.name()));
    }

    /**
     * The controller of an object: the owner reference marked {@code controller: true}; a Node
     * owner (static pods) counts as none; an owner without kind is shown as a Pod of the owner's name.
     */
    static Optional<WorkloadRef> controller(ObjectMeta meta, String namespace) {
        List<OwnerReference> owners = meta == null || meta.getOwnerReferences() == null ? List.of() : meta.getOwnerReferences();
        for (OwnerReference owner : owners) {
            if (!Boolean.TRUE.equals(owner.getController())) {
                continue;
            }
            if ("Node".equals(owner.getKind()) || owner.getName() == null || owner.getName().isBlank()) {
                break;
            }
            String kind = hasKind(owner) ? owner.getKind() : "Pod";
            return Optional.of(new WorkloadRef(namespace, kind, owner.getName()));
        }
        return Optional.empty();
    }

    /** fabric8 fills an owner reference that names no kind with the kind "OwnerReference". */
    private static boolean hasKind(OwnerReference owner) {
        return owner.getKind() != null && !owner.getKind().isBlank() && !owner.getKind().equals("OwnerReference");
    }

    private static List<IpAddress> ips(PodStatus status, ObjectOrigin origin) throws ManifestException {
        if (status == null) {
            return List.of();
        }
        Set<IpAddress> ips = new LinkedHashSet<>();
        List<PodIP> podIps = status.getPodIPs() == null ? List.of() : status.getPodIPs();
        for (PodIP ip : podIps) {
            if (ip.getIp() != null && !ip.getIp().isBlank()) {
                ips.add(origin.address(ip.getIp(), Message.verbatim("status.podIPs")));
            }
        }
        if (ips.isEmpty() && status.getPodIP() != null && !status.getPodIP().isBlank()) {
            ips.add(origin.address(status.getPodIP(), Message.verbatim("status.podIP")));
        }
        return List.copyOf(ips);
    }

    /** Ready unless a Ready condition says otherwise; a manifest has no status and counts as ready. */
    private static boolean ready(PodStatus status) {
        if (status == null || status.getConditions() == null) {
            return true;
        }
        for (PodCondition condition : status.getConditions()) {
            if ("Ready".equals(condition.getType())) {
                return "True".equals(condition.getStatus());
            }
        }
        return true;
    }

    private static List<Container> containers(PodSpec spec, ObjectOrigin origin, Consumer<Message> warnings)
            throws ManifestException {
        List<Container> containers = new ArrayList<>();
        List<io.fabric8.kubernetes.api.model.Container> declared =
                spec.getContainers() == null ? List.of() : spec.getContainers();
        for (io.fabric8.kubernetes.api.model.Container c : declared) {
            String name = c.getName() == null ? "" : c.getName();
            List<ContainerPort> ports = new ArrayList<>();
            var declaredPorts = c.getPorts() == null ? List.<io.fabric8.kubernetes.api.model.ContainerPort>of() : c.getPorts();
            for (io.fabric8.kubernetes.api.model.ContainerPort p : declaredPorts) {
                Message where = Message.of("sourceWhere.containerPort", String.valueOf(name),
                        String.valueOf(p.getName() == null ? p.getContainerPort() : p.getName()));
                if (p.getContainerPort() == null) {
                    // the API server would refuse this; netpol-analyzer reads the pod anyway (netpol_named_port_test)
                    warnings.accept(origin.warning(Message.of("sourceWarning.noContainerPort", name,
                            p.getName() == null ? String.valueOf(p.getContainerPort()) : p.getName())));
                    continue;
                }
                if (p.getContainerPort() < 1 || p.getContainerPort() > 65535) {
                    throw origin.error("sourceError.containerPortRange", where, String.valueOf(p.getContainerPort()));
                }
                if (p.getName() != null && !p.getName().isEmpty()) {
                    origin.checkPortName(p.getName(), where);
                }
                ports.add(new ContainerPort(p.getName() == null ? "" : p.getName(), p.getContainerPort(),
                        origin.protocol(p.getProtocol(), where)));
            }
            containers.add(new Container(name, c.getImage() == null ? "" : c.getImage(), ports));
        }
        return containers;
    }
}
