package io.kubereach.ui.model;

import io.kubereach.describe.AdminPolicyDescriber;
import io.kubereach.describe.CalicoPolicyDescriber;
import io.kubereach.describe.CiliumPolicyDescriber;
import io.kubereach.describe.PolicyDescriber;
import io.kubereach.describe.PolicyDescription;
import io.kubereach.describe.PolicySentences;
import io.kubereach.engine.PolicyLanguage;
import io.kubereach.graph.GraphVertex;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PodRef;
import io.kubereach.synthetic.ManifestYaml;
import io.kubereach.yaml.PolicyYaml;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policies of the details: those that select a pod or workload (NetworkPolicies by name, the
 * cluster-wide ones in the order a connection walks them), and a selected policy's description,
 * YAML and the pods it applies to (highlighted with their workloads).
 */
final class PolicySelections {

    private final ClusterSnapshot snapshot;

    PolicySelections(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The NetworkPolicies that select some of the pods, by name. */
    List<NetworkPolicy> selecting(List<Pod> pods) {
        return snapshot.policies().stream().filter(p -> pods.stream().anyMatch(p::selects))
                .sorted(Comparator.comparing(NetworkPolicy::qualifiedName)).toList();
    }

    /** The cluster-wide policies that apply to some of the pods, in the order a connection walks them. */
    List<AdminPolicy> applying(List<Pod> pods) {
        Map<String, Namespace> namespaces = snapshot.namespacesByName();
        return snapshot.adminPolicies().stream()
                .filter(p -> pods.stream().anyMatch(pod -> namespaces.containsKey(pod.namespace())
                        && p.subject().selects(pod, namespaces.get(pod.namespace()))))
                .sorted(AdminPolicy.WALK_ORDER).toList();
    }

    /** A NetworkPolicy selected by {@code NAMESPACE/NAME}: nothing when there is none. */
    DetailsBuilder.Selected policy(String qualifiedName) {
        int slash = qualifiedName.indexOf('/');
        PolicyDescriber describer = new PolicyDescriber(snapshot);
        Optional<NetworkPolicy> found = slash < 0 ? Optional.empty()
                : describer.find(qualifiedName.substring(0, slash), qualifiedName.substring(slash + 1));
        if (found.isEmpty()) {
            return new DetailsBuilder.Selected(new Details.Nothing(), Set.of());
        }
        PolicyDescription description = describer.describe(found.get());
        Set<String> related = podsAndWorkloads(description.selectedPods());
        String yaml = PolicyYaml.text(found.get(), PolicyYaml.PolicyTypes.AS_JUDGED);
        return new DetailsBuilder.Selected(new Details.PolicyInfo(found.get(), PolicySentences.of(description), yaml, description.selectedPods()),
                related);
    }

    /** A cluster-wide policy selected by {@code KIND/NAME}: nothing when there is none. */
    DetailsBuilder.Selected clusterPolicy(String kindAndName) {
        int slash = kindAndName.indexOf('/');
        Optional<AdminPolicy.Kind> kind = slash < 0 ? Optional.empty() : Arrays.stream(AdminPolicy.Kind.values())
                .filter(k -> k.name().equals(kindAndName.substring(0, slash))).findFirst();
        AdminPolicyDescriber describer = new AdminPolicyDescriber(snapshot);
        Optional<AdminPolicy> found = kind.flatMap(k -> describer.find(Optional.of(k), kindAndName.substring(slash + 1)));
        if (found.isEmpty()) {
            return new DetailsBuilder.Selected(new Details.Nothing(), Set.of());
        }
        AdminPolicyDescriber.Description description = describer.describe(found.get());
        String yaml = ManifestYaml.adminPolicy(found.get());
        return new DetailsBuilder.Selected(new Details.ClusterPolicyInfo(found.get(), description.sentences(), yaml, description.subjects()),
                podsAndWorkloads(description.subjects()));
    }

    /** A Cilium or Calico policy selected by {@code LANGUAGE/NAME} (NAME qualified by its namespace): nothing when there is none. */
    DetailsBuilder.Selected cniPolicy(String languageAndName) {
        int slash = languageAndName.indexOf('/');
        String language = slash < 0 ? "" : languageAndName.substring(0, slash);
        String name = languageAndName.substring(slash + 1);
        Optional<Details> found = Optional.empty();
        if (language.equals(PolicyLanguage.CILIUM.name())) {
            CiliumPolicyDescriber describer = new CiliumPolicyDescriber(snapshot);
            found = snapshot.cniPolicies().cilium().stream().filter(p -> p.qualifiedName().equals(name)).findFirst()
                    .map(p -> new Details.CniPolicyInfo(PolicyLanguage.CILIUM, p.kind(), p.qualifiedName(), describer.describe(p).sentences(),
                            ManifestYaml.ciliumPolicy(p)));
        } else if (language.equals(PolicyLanguage.CALICO.name())) {
            CalicoPolicyDescriber describer = new CalicoPolicyDescriber(snapshot);
            found = snapshot.cniPolicies().calico().stream().filter(p -> p.qualifiedName().equals(name)).findFirst()
                    .map(p -> new Details.CniPolicyInfo(PolicyLanguage.CALICO, p.kind().felixKind(), p.qualifiedName(),
                            describer.describe(p).sentences(), ManifestYaml.calicoPolicy(p)));
        }
        return new DetailsBuilder.Selected(found.orElse(new Details.Nothing()), Set.of());
    }

    private Set<String> podsAndWorkloads(List<PodRef> pods) {
        Set<String> related = new LinkedHashSet<>();
        for (PodRef ref : pods) {
            related.add(GraphVertex.PodVertex.idOf(ref));
            snapshot.pod(ref).ifPresent(p -> related.add(GraphVertex.WorkloadVertex.idOf(p.owner())));
        }
        return related;
    }
}
