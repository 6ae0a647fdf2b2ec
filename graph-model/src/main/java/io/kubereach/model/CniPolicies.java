package io.kubereach.model;

import java.util.List;

/**
 * The policies of the CNI languages KubeReach evaluates beside Kubernetes NetworkPolicy —
 * Cilium's and Calico's — and the objects it recognises but does not evaluate.
 *
 * @param cilium CiliumNetworkPolicies and CiliumClusterwideNetworkPolicies
 * @param calico Calico NetworkPolicies and GlobalNetworkPolicies
 * @param calicoTiers the Calico Tiers declared (the built-in ones are in {@link CalicoTier#BUILT_IN})
 * @param serviceAccounts the ServiceAccounts declared, for Calico's service-account selectors
 * @param unevaluated what may decide connections but is not evaluated
 */
public record CniPolicies(
        List<CiliumPolicy> cilium,
        List<CalicoPolicy> calico,
        List<CalicoTier> calicoTiers,
        List<ServiceAccount> serviceAccounts,
        List<UnevaluatedPolicy> unevaluated) {

    /** No policy of any of these languages. */
    public static final CniPolicies NONE = new CniPolicies(List.of(), List.of(), List.of(), List.of(), List.of());

    public CniPolicies {
        cilium = List.copyOf(cilium);
        calico = List.copyOf(calico);
        calicoTiers = List.copyOf(calicoTiers);
        serviceAccounts = List.copyOf(serviceAccounts);
        unevaluated = List.copyOf(unevaluated);
    }

    /** Whether there is nothing here. */
    public boolean isEmpty() {
        return cilium.isEmpty() && calico.isEmpty() && calicoTiers.isEmpty() && unevaluated.isEmpty();
    }
}
