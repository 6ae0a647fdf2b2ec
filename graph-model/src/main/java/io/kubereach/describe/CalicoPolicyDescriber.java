package io.kubereach.describe;

import io.kubereach.cni.CniPolicyLanguages;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.model.CalicoEndpointLabels;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.ServiceAccount;
import io.kubereach.text.Message;
import io.kubereach.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes a Calico NetworkPolicy or GlobalNetworkPolicy against one snapshot, in plain words:
 * where its tier walks among Calico's tiers, its order, what it applies to now, the directions it
 * governs, its rules in order with their actions and conditions ({@link CalicoRuleText}), and its
 * traps (no order, a tier the other pods skip, egress only, a tier nobody declares, a selector
 * that matches no pod, a cluster whose CNI is not Calico).
 */
public final class CalicoPolicyDescriber {

    /**
     * A policy described.
     *
     * @param policy the policy
     * @param traps its traps
     * @param sentences the description, traps included
     */
    public record Description(CalicoPolicy policy, List<Trap> traps, List<Sentence> sentences) {
        public Description {
            traps = List.copyOf(traps);
            sentences = List.copyOf(sentences);
        }
    }

    private final ClusterSnapshot snapshot;
    private final Map<String, Namespace> namespaces;
    private final CniPolicyLanguages languages;
    private final List<CalicoTier> tiers;

    public CalicoPolicyDescriber(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        this.namespaces = snapshot.namespacesByName();
        this.languages = new CniPolicyLanguages(new CniRecognizer(snapshot).recognise());
        this.tiers = CalicoTier.inOrder(snapshot.cniPolicies().calicoTiers(), snapshot.cniPolicies().calico());
    }

    /** The policy of this name: a NetworkPolicy ({@code namespace} given) or a GlobalNetworkPolicy. */
    public Optional<CalicoPolicy> find(Optional<String> namespace, String name) {
        return snapshot.cniPolicies().calico().stream().filter(p -> p.namespace().equals(namespace) && p.name().equals(name)).findFirst();
    }

    /** What a policy of this snapshot does, right now. */
    public Description describe(CalicoPolicy policy) {
        List<Sentence> out = new ArrayList<>();
        List<Trap> traps = new ArrayList<>();
        String kind = policy.kind() == CalicoPolicyKind.NETWORK_POLICY ? "NetworkPolicy" : "GlobalNetworkPolicy";
        Message order = policy.order().isPresent() ? Message.of("describe.calico.order", CalicoRuleText.number(policy.order().getAsDouble()))
                : Message.of("describe.calico.noOrder");
        out.add(new Sentence(0, Message.of("describe.calico.title", kind, policy.qualifiedName(), policy.tier(), order)));
        CalicoTier tier = tiers.stream().filter(t -> t.name().equals(policy.tier())).findFirst().orElseThrow();
        out.add(new Sentence(0, Message.of("describe.calico.model", Message.series(tiers.stream().map(CalicoPolicyDescriber::tier).toList()),
                policy.tier(), tier.defaultAction().apiName())));
        List<PodRef> selected = snapshot.pods().stream().filter(p -> selects(policy, p)).map(Pod::ref).sorted().toList();
        Message applies = applies(policy);
        out.add(new Sentence(0, selected.isEmpty() ? Message.of("describe.selectedNone", applies)
                : Message.of("describe.selectedNow", applies, selected.size(), Phrases.pods(selected, policy.namespace().orElse("")))));
        out.add(new Sentence(0, Message.of(policy.governs(Direction.INGRESS) && policy.governs(Direction.EGRESS) ? "describe.calico.governsBoth"
                : policy.governs(Direction.INGRESS) ? "describe.calico.governsIngress" : "describe.calico.governsEgress")));
        for (Direction d : Direction.values()) {
            rules(policy, d, out);
        }
        traps(policy, tier, selected, traps);
        if (!traps.isEmpty()) {
            out.add(new Sentence(0, Message.of("describe.traps")));
            traps.forEach(t -> out.add(new Sentence(1, t.message())));
        }
        return new Description(policy, traps, out);
    }

