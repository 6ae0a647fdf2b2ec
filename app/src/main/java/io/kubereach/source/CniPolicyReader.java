package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.text.Message;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.ServiceAccount;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the Cilium and Calico policies, Calico tiers, service accounts and unevaluated
 * objects of one source into {@link CniPolicies}. A policy that fails to read is one warning
 * line naming file, object and field, and becomes an unevaluated object (its answers unknown) —
 * the rest of the input is still read. Objects read from Calico's storage form are named in a
 * warning; the summaries (what is recognised but not evaluated, tiers nobody declares) are made
 * once, when the policies are taken.
 */
final class CniPolicyReader {

    private final List<Message> warnings;
    private final Map<String, CiliumPolicy> cilium = new LinkedHashMap<>();
    private final Map<String, CalicoPolicy> calico = new LinkedHashMap<>();
    private final Map<String, CalicoTier> tiers = new LinkedHashMap<>();
    private final Map<String, ServiceAccount> serviceAccounts = new LinkedHashMap<>();
    private final Map<String, UnevaluatedPolicy> unevaluated = new LinkedHashMap<>();

    /** @param warnings the source's warnings, which this reader adds to */
    CniPolicyReader(List<Message> warnings) {
        this.warnings = warnings;
    }

    /** Whether a generic object is of a kind this reader takes. */
    static boolean reads(GenericKubernetesResource resource) {
        return CniPolicyKinds.of(String.valueOf(resource.getApiVersion()), String.valueOf(resource.getKind())).isPresent();
    }

    /**
     * Adds one object of a kind {@link #reads} accepts.
     *
     * @throws ManifestException only when the object has no name, so that nothing can be said about it
     */
    void add(GenericKubernetesResource resource, String source) throws ManifestException {
        String apiVersion = String.valueOf(resource.getApiVersion());
        CniPolicyKinds kind = CniPolicyKinds.of(apiVersion, String.valueOf(resource.getKind())).orElseThrow();
        ObjectOrigin origin = kind.namespaced() ? ObjectOrigin.of(source, resource, warnings::add) : ObjectOrigin.ofClusterScoped(source, resource, warnings::add);
        String key = kind + "/" + origin.qualifiedName();
        if (ManifestKinds.group(apiVersion).equals(CalicoPolicyConverter.STORAGE_GROUP)) {
            warnings.add(origin.warning(Message.of("cniWarning.calicoStorageForm")));
        }
        try {
            switch (kind) {
                case CILIUM_NETWORK_POLICY, CILIUM_CLUSTERWIDE_NETWORK_POLICY -> put(cilium, key,
                        CiliumPolicyConverter.convert(resource, kind == CniPolicyKinds.CILIUM_CLUSTERWIDE_NETWORK_POLICY, origin, warnings),
                        origin);
                case CALICO_NETWORK_POLICY -> put(calico, key,
                        CalicoPolicyConverter.convert(resource, CalicoPolicyKind.NETWORK_POLICY, origin, warnings), origin);
                case CALICO_GLOBAL_NETWORK_POLICY -> put(calico, key,
                        CalicoPolicyConverter.convert(resource, CalicoPolicyKind.GLOBAL_NETWORK_POLICY, origin, warnings), origin);
                case CALICO_TIER -> put(tiers, key, CalicoPolicyConverter.tier(resource, origin, warnings), origin);
                default -> put(unevaluated, key, UnevaluatedObjects.convert(resource, kind, origin), origin);
            }
        } catch (ManifestException e) {
            warnings.add(Message.of("cniWarning.notRead", e.reason()));
            put(unevaluated, key, UnevaluatedObjects.invalid(apiVersion, kind, origin, e.reason()), origin);
        }
    }

    /** Adds a ServiceAccount, for the labels Calico's service-account selectors read. */
    void add(ServiceAccount serviceAccount, ObjectOrigin origin) {
        put(serviceAccounts, origin.qualifiedName(), serviceAccount, origin);
    }

    /** Everything read, with the summary warnings added once. */
    CniPolicies policies() {
        warnUnevaluated();
        warnMissingTiers();
        return new CniPolicies(List.copyOf(cilium.values()), List.copyOf(calico.values()), List.copyOf(tiers.values()),
                List.copyOf(serviceAccounts.values()), List.copyOf(unevaluated.values()));
    }

    /**
     * One line counting the recognised objects that decide connections but are not evaluated, by
     * kind; a Cilium policy with host rules ({@code nodeSelector}) is one of them, as the engine
     * leaves the host firewall unknown.
     */
    private void warnUnevaluated() {
        Map<String, Integer> counts = new TreeMap<>();
        for (UnevaluatedPolicy object : unevaluated.values()) {
            counts.merge(object.kind() + " (" + ManifestKinds.group(object.apiVersion()) + ")", 1, Integer::sum);
        }
        Map<String, Integer> hostPolicies = new TreeMap<>();
        for (CiliumPolicy policy : cilium.values()) {
            if (policy.rules().stream().anyMatch(rule -> rule.subject() instanceof CiliumSubject.Nodes)) {
                hostPolicies.merge(policy.kind(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty() && hostPolicies.isEmpty()) {
            return;
        }
        List<Message> items = new ArrayList<>();
        counts.forEach((kind, count) -> items.add(Message.of("cniWarning.kindCount", count, kind)));
        hostPolicies.forEach((kind, count) -> items.add(Message.of("cniWarning.ciliumHostPolicies", count, kind + " (cilium.io)")));
        int total = unevaluated.size() + hostPolicies.values().stream().mapToInt(Integer::intValue).sum();
        warnings.add(Message.of("cniWarning.unevaluated", total, Message.series(items)));
    }

    /** Calico refuses a policy whose tier does not exist; from manifests it is kept, with a warning. */
    private void warnMissingTiers() {
        Set<String> known = new TreeSet<>();
        CalicoTier.BUILT_IN.forEach(t -> known.add(t.name()));
        tiers.values().forEach(t -> known.add(t.name()));
        Map<String, Set<String>> missing = new TreeMap<>();
        for (CalicoPolicy policy : calico.values()) {
            if (!known.contains(policy.tier())) {
                missing.computeIfAbsent(policy.tier(), t -> new TreeSet<>()).add(policy.qualifiedName());
            }
        }
        missing.forEach((tier, policies) -> warnings.add(Message.of("cniWarning.calicoMissingTier", tier, Message.names(policies))));
    }

    private <V> void put(Map<String, V> map, String key, V value, ObjectOrigin origin) {
        V earlier = map.put(key, value);
        if (earlier != null && !earlier.equals(value)) {
            warnings.add(origin.warning(Message.of("sourceWarning.duplicate")));
        }
    }
}
