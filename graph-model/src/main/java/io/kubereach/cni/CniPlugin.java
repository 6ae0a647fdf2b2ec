package io.kubereach.cni;

import io.kubereach.cni.CrossNodeMode.Kind;
import io.kubereach.text.Message;

/** The CNIs KubeReach recognises, with what each does by default. */
public enum CniPlugin {

    FLANNEL("flannel", false, "cni.reason.flannel",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "cni.basis.flannel")),
    CALICO("calico", true, "cni.reason.calico",
            CrossNodeMode.byDefault(Kind.OVERLAY, "ipip", "cni.basis.calico")),
    CANAL("canal", true, "cni.reason.canal",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "cni.basis.canal")),
    CILIUM("cilium", true, "cni.reason.cilium",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "cni.basis.cilium")),
    WEAVE("weave", true, "cni.reason.weave",
            CrossNodeMode.byDefault(Kind.OVERLAY, "vxlan", "cni.basis.weave")),
    ANTREA("antrea", true, "cni.reason.antrea",
            CrossNodeMode.byDefault(Kind.OVERLAY, "geneve", "cni.basis.antrea")),
    KUBE_ROUTER("kube-router", true, "cni.reason.kubeRouter",
            CrossNodeMode.byDefault(Kind.ROUTED, "bgp", "cni.basis.kubeRouter"));

    private final String displayName;
    private final boolean enforcesPolicy;
    private final String enforcementReasonKey;
    private final CrossNodeMode defaultCrossNode;

    CniPlugin(String displayName, boolean enforcesPolicy, String enforcementReasonKey, CrossNodeMode defaultCrossNode) {
        this.displayName = displayName;
        this.enforcesPolicy = enforcesPolicy;
        this.enforcementReasonKey = enforcementReasonKey;
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
    public Message enforcementReason() {
        return Message.of(enforcementReasonKey);
    }

    /** How pod traffic crosses nodes when nothing says otherwise. */
    public CrossNodeMode defaultCrossNode() {
        return defaultCrossNode;
    }
}
