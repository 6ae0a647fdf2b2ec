package io.kubereach.engine;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Service;
import io.kubereach.model.selector.CalicoSelector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Calico's policies with their selectors evaluated over pod classes and their rules' ends over
 * classes and address ranges, for the {@link IndexedEngine}: for every tier, direction and class
 * the policies that apply, in Calico's order. Immutable once built.
 */
final class CalicoIndex {

    /**
     * One rule's ends, compiled: the classes and ranges its source and its destination match.
     *
     * @param source whom the source matches
     * @param destination whom the destination matches
     * @param ipVersion the IP version it is limited to, if any
     * @param sourcePorts whether it names source ports (then it only may match)
     * @param fixedPorts what it matches toward any destination, when that does not depend on the destination (no
     *     named port, no Service); empty otherwise
     */
    record CompiledRule(PeerBits source, PeerBits destination, OptionalInt ipVersion, boolean sourcePorts,
            Optional<ConnectionSet> fixedPorts) {
    }

    private static final List<CalicoPolicy> NONE = List.of();

    private final Map<String, List<List<List<CalicoPolicy>>>> applying;
    private final IdentityHashMap<CalicoPolicy, CompiledRule[][]> rules;
    private final boolean[][] any;
    private final PodClassIndex classes;
    private final AddressRanges ranges;

    private final Map<String, List<List<List<CalicoPolicy>>>> distinct = new HashMap<>();

    private CalicoIndex(Map<String, List<List<List<CalicoPolicy>>>> applying, IdentityHashMap<CalicoPolicy, CompiledRule[][]> rules,
            boolean[][] any, PodClassIndex classes, AddressRanges ranges) {
        this.applying = applying;
        // one number per distinct (namespace, rules of a direction), so that repeats are found by a number
        Map<List<Object>, Integer> ids = new HashMap<>();
        IdentityHashMap<CalicoPolicy, int[]> signature = new IdentityHashMap<>();
        for (CalicoPolicy p : rules.keySet()) {
            int[] sig = new int[2];
            for (Direction direction : Direction.values()) {
                sig[direction.ordinal()] = ids.computeIfAbsent(List.of(p.namespace(), p.rules(direction)), k -> ids.size());
            }
            signature.put(p, sig);
        }
        applying.forEach((tier, byDirection) -> {
            List<List<List<CalicoPolicy>>> d = new ArrayList<>(2);
            for (Direction direction : Direction.values()) {
                List<List<CalicoPolicy>> byClass = new ArrayList<>();
                byDirection.get(direction.ordinal()).forEach(list -> byClass.add(withoutRepeats(list, direction, signature)));
                d.add(byClass);
            }
            distinct.put(tier, d);
        });
        this.rules = rules;
        this.any = any;
        this.classes = classes;
        this.ranges = ranges;
    }

    /** Indexes the policies over the classes and ranges. */
    static CalicoIndex build(List<CalicoPolicy> policies, CniBits bits) {
        int n = bits.classes.size();
        Map<String, List<List<List<CalicoPolicy>>>> applying = new HashMap<>();
        IdentityHashMap<CalicoPolicy, CompiledRule[][]> rules = new IdentityHashMap<>();
        boolean[][] any = new boolean[2][n];
        List<Map<String, String>> labels = new ArrayList<>(n);
        for (PodClass c : bits.classes.classes()) {
            labels.add(c.hostNetwork() ? null : bits.context.calicoLabels(c.representative()));
        }
        Workloads workloads = new Workloads(labels);
        for (CalicoPolicy policy : policies.stream().sorted(CalicoPolicy.ORDER).toList()) {
            List<List<List<CalicoPolicy>>> tier = applying.computeIfAbsent(policy.tier(), t -> {
                List<List<List<CalicoPolicy>>> byDirection = new ArrayList<>();
                for (int d = 0; d < 2; d++) {
                    List<List<CalicoPolicy>> byClass = new ArrayList<>(n);
                    for (int c = 0; c < n; c++) {
                        byClass.add(new ArrayList<>(0));
                    }
                    byDirection.add(byClass);
                }
                return byDirection;
            });
            BitSet selected = workloads.of(policy.endpointSelector()); // a host-network pod has no workload endpoint
            for (int c = selected.nextSetBit(0); c >= 0; c = selected.nextSetBit(c + 1)) {
                for (Direction d : Direction.values()) {
                    if (policy.governsPods(d)) {
                        tier.get(d.ordinal()).get(c).add(policy);
                        any[d.ordinal()][c] = true;
                    }
                }
            }
            CompiledRule[][] compiled = new CompiledRule[2][];
            for (Direction d : Direction.values()) {
                List<CalicoRule> list = policy.rules(d);
                compiled[d.ordinal()] = new CompiledRule[list.size()];
                for (int r = 0; r < list.size(); r++) {
                    CalicoRule rule = list.get(r);
                    boolean fixed = rule.destination().services().isEmpty()
                            && rule.destination().ports().stream().noneMatch(p -> p instanceof PortSpec.Named)
                            && rule.destination().notPorts().stream().noneMatch(p -> p instanceof PortSpec.Named);
                    compiled[d.ordinal()][r] = new CompiledRule(entity(rule.source(), policy, bits, workloads),
                            entity(rule.destination(), policy, bits, workloads), rule.ipVersion(), CalicoRules.sourcePorts(rule),
                            fixed ? Optional.of(CalicoRules.ports(rule, policy, NamedPorts.NONE, bits.context)) : Optional.empty());
                }
            }
            rules.put(policy, compiled);
        }
        return new CalicoIndex(applying, rules, any, bits.classes, bits.ranges);
    }

