package io.kubereach.query;

import io.kubereach.engine.Peer;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.SourceGap;
import java.util.List;
import java.util.Optional;

/**
 * The namespaces whose NetworkPolicies the source could not read (e.g. a 403 on a live cluster),
 * and what that leaves unknown.
 *
 * <p>A policy only ever constrains the pods of its own namespace, and only ever takes away
 * from allow-all. So a side whose namespace's policies are missing was judged allow-all and may
 * in truth deny: an allowed verdict with such a side is unknown, while a verdict denied by the
 * other, fully read side stays denied. Exemptions (a pod and itself, a pod and its node) do not
 * depend on policies and stand.
 */
public final class PolicyGaps {

    /** The kind a gap must name to make verdicts unknown. */
    public static final String KIND = "NetworkPolicy";

    private final List<SourceGap> gaps;

    /** The NetworkPolicy gaps of a snapshot. */
    public PolicyGaps(ClusterSnapshot snapshot) {
        this.gaps = snapshot.gaps().stream().filter(g -> g.kind().equals(KIND)).toList();
    }

    /** Whether the source read every NetworkPolicy it should have. */
    public boolean isEmpty() {
        return gaps.isEmpty();
    }

    /** The NetworkPolicy gaps, in the source's order. */
    public List<SourceGap> gaps() {
        return gaps;
    }

    /** The gap covering a namespace's NetworkPolicies, if any. */
    public Optional<SourceGap> covering(String namespace) {
        return gaps.stream().filter(g -> g.covers(namespace)).findFirst();
    }

    /** The gap that leaves this verdict unknown: it is allowed, and a pod end lies in a namespace with a gap. */
    public Optional<SourceGap> leavesUnknown(Verdict verdict) {
        if (gaps.isEmpty() || !verdict.allowed() || verdict.exemption() != Verdict.Exemption.NONE) {
            return Optional.empty();
        }
        return gapOf(verdict.src()).or(() -> gapOf(verdict.dst()));
    }

    private Optional<SourceGap> gapOf(Peer peer) {
        return peer instanceof Peer.PodPeer p ? covering(p.pod().namespace()) : Optional.empty();
    }

    /** The note that explains an unknown answer. */
    public static String note(SourceGap gap) {
        String where = gap.namespace().isEmpty() ? "of any namespace" : "of namespace " + gap.namespace();
        return "the NetworkPolicies " + where + " could not be read (" + gap.reason() + "): whether its pods may connect"
                + " is unknown, not allowed";
    }
}
