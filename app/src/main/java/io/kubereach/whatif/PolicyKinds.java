package io.kubereach.whatif;

import io.kubereach.model.AdminPolicy;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.synthetic.ManifestYaml;
import io.kubereach.yaml.PolicyYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every policy kind the engine reads, in the order the what-if lists them. */
public final class PolicyKinds {

    /** Kubernetes NetworkPolicies. */
    public static final PolicyKind<NetworkPolicy> NETWORK_POLICY = new PolicyKind<>("NetworkPolicy", "networking.k8s.io/v1", true,
            NetworkPolicy.class, ClusterSnapshot::policies, (s, list) -> s.withPolicies(list, s.adminPolicies()),
            p -> new PolicyKey("NetworkPolicy", p.namespace(), p.name()), p -> PolicyYaml.text(p, PolicyYaml.PolicyTypes.AS_DECLARED));

    private static final List<PolicyKind<?>> ALL = List.of(NETWORK_POLICY, admin(AdminPolicy.Kind.ADMIN_NETWORK_POLICY),
            admin(AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY), admin(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY), cilium(false),
            cilium(true), calico(CalicoPolicyKind.NETWORK_POLICY), calico(CalicoPolicyKind.GLOBAL_NETWORK_POLICY));

    private PolicyKinds() {
    }

    /** Every kind. */
    public static List<PolicyKind<?>> all() {
        return ALL;
    }

    /** The kind of a manifest {@code kind}. */
    public static Optional<PolicyKind<?>> named(String kindName) {
        return ALL.stream().filter(k -> k.kindName().equals(kindName)).findFirst();
    }

    /** Every policy of a snapshot, kind by kind, each kind's in the snapshot's order. */
    public static List<PolicyKind.TypedPolicy> existing(ClusterSnapshot snapshot) {
        List<PolicyKind.TypedPolicy> out = new ArrayList<>();
        ALL.forEach(k -> out.addAll(k.existing(snapshot)));
        return out;
    }

    /** Cilium's namespaced or clusterwide policies, which share the snapshot's list. */
    private static PolicyKind<CiliumPolicy> cilium(boolean clusterwide) {
        String kind = clusterwide ? CiliumPolicy.CLUSTERWIDE_KIND : CiliumPolicy.KIND;
        return new PolicyKind<>(kind, "cilium.io/v2", !clusterwide, CiliumPolicy.class,
                s -> s.cniPolicies().cilium().stream().filter(p -> p.clusterwide() == clusterwide).toList(),
                (s, list) -> {
                    CniPolicies cni = s.cniPolicies();
                    List<CiliumPolicy> all = new ArrayList<>(cni.cilium().stream().filter(p -> p.clusterwide() != clusterwide).toList());
                    all.addAll(list);
                    return s.withCniPolicies(new CniPolicies(all, cni.calico(), cni.calicoTiers(), cni.serviceAccounts(), cni.unevaluated()));
                },
                p -> new PolicyKey(kind, p.namespace().orElse(""), p.name()), ManifestYaml::ciliumPolicy);
    }

    /** Calico's NetworkPolicies or GlobalNetworkPolicies, named with their group (a Kubernetes NetworkPolicy has the same kind). */
    private static PolicyKind<CalicoPolicy> calico(CalicoPolicyKind calicoKind) {
        String kind = "projectcalico.org/" + calicoKind.felixKind();
        return new PolicyKind<>(kind, "projectcalico.org/v3", calicoKind == CalicoPolicyKind.NETWORK_POLICY, CalicoPolicy.class,
                s -> s.cniPolicies().calico().stream().filter(p -> p.kind() == calicoKind).toList(),
                (s, list) -> {
                    CniPolicies cni = s.cniPolicies();
                    List<CalicoPolicy> all = new ArrayList<>(cni.calico().stream().filter(p -> p.kind() != calicoKind).toList());
                    all.addAll(list);
                    return s.withCniPolicies(new CniPolicies(cni.cilium(), all, cni.calicoTiers(), cni.serviceAccounts(), cni.unevaluated()));
                },
                p -> new PolicyKey(kind, p.namespace().orElse(""), p.name()), ManifestYaml::calicoPolicy);
    }

    /** The cluster-wide policies of one API kind, which share the snapshot's list with the other two. */
    private static PolicyKind<AdminPolicy> admin(AdminPolicy.Kind kind) {
        return new PolicyKind<>(kind.kindName(), kind.apiVersion(), false, AdminPolicy.class,
                s -> s.adminPolicies().stream().filter(p -> p.kind() == kind).toList(),
                (s, list) -> {
                    List<AdminPolicy> all = new ArrayList<>(s.adminPolicies().stream().filter(p -> p.kind() != kind).toList());
                    all.addAll(list);
                    return s.withPolicies(s.policies(), all);
                },
                p -> new PolicyKey(p.kind().kindName(), "", p.name()), ManifestYaml::adminPolicy);
    }
}