    /** The policies of a tier that apply to a class for a direction, in Calico's order. */
    List<CalicoPolicy> applying(String tier, Direction direction, int podClass) {
        List<List<List<CalicoPolicy>>> t = applying.get(tier);
        return t == null ? NONE : t.get(direction.ordinal()).get(podClass);
    }

    /**
     * The policies of a tier that apply to a class for a direction, in Calico's order, without
     * repeats: a policy whose rules for the direction (and namespace, which scopes their selectors)
     * equal an earlier one's matches nothing the earlier one left unmatched, so what the tier may do
     * is the same without it. Explanations walk {@link #applying} instead.
     */
    List<CalicoPolicy> distinct(String tier, Direction direction, int podClass) {
        List<List<List<CalicoPolicy>>> t = distinct.get(tier);
        return t == null ? NONE : t.get(direction.ordinal()).get(podClass);
    }

    private static List<CalicoPolicy> withoutRepeats(List<CalicoPolicy> all, Direction direction, IdentityHashMap<CalicoPolicy, int[]> signature) {
        if (all.size() < 2) {
            return all;
        }
        Set<Integer> seen = new HashSet<>();
        List<CalicoPolicy> out = new ArrayList<>(all.size());
        for (CalicoPolicy p : all) {
            if (seen.add(signature.get(p)[direction.ordinal()])) {
                out.add(p);
            }
        }
        return out.size() == all.size() ? all : List.copyOf(out);
    }

    /** Whether some policy of any tier applies to the class for the direction. */
    boolean any(Direction direction, int podClass) {
        return any[direction.ordinal()][podClass];
    }

    /**
     * Every bit set a rule of the direction of a policy applying to the class (in any tier) tests a
     * remote end against, over classes ({@code pod}) or ranges: the source of an ingress rule, the
     * destination of an egress rule (the other end is the judged class, see {@link #match}).
     */
    void remoteBits(Direction direction, int podClass, boolean pod, Consumer<BitSet> sink) {
        for (List<List<List<CalicoPolicy>>> tier : applying.values()) {
            for (CalicoPolicy policy : tier.get(direction.ordinal()).get(podClass)) {
                for (CompiledRule rule : rules.get(policy)[direction.ordinal()]) {
                    PeerBits remote = direction == Direction.INGRESS ? rule.source() : rule.destination();
                    sink.accept(pod ? remote.classes() : remote.ranges());
                }
            }
        }
    }

    /** How the rules of a judged class's policies match a connection with a remote class ({@code pod}) or range. */
    CalicoRules.Matcher matcher(int judged, boolean pod, int remote) {
        return new CalicoRules.Matcher() {
            private CalicoPolicy last;
            private CompiledRule[][] compiled;

            private CompiledRule rule(CalicoPolicy policy, Direction direction, int r) {
                if (policy != last) {
                    last = policy;
                    compiled = rules.get(policy);
                }
                return compiled[direction.ordinal()][r];
            }

            @Override
            public Match match(CalicoPolicy policy, Direction direction, int r) {
                return CalicoIndex.this.match(rule(policy, direction, r), judged, pod, remote, direction);
            }

            @Override
            public ConnectionSet ports(CalicoPolicy policy, Direction direction, int r, NamedPorts destination, CniContext context) {
                Optional<ConnectionSet> fixed = rule(policy, direction, r).fixedPorts();
                return fixed.isPresent() ? fixed.get() : CalicoRules.Matcher.super.ports(policy, direction, r, destination, context);
            }
        };
    }