    private static Message tier(CalicoTier tier) {
        return Double.isInfinite(tier.order()) ? Message.of("describe.calico.tierUndeclared", tier.name(), tier.defaultAction().apiName())
                : Message.of("describe.calico.tier", tier.name(), CalicoRuleText.number(tier.order()), tier.defaultAction().apiName());
    }

    private static Message applies(CalicoPolicy policy) {
        String selector = policy.selector().toString();
        Message where = policy.namespace().map(ns -> Message.of("describe.calico.appliesIn", selector, ns))
                .orElseGet(() -> policy.namespaceSelector().map(n -> Message.of("describe.calico.appliesInNamespaces", selector, n.toString()))
                        .orElse(Message.of("describe.calico.appliesEverywhere", selector)));
        return policy.serviceAccountSelector().map(s -> Message.of("describe.calico.withServiceAccounts", where, s.toString())).orElse(where);
    }

    private void rules(CalicoPolicy policy, Direction d, List<Sentence> out) {
        boolean ingress = d == Direction.INGRESS;
        if (!policy.governs(d)) {
            if (!policy.rules(d).isEmpty()) {
                out.add(new Sentence(0, Message.of(ingress ? "describe.calico.ingressIgnored" : "describe.calico.egressIgnored")));
            }
            return;
        }
        List<CalicoRule> rules = policy.rules(d);
        if (rules.isEmpty()) {
            out.add(new Sentence(0, Message.of(ingress ? "describe.calico.ingressNoRules" : "describe.calico.egressNoRules", policy.tier())));
            return;
        }
        out.add(new Sentence(0, Message.of(ingress ? "describe.calico.ingressRules" : "describe.calico.egressRules")));
        for (int i = 0; i < rules.size(); i++) {
            out.add(new Sentence(1, CalicoRuleText.rule(i, rules.get(i))));
        }
    }

    private void traps(CalicoPolicy policy, CalicoTier tier, List<PodRef> selected, List<Trap> traps) {
        if (selected.isEmpty()) {
            traps.add(new Trap(Trap.Kind.SELECTOR_MATCHES_NOTHING, Message.of("trap.calico.selectsNothing")));
        }
        if (policy.order().isEmpty()) {
            traps.add(new Trap(Trap.Kind.CALICO_NO_ORDER, Message.of("trap.calico.noOrder", policy.tier())));
        }
        if (policy.types().equals(java.util.Set.of(Direction.EGRESS))) {
            traps.add(new Trap(Trap.Kind.CALICO_EGRESS_ONLY, Message.of("trap.calico.egressOnly")));
        }
        if (!tier.declared() && CalicoTier.BUILT_IN.stream().noneMatch(t -> t.name().equals(tier.name()))) {
            traps.add(new Trap(Trap.Kind.CALICO_MISSING_TIER, Message.of("trap.calico.missingTier", tier.name())));
        }
        if (!tier.name().equals(CalicoTier.DEFAULT.name())) {
            long skipping = snapshot.pods().stream().filter(p -> !p.hostNetwork()).filter(p -> snapshot.cniPolicies().calico().stream()
                    .noneMatch(q -> q.tier().equals(tier.name()) && selects(q, p))).count();
            if (skipping > 0) {
                traps.add(new Trap(Trap.Kind.CALICO_TIER_SKIPPED, Message.of("trap.calico.tierSkipped", tier.name(), skipping,
                        tier.defaultAction().apiName())));
            }
        }
        languages.notEnforcedHere(CniPolicyLanguages.Language.CALICO).ifPresent(m -> traps.add(new Trap(Trap.Kind.NOT_ENFORCED_HERE, m)));
    }

    private boolean selects(CalicoPolicy policy, Pod pod) {
        if (pod.hostNetwork()) {
            return false;
        }
        Map<String, String> account = snapshot.cniPolicies().serviceAccounts().stream()
                .filter(a -> a.namespace().equals(pod.namespace()) && a.name().equals(pod.serviceAccount()))
                .map(ServiceAccount::labels).findFirst().orElse(Map.of());
        Namespace ns = namespaces.getOrDefault(pod.namespace(), Namespace.implied(pod.namespace()));
        return policy.endpointSelector().matches(CalicoEndpointLabels.of(pod, ns, account));
    }
}
