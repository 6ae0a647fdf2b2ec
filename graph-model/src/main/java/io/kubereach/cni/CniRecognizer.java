package io.kubereach.cni;

import io.kubereach.cni.CrossNodeMode.Kind;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recognises the cluster's CNI from the DaemonSets that run its per-node agent (declared, or known
 * through the pods they own) and from the annotations it leaves on nodes: flannel, Calico, canal
 * (Calico and flannel together), Cilium, Weave Net, Antrea, kube-router, and k3s's embedded
 * flannel. Says whether it enforces NetworkPolicy, how pod traffic crosses nodes and each node's
 * pod CIDRs, and keeps the evidence.
 */
public final class CniRecognizer {

    private static final String FLANNEL_BACKEND = "flannel.alpha.coreos.com/backend-type";
    private static final String CALICO_VXLAN = "projectcalico.org/IPv4VXLANTunnelAddr";
    private static final String CALICO_IPIP = "projectcalico.org/IPv4IPIPTunnelAddr";
    private static final String K3S_PREFIX = "k3s.io/";
    private static final String K3S_NODE_ARGS = "k3s.io/node-args";
    private static final List<CniComponent> PRIORITY = List.of(CniComponent.CILIUM, CniComponent.CALICO, CniComponent.ANTREA,
            CniComponent.WEAVE, CniComponent.WEAVE_NPC, CniComponent.KUBE_ROUTER, CniComponent.FLANNEL);

    private final ClusterSnapshot snapshot;

    public CniRecognizer(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** What the snapshot says about its CNI. */
    public CniInfo recognise() {
        Map<CniComponent, List<CniEvidence>> found = new EnumMap<>(CniComponent.class);
        Map<CniComponent, Boolean> inDaemonSet = new EnumMap<>(CniComponent.class);
        daemonSets().forEach((ref, containers) -> {
            for (Container c : containers) {
                CniComponent.of(c).ifPresent(component -> {
                    found.computeIfAbsent(component, k -> new ArrayList<>()).add(CniEvidence.daemonSet(
                            ref.namespace(), ref.name(), c.name(), c.image()));
                    inDaemonSet.put(component, true);
                });
            }
        });
        List<CniEvidence> k3s = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            for (CniComponent component : CniComponent.values()) {
                annotationEvidence(node, component).ifPresent(e -> found.computeIfAbsent(component, k -> new ArrayList<>()).add(e));
            }
            if (node.annotations().keySet().stream().anyMatch(k -> k.startsWith(K3S_PREFIX))) {
                k3s.add(CniEvidence.node(node.name(), Message.of("cni.evidence.k3s", K3S_PREFIX)));
            }
        }
        List<NodePodNetwork> nodes = podNetworks();
        if (found.isEmpty()) {
            return CniInfo.unknown(nodes);
        }
        List<CniEvidence> evidence = new ArrayList<>();
        found.values().forEach(evidence::addAll);
        CniPlugin plugin = plugin(found);
        CrossNodeMode crossNode = crossNode(plugin);
        if (plugin == CniPlugin.FLANNEL && !k3s.isEmpty() && !inDaemonSet.containsKey(CniComponent.FLANNEL)) {
            evidence.addAll(k3s);
            return k3s(crossNode, nodes, evidence);
        }
        if (plugin == CniPlugin.WEAVE && inDaemonSet.containsKey(CniComponent.WEAVE) && !found.containsKey(CniComponent.WEAVE_NPC)) {
            return new CniInfo(plugin.displayName(), Optional.of(plugin), PolicyEnforcement.NOT_ENFORCED,
                    Message.of("cni.reason.weaveWithoutNpc"), crossNode, nodes, evidence);
        }
        boolean enforced = found.keySet().stream().map(CniRecognizer::pluginOf).anyMatch(CniPlugin::enforcesPolicy);
        Message reason = enforced && !plugin.enforcesPolicy()
                ? found.keySet().stream().map(CniRecognizer::pluginOf).filter(CniPlugin::enforcesPolicy).findFirst().orElseThrow()
                        .enforcementReason()
                : plugin.enforcementReason();
        return new CniInfo(plugin.displayName(), Optional.of(plugin), enforced ? PolicyEnforcement.ENFORCED : PolicyEnforcement.NOT_ENFORCED,
                reason, crossNode, nodes, evidence);
    }

    /** Every DaemonSet with its template containers: declared ones, and those known only through their pods. */
    private Map<WorkloadRef, List<Container>> daemonSets() {
        Map<WorkloadRef, List<Container>> out = new LinkedHashMap<>();
        snapshot.workloads().stream().filter(w -> w.ref().kind().equals("DaemonSet"))
                .forEach(w -> out.put(w.ref(), w.containers()));
        snapshot.pods().stream().filter(p -> p.owner().kind().equals("DaemonSet"))
                .forEach(p -> out.merge(p.owner(), p.containers(), (declared, seen) -> declared.isEmpty() ? seen : declared));
        return out;
    }

    /**
     * The prefixes of every node annotation the recognition reads (the CNIs' own, k3s's): what a
     * saved node must keep, and all it needs to keep of a node's annotations.
     */
    public static List<String> nodeAnnotationPrefixes() {
        List<String> prefixes = new ArrayList<>();
        for (CniComponent component : CniComponent.values()) {
            prefixes.addAll(component.annotationPrefixes());
        }
        prefixes.add(K3S_PREFIX);
        return prefixes.stream().distinct().toList();
    }