    private Match match(CompiledRule rule, int judged, boolean pod, int remote, Direction direction) {
        if (rule.ipVersion().isPresent() && !families(pod, remote).contains(String.valueOf(rule.ipVersion().getAsInt()))) {
            return Match.NO;
        }
        boolean ingress = direction == Direction.INGRESS;
        boolean source = ingress ? hits(rule.source(), pod, remote) : rule.source().matchesClass(judged);
        boolean destination = ingress ? rule.destination().matchesClass(judged) : hits(rule.destination(), pod, remote);
        if (!source || !destination) {
            return Match.NO;
        }
        return rule.sourcePorts() ? Match.MAYBE : Match.YES;
    }

    private String families(boolean pod, int remote) {
        if (!pod) {
            return ranges.first(remote).v6() ? "6" : "4";
        }
        String families = classes.get(remote).key().families();
        return families.isEmpty() ? "4" : families;
    }

    private static boolean hits(PeerBits bits, boolean pod, int remote) {
        return pod ? bits.matchesClass(remote) : bits.matchesRange(remote);
    }

    /** Whom an entity rule matches ({@code _entityrule.mdx}): every field given must match. */
    private static PeerBits entity(CalicoEntityRule entity, CalicoPolicy policy, CniBits bits, Workloads workloads) {
        BitSet classes = (BitSet) bits.allClasses.clone();
        BitSet ranges = (BitSet) bits.allRanges.clone();
        Optional<CalicoSelector> selector = entity.endpointSelector(policy.namespace());
        if (selector.isPresent()) {
            classes.and(workloads.of(selector.get()));
            ranges.clear(); // a selector matches known endpoints only
        }
        entity.notSelector().ifPresent(s -> classes.andNot(workloads.of(s)));
        if (!entity.nets().isEmpty()) {
            BitSet inClasses = new BitSet();
            BitSet inRanges = new BitSet();
            for (Cidr net : entity.nets()) {
                inClasses.or(bits.classesIn(net));
                inRanges.or(bits.rangesOf(CniVocabulary.block(net)));
            }
            classes.and(inClasses);
            ranges.and(inRanges);
        }
        for (Cidr net : entity.notNets()) {
            classes.andNot(bits.classesIn(net));
            ranges.andNot(bits.rangesOf(CniVocabulary.block(net)));
        }
        if (entity.services().isPresent()) {
            Optional<Service> service = CalicoRules.service(entity, policy, bits.context);
            BitSet members = new BitSet();
            BitSet addresses = new BitSet();
            if (service.isPresent()) {
                for (PodClass c : bits.classes.classes()) {
                    if (!c.hostNetwork() && service.get().selects(c.representative())) {
                        members.set(c.id());
                    }
                }
                bits.context.outsideEndpoints(service.get()).forEach(a -> addresses.set(bits.rangeOf(a)));
            }
            classes.and(members);
            ranges.and(addresses);
        }
        return new PeerBits(classes, ranges);
    }

    /**
     * The classes with a workload endpoint a selector matches, each selector evaluated once: the
     * policies of a cluster repeat a few selectors ({@code all()}, a namespace's) many times.
     * Read-only to callers: the sets are shared.
     */
    private static final class Workloads {

        private final List<Map<String, String>> labels;
        private final Map<CalicoSelector, BitSet> matched = new HashMap<>();

        /** @param labels each class's endpoint labels; null for a host-network class, which has no workload endpoint */
        Workloads(List<Map<String, String>> labels) {
            this.labels = labels;
        }

        BitSet of(CalicoSelector selector) {
            return matched.computeIfAbsent(selector, s -> {
                BitSet out = new BitSet();
                for (int c = 0; c < labels.size(); c++) {
                    if (labels.get(c) != null && s.matches(labels.get(c))) {
                        out.set(c);
                    }
                }
                return out;
            });
        }
    }
}
