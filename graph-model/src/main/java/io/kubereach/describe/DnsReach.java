package io.kubereach.describe;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.Direction;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PolicyRule;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether egress-isolated pods can still reach cluster DNS: port 53 of the {@code k8s-app=kube-dns}
 * pods of {@code kube-system} (or, when the snapshot has none, of a CoreDNS pod as a cluster runs
 * it). An ipBlock does not count: policy is judged at the DNS pod's own address after DNAT, and
 * ipBlocks match only outside addresses by default (rules 13, 21).
 */
public final class DnsReach {

    static final String NAMESPACE = "kube-system";
    static final Map<String, String> LABELS = Map.of("k8s-app", "kube-dns");
    public static final int PORT = 53;

    /** CoreDNS as kubeadm deploys it, standing in when the snapshot holds no DNS pod. */
    private static final Pod TYPICAL_DNS = new Pod(NAMESPACE, "coredns", LABELS, List.of(), Optional.empty(),
            new WorkloadRef(NAMESPACE, "Deployment", "coredns"), false,
            List.of(new Container("coredns", "", List.of(
                    new ContainerPort("dns", PORT, Protocol.UDP), new ContainerPort("dns-tcp", PORT, Protocol.TCP)))), true);

    private final ClusterSnapshot snapshot;
    private final List<Pod> dnsPods;

    DnsReach(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
        List<Pod> found = snapshot.pods().stream()
                .filter(p -> p.namespace().equals(NAMESPACE) && LABELS.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(p.labels().get(e.getKey()))))
                .toList();
        this.dnsPods = found.isEmpty() ? List.of(TYPICAL_DNS) : found;
    }

    /**
     * The cluster DNS pods of a snapshot ({@code k8s-app=kube-dns} in {@code kube-system}), or
     * when it has none, CoreDNS as kubeadm deploys it (not in the snapshot: judged by its labels).
     */
    public static List<Pod> servers(ClusterSnapshot snapshot) {
        return new DnsReach(snapshot).dnsPods;
    }

    /**
     * The DNS traps of a policy that isolates egress. Each selected pod is judged with every
     * egress policy that selects it (policies add up, rule 4); with no pod selected now, the
     * policy is judged on its own rules.
     */
    List<Trap> traps(NetworkPolicy policy, List<Pod> selected) {
        if (!policy.isolates(Direction.EGRESS)) {
            return List.of();
        }
        if (selected.isEmpty()) {
            if (!reaches(List.of(policy), Protocol.UDP)) {
                return List.of(forgotten(selected, List.of()));
            }
            return reaches(List.of(policy), Protocol.TCP) ? List.of() : List.of(withoutTcp(selected, List.of()));
        }
        // a policy only selects pods of its own namespace (rule 2)
        List<NetworkPolicy> neighbours = snapshot.policies().stream()
                .filter(p -> p.namespace().equals(policy.namespace()) && p.isolates(Direction.EGRESS))
                .toList();
        List<PodRef> noDns = new ArrayList<>();
        List<PodRef> noTcp = new ArrayList<>();
        for (Pod pod : selected) {
            List<NetworkPolicy> egressPolicies = neighbours.stream().filter(p -> p.selects(pod)).toList();
            if (!reaches(egressPolicies, Protocol.UDP)) {
                noDns.add(pod.ref());
            } else if (!reaches(egressPolicies, Protocol.TCP)) {
                noTcp.add(pod.ref());
            }
        }
        List<Trap> out = new ArrayList<>();
        if (!noDns.isEmpty()) {
            out.add(forgotten(selected, noDns));
        }
        if (!noTcp.isEmpty()) {
            out.add(withoutTcp(selected, noTcp));
        }
        return out;
    }

    private static Trap forgotten(List<Pod> selected, List<PodRef> pods) {
        return new Trap(Trap.Kind.EGRESS_WITHOUT_DNS, Message.of("trap.egressWithoutDns", PolicyTraps.subject(selected, pods)));
    }

    private static Trap withoutTcp(List<Pod> selected, List<PodRef> pods) {
        return new Trap(Trap.Kind.DNS_WITHOUT_TCP, Message.of("trap.dnsWithoutTcp", PolicyTraps.subject(selected, pods)));
    }

    /** Whether some egress rule of these policies admits some DNS pod on port 53 of the protocol. */
    private boolean reaches(List<NetworkPolicy> policies, Protocol protocol) {
        for (NetworkPolicy policy : policies) {
            for (PolicyRule rule : policy.egress()) {
                for (Pod dns : dnsPods) {
                    if (admitsPeer(policy, rule, dns) && admitsPort(rule, dns, protocol)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean admitsPeer(NetworkPolicy policy, PolicyRule rule, Pod dns) {
        if (rule.allPeers()) {
            return true;
        }
        Namespace namespace = snapshot.namespace(dns.namespace());
        return rule.peers().stream().anyMatch(peer -> peer instanceof PolicyPeer.Selectors s
                && s.matches(policy.namespace(), namespace, dns.labels()));
    }

    private static boolean admitsPort(PolicyRule rule, Pod dns, Protocol protocol) {
        if (rule.allPorts()) {
            return true;
        }
        for (PolicyPort port : rule.ports()) {
            if (port.protocol() != protocol) {
                continue;
            }
            PortSpec spec = port.port();
            if (spec instanceof PortSpec.AnyPort
                    || spec instanceof PortSpec.Range r && r.from() <= PORT && PORT <= r.to()
                    || spec instanceof PortSpec.Named n && dns.namedPort(n.name(), protocol).equals(Optional.of(PORT))) {
                return true;
            }
        }
        return false;
    }
}
