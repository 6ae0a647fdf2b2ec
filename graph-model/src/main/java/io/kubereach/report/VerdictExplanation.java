package io.kubereach.report;

import io.kubereach.engine.Peer;
import io.kubereach.engine.RuleAdmission;
import io.kubereach.engine.SideVerdict;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Puts a verdict's explanation into sentences: who isolates each side, which rule admits, or that none does. */
public final class VerdictExplanation {

    private final ClusterSnapshot snapshot;

    public VerdictExplanation(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** One sentence per fact, both sides and the caveats. */
    public List<String> lines(Verdict v) {
        List<String> out = new ArrayList<>();
        switch (v.exemption()) {
            case SAME_POD -> out.add("a pod always reaches itself (over lo or its own IP): NetworkPolicy never applies");
            case OWN_NODE -> out.add("traffic between a pod and its own node (kubelet probes) is always allowed");
            case BOTH_EXTERNAL -> out.add("both ends are outside the cluster: no NetworkPolicy is involved");
            default -> {
                out.add(side(v, v.egress(), v.src()));
                out.add(side(v, v.ingress(), v.dst()));
            }
        }
        v.caveats().forEach(c -> out.add("caveat: " + c));
        return out;
    }

    private String side(Verdict v, SideVerdict side, Peer judged) {
        String where = side.direction().apiName().toLowerCase(Locale.ROOT) + " at " + judged;
        switch (side.status()) {
            case EXTERNAL:
                return where + ": outside the cluster, no policy side to check";
            case NOT_ISOLATED:
                return where + ": no policy selects it for " + side.direction().apiName() + ", so it is not isolated (allow-all)";
            default:
                break;
        }
        String isolated = where + ": isolated by " + String.join(", ", side.isolatingPolicies());
        if (side.admittedBy().isEmpty()) {
            Peer remote = side.direction() == Direction.EGRESS ? v.dst() : v.src();
            return isolated + "; no rule admits " + remote + " on " + v.port() + "/" + v.protocol();
        }
        List<String> reasons = side.admittedBy().stream().map(a -> admission(a, side.direction(), v.dst())).toList();
        return isolated + "; admitted by " + String.join(" and ", reasons);
    }

    private String admission(RuleAdmission a, Direction direction, Peer destination) {
        StringBuilder s = new StringBuilder(a.policy()).append(' ')
                .append(direction.apiName().toLowerCase(Locale.ROOT)).append(" rule ").append(a.rule() + 1);
        Optional<PolicyRule> rule = policy(a.policy()).map(p -> p.rules(direction).get(a.rule()));
        s.append(" (");
        if (a.peer() < 0) {
            s.append("every peer");
        } else {
            s.append("peer ").append(a.peer() + 1);
            rule.map(r -> r.peers().get(a.peer())).ifPresent(p -> s.append(": ").append(peer(p)));
        }
        s.append("; ");
        if (a.port() < 0) {
            s.append("every port");
        } else {
            s.append("port ").append(a.port() + 1);
            rule.map(r -> r.ports().get(a.port())).ifPresent(p -> s.append(": ").append(port(p, destination)));
        }
        return s.append(')').toString();
    }

    /** A port entry; a named port also says what it resolves to on the destination pod (rule 16). */
    private static String port(PolicyPort entry, Peer destination) {
        if (entry.port() instanceof PortSpec.Named named && destination instanceof Peer.PodPeer pod) {
            return entry + pod.pod().namedPort(named.name(), entry.protocol())
                    .map(n -> " = " + n + " on " + pod.pod().ref()).orElse("");
        }
        return entry.toString();
    }

    private Optional<NetworkPolicy> policy(String qualifiedName) {
        return snapshot.policies().stream().filter(p -> p.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** A peer in the words of its manifest: {@code podSelector role=frontend}, {@code ipBlock 10.0.0.0/8 except …}. */
    public static String peer(PolicyPeer peer) {
        if (peer instanceof PolicyPeer.Addresses a) {
            String except = a.block().except().isEmpty() ? "" : " except " + a.block().except();
            return "ipBlock " + a.block().cidr() + except;
        }
        PolicyPeer.Selectors s = (PolicyPeer.Selectors) peer;
        List<String> parts = new ArrayList<>();
        s.namespaceSelector().ifPresent(n -> parts.add("namespaceSelector " + n));
        s.podSelector().ifPresent(p -> parts.add("podSelector " + p));
        return String.join(" AND ", parts);
    }
}
