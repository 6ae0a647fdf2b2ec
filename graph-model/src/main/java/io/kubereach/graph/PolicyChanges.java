package io.kubereach.graph;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.CniPolicies;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The policies that differ between two snapshots of the same pods, and the pods they apply to:
 * every verdict that can change has such a pod at one end (a policy only ever judges the
 * connections of the pods it selects, for ingress or egress), so only their pairs need judging
 * again. Every policy kind the engine reads (NetworkPolicies, cluster-wide policies, Cilium and
 * Calico policies) is compared the same way, by its record and the pods it selects; what may
 * affect any pod (a Calico tier, service-account labels, objects not evaluated) touches all.
 */
public final class PolicyChanges {

    private PolicyChanges() {
    }

    /** The pods that some policy present in only one of the snapshots (or changed) applies to, in either snapshot. */
    public static Set<PodRef> touchedPods(ClusterSnapshot before, ClusterSnapshot after) {
        Set<PodRef> touched = new TreeSet<>();
        CniPolicies was = before.cniPolicies();
        CniPolicies is = after.cniPolicies();
        if (!was.calicoTiers().equals(is.calicoTiers()) || !was.serviceAccounts().equals(is.serviceAccounts())
                || !was.unevaluated().equals(is.unevaluated())) {
            // a tier's order or default, a service account's labels, an object not evaluated: any pod may be affected
            after.pods().forEach(p -> touched.add(p.ref()));
            return touched;
        }
        Map<String, Namespace> namespaces = after.namespacesByName();
        Function<Pod, Namespace> namespaceOf = pod -> namespaces.getOrDefault(pod.namespace(), Namespace.implied(pod.namespace()));
        collect(changed(before.policies(), after.policies()), after.pods(), (p, pod) -> p.selects(pod), touched);
        collect(changed(before.adminPolicies(), after.adminPolicies()), after.pods(),
                (p, pod) -> p.subject().selects(pod, namespaceOf.apply(pod)), touched);
        if (!was.cilium().equals(is.cilium())) {
            Map<String, Map<String, String>> nodeLabels = new HashMap<>();
            after.nodes().forEach(n -> nodeLabels.putIfAbsent(n.name(), n.labels()));
            collect(changed(was.cilium(), is.cilium()), after.pods(), (p, pod) -> p.selects(pod, namespaceOf.apply(pod),
                    pod.node().map(n -> nodeLabels.getOrDefault(n, Map.of())).orElse(Map.of())), touched);
        }
        if (!was.calico().equals(is.calico())) {
            Map<String, Map<String, String>> accounts = new HashMap<>();
            is.serviceAccounts().forEach(a -> accounts.putIfAbsent(a.namespace() + "/" + a.name(), a.labels()));
            collect(changed(was.calico(), is.calico()), after.pods(), (p, pod) -> p.selects(pod, namespaceOf.apply(pod),
                    accounts.getOrDefault(pod.namespace() + "/" + pod.serviceAccount(), Map.of())), touched);
        }
        return touched;
    }

    /** The workload vertex ids of the touched pods (see {@link #touchedPods}). */
    public static Set<String> touchedWorkloads(ClusterSnapshot before, ClusterSnapshot after) {
        Set<PodRef> pods = touchedPods(before, after);
        Set<String> out = new LinkedHashSet<>();
        after.pods().stream().filter(p -> pods.contains(p.ref())).forEach(p -> out.add(GraphVertex.WorkloadVertex.idOf(p.owner())));
        return out;
    }

    /** The policies of one list that the other does not hold as they are: added, removed or edited. */
    static <P> List<P> changed(List<P> before, List<P> after) {
        Set<P> was = new HashSet<>(before);
        Set<P> is = new HashSet<>(after);
        Set<P> out = new LinkedHashSet<>();
        before.stream().filter(p -> !is.contains(p)).forEach(out::add);
        after.stream().filter(p -> !was.contains(p)).forEach(out::add);
        return List.copyOf(out);
    }

    private static <P> void collect(List<P> policies, List<Pod> pods, BiPredicate<P, Pod> selects, Set<PodRef> touched) {
        for (P policy : policies) {
            for (Pod pod : pods) {
                if (selects.test(policy, pod)) {
                    touched.add(pod.ref());
                }
            }
        }
    }
}
