package io.kubereach.cni;

import io.kubereach.model.Container;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A per-node agent of a CNI, as its install manifests name it: by image (registry, tag and digest
 * ignored) or container name in a DaemonSet, and by the prefix of the annotations it leaves on nodes.
 */
enum CniComponent {

    FLANNEL(Set.of("flannel", "mirrored-flannelcni-flannel"), Set.of(), "kube-flannel", List.of("flannel.alpha.coreos.com/")),
    CALICO(Set.of("mirrored-calico-node"), Set.of("calico/node"), "calico-node", List.of("projectcalico.org/")),
    CILIUM(Set.of("mirrored-cilium-cilium"), Set.of("cilium/cilium"), "cilium-agent", List.of("io.cilium.network.", "network.cilium.io/")),
    WEAVE(Set.of("weave-kube"), Set.of(), "weave", List.of()),
    WEAVE_NPC(Set.of("weave-npc"), Set.of(), "weave-npc", List.of()),
    ANTREA(Set.of("antrea-agent-ubuntu", "antrea-agent-ubi", "antrea-ubuntu", "antrea-ubi"), Set.of(), "antrea-agent",
            List.of("node.antrea.io/")),
    KUBE_ROUTER(Set.of("kube-router"), Set.of(), "kube-router", List.of("kube-router.io/"));

    private final Set<String> imageNames;
    private final Set<String> imagePaths;
    private final String containerName;
    private final List<String> annotationPrefixes;

    CniComponent(Set<String> imageNames, Set<String> imagePaths, String containerName, List<String> annotationPrefixes) {
        this.imageNames = imageNames;
        this.imagePaths = imagePaths;
        this.containerName = containerName;
        this.annotationPrefixes = annotationPrefixes;
    }

    /** The component a container runs, if any: its image decides, else its name. */
    static Optional<CniComponent> of(Container container) {
        String path = imagePath(container.image());
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        String lastTwo = slash < 0 ? path : path.substring(path.lastIndexOf('/', slash - 1) + 1);
        for (CniComponent c : values()) {
            if (c.imageNames.contains(last) || c.imagePaths.contains(lastTwo)) {
                return Optional.of(c);
            }
        }
        for (CniComponent c : values()) {
            if (c.containerName.equals(container.name())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The prefixes of the node annotations this component leaves. */
    List<String> annotationPrefixes() {
        return annotationPrefixes;
    }

    /** Whether a node annotation is one this component leaves. */
    boolean annotates(String key) {
        return annotationPrefixes.stream().anyMatch(key::startsWith);
    }

    /**
     * An image reference without registry host, tag or digest:
     * {@code docker.io/flannel/flannel:v0.25.1} → {@code flannel/flannel}.
     */
    static String imagePath(String image) {
        String ref = image.trim();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            ref = ref.substring(0, colon);
        }
        int first = ref.indexOf('/');
        if (first > 0) {
            String host = ref.substring(0, first);
            if (host.contains(".") || host.contains(":") || host.equals("localhost")) {
                ref = ref.substring(first + 1);
            }
        }
        return ref;
    }
}
