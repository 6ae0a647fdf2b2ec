package io.kubereach.graph;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The policies that differ between two snapshots of the same pods, and the pods they apply to:
 * every verdict that can change has such a pod at one end (a policy only ever judges the
 * connections of the pods it selects, for ingress or egress), so only their pairs need judging
 * again. Every policy kind (NetworkPolicies, cluster-wide policies) the engine reads is compared the same way, by its record and the pods
 * its subject selects.
 */
public final class PolicyChanges {

    private PolicyChanges() {
    }

    /** The pods that some policy present in only one of the snapshots (or changed) applies to, in either snapshot. */
    public static Set<PodRef> touchedPods(ClusterSnapshot before, ClusterSnapshot after) {
        Set<PodRef> touched = new TreeSet<>();
        if (!before.cniPolicies().equals(after.cniPolicies())) {
            // Cilium and Calico select pods in their own ways (endpoint labels, service accounts,
            // host endpoints): until they say which pods they apply to, every pair is judged again
            after.pods().forEach(p -> touched.add(p.ref()));
            return touched;
        }
        Map<String, Namespace> namespaces = after.namespacesByName();
        collect(changed(before.policies(), after.policies()), after.pods(), (p, pod) -> p.selects(pod), touched);
        collect(changed(before.adminPolicies(), after.adminPolicies()), after.pods(),
                (p, pod) -> p.subject().selects(pod, namespaces.getOrDefault(pod.namespace(), Namespace.implied(pod.namespace()))), touched);
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
