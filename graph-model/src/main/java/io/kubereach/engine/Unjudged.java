package io.kubereach.engine;

import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.CniKind;
import io.kubereach.model.Direction;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.SourceGap;
import io.kubereach.model.UnevaluatedPolicy;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What may decide connections but is not evaluated: the objects KubeReach recognises without
 * evaluating them (Istio, Antrea, Calico host endpoints and network sets, policies that could not
 * be read) and the kinds of them a live source could not read. For the pods and addresses each
 * covers, the tier {@link TierKind#UNEVALUATED} may drop what the policies allow, allow what they
 * deny, or both: those answers become unknown, never allowed. Immutable; shared by both engines.
 */
final class Unjudged {

    /**
     * One object (or unread kind) that may decide.
     *
     * @param object what it covers and may do
     * @param why the uncertainty it leaves
     */
    record Entry(UnevaluatedPolicy object, Uncertainty why) {
        PolicyRef ref() {
            return new PolicyRef(object.kind(), object.namespace().map(n -> n + "/" + object.name()).orElse(object.name()),
                    java.util.OptionalInt.empty(), PolicyLanguage.UNEVALUATED, "", -1);
        }
    }

    private static final List<Cidr> EVERY_ADDRESS = List.of(Cidr.of("0.0.0.0/0"), Cidr.of("::/0"));

    private final List<Entry> entries;
    private final CniContext context;

    Unjudged(ClusterSnapshot snapshot, CniContext context) {
        this.context = context;
        List<Entry> out = new ArrayList<>();
        for (UnevaluatedPolicy object : snapshot.cniPolicies().unevaluated()) {
            if (object.decides()) {
                out.add(new Entry(object, Uncertainty.Unevaluated.of(object)));
            }
        }
        for (io.kubereach.model.CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
            hostPolicy(policy, context).ifPresent(out::add);
        }
        for (SourceGap gap : snapshot.gaps()) {
            CniKind.ofGap(gap.kind()).flatMap(kind -> unread(kind, gap)).ifPresent(out::add);
        }
        this.entries = List.copyOf(out);
    }

    /**
     * A Cilium policy with host rules ({@code nodeSelector}): the host firewall is not evaluated,
     * so traffic to and from the nodes it selects (their addresses, their hostNetwork pods) may be dropped.
     */
    private static Optional<Entry> hostPolicy(io.kubereach.model.CiliumPolicy policy, CniContext context) {
        List<PolicyReach> reaches = new ArrayList<>();
        for (io.kubereach.model.CiliumRule rule : policy.rules()) {
            if (rule.subject() instanceof io.kubereach.model.CiliumSubject.Nodes n) {
                context.nodes().stream().filter(node -> n.selector().matches(node.labels()))
                        .forEach(node -> reaches.add(new PolicyReach.NodeTraffic(Optional.of(node.name()))));
            }
        }
        if (reaches.isEmpty()) {
            return Optional.empty();
        }
        UnevaluatedPolicy object = new UnevaluatedPolicy("cilium.io/v2", policy.kind(), policy.namespace(), policy.name(), reaches,
                EnumSet.allOf(Direction.class), true, false, Message.of("unevaluated.ciliumHostPolicy"));
        return Optional.of(new Entry(object, Uncertainty.Unevaluated.of(object)));
    }

    /** What a gap in a kind leaves unknown, unless the Cilium tiers take it ({@link PolicyGaps}). */
    private static Optional<Entry> unread(CniKind kind, SourceGap gap) {
        PolicyReach pods = gap.namespace().isEmpty() ? new PolicyReach.AllPods() : new PolicyReach.PodsIn(gap.namespace(), LabelSelector.ALL);
        Set<Direction> both = EnumSet.allOf(Direction.class);
        UnevaluatedPolicy object = switch (kind.gapEffect()) {
            case CILIUM_TIERS -> null;
            case EVERYTHING -> scope(gap, List.of(pods), both, true, true);
            case INGRESS_DROP -> scope(gap, List.of(pods), Set.of(Direction.INGRESS), true, false);
            case NODE_TRAFFIC -> scope(gap, List.of(new PolicyReach.NodeTraffic(Optional.empty())), both, true, false);
            case OUTSIDE_ADDRESSES -> scope(gap, List.of(new PolicyReach.Addresses(EVERY_ADDRESS)), both, true, true);
        };
        return Optional.ofNullable(object).map(o -> new Entry(o, new Uncertainty.Unread(gap)));
    }

    private static UnevaluatedPolicy scope(SourceGap gap, List<PolicyReach> reaches, Set<Direction> directions, boolean drop,
            boolean allow) {
        return new UnevaluatedPolicy("", gap.kind(), gap.namespace().isEmpty() ? Optional.empty() : Optional.of(gap.namespace()),
                "*", reaches, directions, drop, allow, Message.of("unevaluated.unread", gap.reason().message()));
    }

    /** Every entry. */
    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether an entry may decide a direction of a pod's connections (its own side). */
    boolean coversPod(Entry entry, Direction direction, Pod pod) {
        Namespace ns = context.namespace(pod.namespace());
        return entry.object().mayDecide(direction, pod, ns);
    }

    /**
     * Whether an entry may decide connections with an address outside the pods, whichever side
     * judges them: addresses of its blocks, or of the nodes whose traffic it guards.
     */
    boolean coversAddress(Entry entry, IpAddress address) {
        if (!entry.object().decides()) {
            return false;
        }
        for (PolicyReach reach : entry.object().reaches()) {
            if (reach.coversAddress(address)) {
                return true;
            }
            if (reach instanceof PolicyReach.NodeTraffic n && context.nodeOf(address).filter(node -> n.node().isEmpty()
                    || n.node().get().equals(node)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The entries that may decide one side: they cover the judged pod's side, or the remote address. */
    List<Entry> deciding(Pod judged, Direction direction, Peer remote) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (coversPod(e, direction, judged) || remote instanceof Peer.External x && coversAddress(e, x.address())) {
                out.add(e);
            }
        }
        return out;
    }

    /** What the tier may do: drop what may be dropped, allow what may be allowed, hand everything on. */
    static Possibilities sets(List<Entry> deciding) {
        if (deciding.isEmpty()) {
            return Possibilities.NOT_APPLIED;
        }
        boolean drop = deciding.stream().anyMatch(e -> e.object().canDrop());
        boolean allow = deciding.stream().anyMatch(e -> e.object().canAllow());
        return new Possibilities(allow ? ConnectionSet.all() : ConnectionSet.none(), drop ? ConnectionSet.all() : ConnectionSet.none(),
                ConnectionSet.all());
    }

    /** The tier's outcome for one connection: unknown when anything may decide it, and on to the next tier. */
    static TierOutcome outcome(List<Entry> deciding) {
        if (deciding.isEmpty()) {
            return TierOutcome.notApplied(TierKind.UNEVALUATED);
        }
        EnumSet<TierOutcome.Fate> fates = EnumSet.of(TierOutcome.Fate.NEXT);
        List<Uncertainty> why = new ArrayList<>();
        for (Entry e : deciding) {
            if (e.object().canDrop()) {
                fates.add(TierOutcome.Fate.DENY);
            }
            if (e.object().canAllow()) {
                fates.add(TierOutcome.Fate.ALLOW);
            }
            if (!why.contains(e.why())) {
                why.add(e.why());
            }
        }
        TierStep step = new TierStep(TierKind.UNEVALUATED, StepResult.UNKNOWN, deciding.stream().map(Entry::ref).toList(), List.of(), why);
        return new TierOutcome(step, fates);
    }
}
