package io.kubereach.engine;

import io.kubereach.model.Direction;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NetworkPolicy tier of one connection as a step of the walk, and the side verdict made of
 * the steps; shared by both engines once each has found the isolating policies and the
 * admitting rules. The tier holds the Kubernetes NetworkPolicies and the allow rules of Cilium's
 * policies: their allows are one union (Cilium's {@code intro.rst} "Rule Basics"), and a pod is
 * isolated for a direction when a NetworkPolicy or a default-deny Cilium rule selects it. With
 * Calico, Calico's {@code default} tier holds them too, at order 1000 ({@link #ORDER}).
 */
final class NetworkPolicyStep {

    /** The order Calico gives Kubernetes NetworkPolicies in its {@code default} tier ({@code conversion.go}). */
    static final double ORDER = 1000;
    /** The name Calico gives a Kubernetes NetworkPolicy, which breaks ties of order by name ({@code knp.default.<name>}). */
    static final String TIE_BREAK = "knp.default.";

    private NetworkPolicyStep() {
    }

    /** The tier's outcome from the NetworkPolicies alone: isolated, allowed when a rule admits it (rule 4), else denied. */
    static TierOutcome of(List<String> isolating, List<RuleAdmission> admissions) {
        return union("", isolating, admissions, List.of(), List.of(), true);
    }

    /**
     * The tier's outcome when no ordered (Calico) policy of it applies: not isolated, on to the
     * next tier (rule 1); isolated, allowed when a rule admits the connection (rule 4), unknown
     * when a rule only may, else the tier's default (denied, or on when a Calico default tier passes).
     *
     * @param name the tier's name (Calico's {@code default}); empty without Calico
     * @param isolating the NetworkPolicies that isolate the pod
     * @param admissions their rules that admit the connection
     * @param ciliumIsolating the Cilium rules that isolate the pod
     * @param ciliumAdmissions the Cilium allow rules that admit or may admit the connection
     * @param denyUnmatched whether an isolated pod's connection no rule admits is denied
     */
    static TierOutcome union(String name, List<String> isolating, List<RuleAdmission> admissions, List<PolicyRef> ciliumIsolating,
            List<OrderedTierWalk.RuleProbe> ciliumAdmissions, boolean denyUnmatched) {
        if (isolating.isEmpty() && ciliumIsolating.isEmpty()) {
            return TierOutcome.notApplied(TierKind.NETWORK_POLICY, name);
        }
        List<PolicyRef> policies = new ArrayList<>(isolating.stream().map(PolicyRef::networkPolicy).toList());
        policies.addAll(ciliumIsolating);
        List<RuleHit> hits = new ArrayList<>(admissions.stream()
                .map(a -> new RuleHit(PolicyRef.networkPolicy(a.policy()), a.rule(), "", RuleAction.ALLOW, a.peer(), a.port(), true))
                .toList());
        Set<Uncertainty> why = new LinkedHashSet<>();
        boolean certain = !admissions.isEmpty();
        boolean maybe = false;
        for (OrderedTierWalk.RuleProbe probe : ciliumAdmissions) {
            hits.add(probe.hit());
            certain |= probe.hit().certain();
            if (!probe.hit().certain()) {
                maybe = true;
                probe.uncertainty().ifPresent(why::add);
            }
        }
        TierOutcome.Fate unmatched = denyUnmatched ? TierOutcome.Fate.DENY : TierOutcome.Fate.NEXT;
        StepResult result;
        Set<TierOutcome.Fate> fates;
        if (certain) {
            result = StepResult.ALLOWED;
            fates = EnumSet.of(TierOutcome.Fate.ALLOW);
        } else if (maybe) {
            result = StepResult.UNKNOWN;
            fates = EnumSet.of(TierOutcome.Fate.ALLOW, unmatched);
        } else {
            result = denyUnmatched ? StepResult.DENIED : StepResult.NO_MATCH;
            fates = EnumSet.of(unmatched);
        }
        List<Uncertainty> uncertainties = result == StepResult.UNKNOWN ? List.copyOf(why) : List.of();
        return new TierOutcome(new TierStep(TierKind.NETWORK_POLICY, result, policies, hits, uncertainties, name), fates);
    }

    /**
     * What the tier may do when no ordered (Calico) policy of it applies: what a rule admits is
     * allowed, what it may admit is both. A connection rules certainly admit is decided in their
     * languages; the rest of an isolated pod's connections in the languages of what isolates it,
     * as {@link Verdict#deciders} names them.
     *
     * @param npIsolated whether a Kubernetes NetworkPolicy isolates the pod
     * @param ciliumIsolated whether a Cilium rule isolates it
     * @param admitted what the isolating NetworkPolicies' rules admit
     * @param cilium what Cilium's allow rules admit for sure, and what they may admit
     * @param denyUnmatched whether an isolated pod's connection no rule admits is denied (else it goes on)
     */
    static Possibilities unionSets(boolean npIsolated, boolean ciliumIsolated, ConnectionSet admitted, CiliumRules.Admitted cilium,
            boolean denyUnmatched) {
        if (!npIsolated && !ciliumIsolated) {
            return Possibilities.NOT_APPLIED;
        }
        ConnectionSet certain = admitted.union(cilium.certain());
        ConnectionSet rest = certain.complement();
        Map<PolicyLanguage, ConnectionSet> languages = new EnumMap<>(PolicyLanguage.class);
        languages.put(PolicyLanguage.KUBERNETES, npIsolated ? admitted.union(rest) : admitted);
        languages.put(PolicyLanguage.CILIUM, ciliumIsolated ? cilium.certain().union(rest) : cilium.certain());
        return new Possibilities(certain.union(cilium.maybe()), denyUnmatched ? rest : ConnectionSet.none(),
                denyUnmatched ? ConnectionSet.none() : rest, languages);
    }

    /**
     * Calico's default tier with the NetworkPolicies and Cilium's allow rules as one group at
     * {@code k}: what the groups may do ({@link Possibilities#ofTier}), and in which languages. A
     * connection is decided by the first group that certainly matches it: a Calico policy, or the
     * rules of the NetworkPolicy group that certainly admit it; what no group matches falls to the
     * tier's default, in the name of every policy that applies (Calico's, and the NetworkPolicies
     * and Cilium rules that isolate the pod).
     *
     * @param groups the tier's groups in order, the NetworkPolicy group at {@code k}
     * @param k where the NetworkPolicy group is
     * @param npIsolated whether a Kubernetes NetworkPolicy isolates the pod
     * @param ciliumIsolated whether a Cilium rule isolates it
     * @param admitted what the isolating NetworkPolicies' rules admit
     * @param ciliumCertain what Cilium's allow rules admit for sure
     * @param denyUnmatched whether the tier denies what no rule matched (else it goes on)
     */
    static Possibilities orderedSets(List<Possibilities.PolicySets> groups, int k, boolean npIsolated, boolean ciliumIsolated,
            ConnectionSet admitted, ConnectionSet ciliumCertain, boolean denyUnmatched) {
        ConnectionSet calico = ConnectionSet.none();
        ConnectionSet kubernetes = ConnectionSet.none();
        ConnectionSet cilium = ConnectionSet.none();
        ConnectionSet reach = ConnectionSet.all();
        for (int i = 0; i < groups.size() && !reach.isEmpty(); i++) {
            ConnectionSet matched = reach.minus(groups.get(i).unmatched());
            if (i == k) {
                kubernetes = kubernetes.union(matched.intersect(admitted));
                cilium = cilium.union(matched.intersect(ciliumCertain));
            } else {
                calico = calico.union(matched);
            }
            reach = reach.intersect(groups.get(i).unmatched());
        }
        Map<PolicyLanguage, ConnectionSet> languages = new EnumMap<>(PolicyLanguage.class);
        languages.put(PolicyLanguage.CALICO, calico.union(reach));
        languages.put(PolicyLanguage.KUBERNETES, npIsolated ? kubernetes.union(reach) : kubernetes);
        languages.put(PolicyLanguage.CILIUM, ciliumIsolated ? cilium.union(reach) : cilium);
        return Possibilities.ofTier(groups, denyUnmatched).withLanguages(languages);
    }

    /** The NetworkPolicies and Cilium allow rules as one group of an ordered (Calico) tier: every allow at one rank. */
    static Possibilities.PolicySets unionGroup(ConnectionSet certain, ConnectionSet maybe) {
        return new Possibilities.PolicySets(certain.union(maybe), ConnectionSet.none(), ConnectionSet.none(), certain.complement());
    }

    /**
     * Where the NetworkPolicies and Cilium's allow rules walk among the Calico policies of the
     * {@code default} tier that apply: after those of a lower order, and of order 1000 those whose
     * name sorts before {@code knp.default.}; the number of Calico policies before them.
     *
     * @param applying the default tier's applying Calico policies, in Calico's order
     */
    static int groupPosition(List<io.kubereach.model.CalicoPolicy> applying) {
        int k = 0;
        for (io.kubereach.model.CalicoPolicy p : applying) {
            double order = p.order().orElse(Double.POSITIVE_INFINITY);
            if (order < ORDER || order == ORDER && p.tieBreakKey().compareTo(TIE_BREAK) < 0) {
                k++;
            }
        }
        return k;
    }

    /**
     * Calico's default tier in order, with the NetworkPolicies and Cilium's allow rules as one
     * group at order 1000 ({@link #groupPosition}).
     *
     * @param applying the default tier's applying Calico policies, in Calico's order
     * @param isolating the NetworkPolicies that isolate the pod, with their admitting rules in {@code admissions}
     * @param selecting the Cilium rules that select the pod, with their admitting rules in {@code ciliumAdmissions}
     * @param calico how one Calico policy is probed at a rank
     */
    static List<OrderedTierWalk.PolicyProbe> defaultTierProbes(List<io.kubereach.model.CalicoPolicy> applying, List<String> isolating,
            List<RuleAdmission> admissions, List<CiliumRules.Member> selecting, List<OrderedTierWalk.RuleProbe> ciliumAdmissions,
            Direction direction, java.util.function.BiFunction<io.kubereach.model.CalicoPolicy, Integer, OrderedTierWalk.PolicyProbe> calico) {
        int k = groupPosition(applying);
        List<OrderedTierWalk.PolicyProbe> group = new ArrayList<>();
        for (String name : isolating) {
            List<OrderedTierWalk.RuleProbe> rules = admissions.stream().filter(a -> a.policy().equals(name))
                    .map(a -> new OrderedTierWalk.RuleProbe(new RuleHit(PolicyRef.networkPolicy(name), a.rule(), "", RuleAction.ALLOW,
                            a.peer(), a.port(), true), java.util.Optional.empty()))
                    .toList();
            group.add(new OrderedTierWalk.PolicyProbe(PolicyRef.networkPolicy(name), k, rules));
        }
        for (CiliumRules.Member m : selecting) {
            List<OrderedTierWalk.RuleProbe> rules = ciliumAdmissions.stream().filter(r -> r.hit().policy().equals(m.ref())).toList();
            if (m.rule().defaultDeny().isolates(direction) || !rules.isEmpty()) {
                group.add(new OrderedTierWalk.PolicyProbe(m.ref(), k, rules));
            }
        }
        List<OrderedTierWalk.PolicyProbe> out = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            if (i == k) {
                out.addAll(group);
            }
            out.add(calico.apply(applying.get(i), i < k ? i : i + 1));
        }
        if (k == applying.size()) {
            out.addAll(group);
        }
        return out;
    }

    /**
     * A pod's side from the tiers it walked. A tier that does not apply to the pod leaves no
     * step, but for the NetworkPolicy tier, which always does once reached.
     *
     * @param isolated whether the NetworkPolicy tier applies to the pod (a NetworkPolicy, a Cilium rule or a Calico policy of
     *     the default tier selects it for the direction)
     */
    static SideVerdict side(Direction direction, boolean isolated, List<String> isolating, List<RuleAdmission> admissions,
            List<TierOutcome> walked) {
        List<TierStep> steps = new ArrayList<>();
        for (TierOutcome t : walked) {
            if (t.step().result() != StepResult.NOT_APPLIED || t.step().tier() == TierKind.NETWORK_POLICY) {
                steps.add(t.step());
            }
        }
        SideVerdict.Status status = isolated ? SideVerdict.Status.ISOLATED : SideVerdict.Status.NOT_ISOLATED;
        return new SideVerdict(direction, TierOutcome.answer(walked), status, isolating, admissions, steps);
    }
}
