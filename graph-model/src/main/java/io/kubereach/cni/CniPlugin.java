package io.kubereach.cni;

import io.kubereach.cni.CrossNodeMode.Kind;

/** The CNIs KubeReach recognises, with what each does by default. */
public enum CniPlugin {

    FLANNEL("flannel", false, "flannel only connects pods: it has no NetworkPolicy controller",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "flannel's default backend")),
    CALICO("calico", true, "Calico's Felix programs NetworkPolicy on every node",
            CrossNodeMode.byDefault(Kind.OVERLAY, "ipip", "the IP-in-IP pool of Calico's calico.yaml manifest")),
    CANAL("canal", true, "Calico's Felix (canal's calico-node container) enforces NetworkPolicy; flannel carries the traffic",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "flannel's default backend, which canal networks with")),
    CILIUM("cilium", true, "Cilium enforces NetworkPolicy in eBPF on every node",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "Cilium's default tunnel")),
    WEAVE("weave", true, "weave-npc, beside Weave Net on every node, enforces NetworkPolicy",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "Weave Net's fast datapath (sleeve when that is unavailable)")),
    ANTREA("antrea", true, "the Antrea agent enforces NetworkPolicy in Open vSwitch",
            CrossNodeMode.byDefault(Kind.OVERLAY, "geneve", "Antrea's default encap mode")),
    KUBE_ROUTER("kube-router", true, "kube-router's firewall (--run-firewall, on by default) enforces NetworkPolicy",
            CrossNodeMode.byDefault(Kind.ROUTED, "bgp", "kube-router's default: BGP routes to each node's pod CIDR"));

    private final String displayName;
    private final boolean enforcesPolicy;
    private final String enforcementReason;
    private final CrossNodeMode defaultCrossNode;

    CniPlugin(String displayName, boolean enforcesPolicy, String enforcementReason, CrossNodeMode defaultCrossNode) {
        this.displayName = displayName;
        this.enforcesPolicy = enforcesPolicy;
        this.enforcementReason = enforcementReason;
        this.defaultCrossNode = defaultCrossNode;
    }

    /** The name its project uses: {@code flannel}, {@code kube-router}, … */
    public String displayName() {
        return displayName;
    }

    /** Whether it enforces NetworkPolicy as installed by default. */
    public boolean enforcesPolicy() {
        return enforcesPolicy;
    }

    /** Why it does or does not enforce NetworkPolicy. */
    public String enforcementReason() {
        return enforcementReason;
    }

    /** How pod traffic crosses nodes when nothing says otherwise. */
    public CrossNodeMode defaultCrossNode() {
        return defaultCrossNode;
    }
}