    /** One line of evidence per node and component: the most telling annotation, and how many more there are. */
    private static Optional<CniEvidence> annotationEvidence(ClusterNode node, CniComponent component) {
        Map<String, String> matched = new TreeMap<>();
        node.annotations().forEach((k, v) -> {
            if (component.annotates(k)) {
                matched.put(k, v);
            }
        });
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        String key = List.of(FLANNEL_BACKEND, CALICO_VXLAN, CALICO_IPIP).stream().filter(matched::containsKey).findFirst()
                .orElse(matched.keySet().iterator().next());
        Message fact = matched.size() > 1
                ? Message.of("cni.evidence.annotationAndMore", key, matched.get(key), matched.size() - 1)
                : Message.of("cni.evidence.annotation", key, matched.get(key));
        return Optional.of(CniEvidence.node(node.name(), fact));
    }

    private static CniPlugin plugin(Map<CniComponent, List<CniEvidence>> found) {
        if (found.containsKey(CniComponent.CALICO) && found.containsKey(CniComponent.FLANNEL)) {
            return CniPlugin.CANAL;
        }
        return PRIORITY.stream().filter(found::containsKey).findFirst().map(CniRecognizer::pluginOf).orElseThrow();
    }

    private static CniPlugin pluginOf(CniComponent component) {
        return switch (component) {
            case FLANNEL -> CniPlugin.FLANNEL;
            case CALICO -> CniPlugin.CALICO;
            case CILIUM -> CniPlugin.CILIUM;
            case WEAVE, WEAVE_NPC -> CniPlugin.WEAVE;
            case ANTREA -> CniPlugin.ANTREA;
            case KUBE_ROUTER -> CniPlugin.KUBE_ROUTER;
        };
    }

    /** The cross-node mode the nodes' annotations show, else the plugin's default. */
    private CrossNodeMode crossNode(CniPlugin plugin) {
        for (ClusterNode node : snapshot.nodes()) {
            Map<String, String> a = node.annotations();
            if ((plugin == CniPlugin.FLANNEL || plugin == CniPlugin.CANAL) && a.containsKey(FLANNEL_BACKEND)) {
                String backend = a.get(FLANNEL_BACKEND).trim();
                Kind kind = backend.equals("host-gw") ? Kind.ROUTED : Kind.OVERLAY;
                return new CrossNodeMode(kind, backend, true, Message.of("cni.basis.flannelNode", node.name(), FLANNEL_BACKEND));
            }
            if (plugin == CniPlugin.CALICO && a.keySet().stream().anyMatch(CniComponent.CALICO::annotates)) {
                if (a.containsKey(CALICO_VXLAN)) {
                    return new CrossNodeMode(Kind.OVERLAY, "vxlan", true, Message.of("cni.basis.calicoTunnel", node.name(), CALICO_VXLAN));
                }
                if (a.containsKey(CALICO_IPIP)) {
                    return new CrossNodeMode(Kind.OVERLAY, "ipip", true, Message.of("cni.basis.calicoTunnel", node.name(), CALICO_IPIP));
                }
                return new CrossNodeMode(Kind.ROUTED, "bgp", true, Message.of("cni.basis.calicoRouted", node.name()));
            }
        }
        return plugin.defaultCrossNode();
    }

    /** k3s's embedded flannel, beside which k3s runs kube-router's network policy controller unless disabled. */
    private CniInfo k3s(CrossNodeMode crossNode, List<NodePodNetwork> nodes, List<CniEvidence> evidence) {
        boolean disabled = snapshot.nodes().stream()
                .anyMatch(n -> n.annotations().getOrDefault(K3S_NODE_ARGS, "").contains("--disable-network-policy"));
        return new CniInfo(CniInfo.K3S_FLANNEL, Optional.of(CniPlugin.FLANNEL),
                disabled ? PolicyEnforcement.NOT_ENFORCED : PolicyEnforcement.ENFORCED,
                Message.of(disabled ? "cni.reason.k3sDisabled" : "cni.reason.k3s"),
                crossNode, nodes, evidence);
    }

    /** Each node's pod CIDRs: {@code spec.podCIDRs}, else a CNI's annotation. */
    private List<NodePodNetwork> podNetworks() {
        List<NodePodNetwork> out = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            if (!node.podCidrs().isEmpty()) {
                out.add(new NodePodNetwork(node.name(), node.podCidrs(), Message.verbatim("spec.podCIDRs")));
                continue;
            }
            List<Cidr> annotated = new ArrayList<>();
            Message source = Message.of("cni.podCidrs.none");
            for (String key : List.of("io.cilium.network.ipv4-pod-cidr", "io.cilium.network.ipv6-pod-cidr",
                    "network.cilium.io/ipv4-pod-cidr", "network.cilium.io/ipv6-pod-cidr", "kube-router.io/pod-cidr")) {
                Optional<Cidr> cidr = Optional.ofNullable(node.annotations().get(key)).flatMap(v -> Cidr.parse(v.trim()));
                if (cidr.isPresent()) {
                    annotated.add(cidr.get());
                    source = Message.of("cni.podCidrs.annotation", key);
                }
            }
            out.add(new NodePodNetwork(node.name(), annotated, source));
        }
        return out;
    }
}
