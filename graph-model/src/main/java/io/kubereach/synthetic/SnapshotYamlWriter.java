package io.kubereach.synthetic;

import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Pod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a snapshot's namespaces, nodes, pods, Services and NetworkPolicies into a folder as
 * multi-document YAML, laid out like a dump of a live cluster:
 * <pre>
 * namespaces.yaml        every Namespace
 * nodes.yaml             every Node
 * pods-&lt;namespace&gt;.yaml the pods of one namespace, one file per namespace that has pods
 * services.yaml          every Service
 * policies.yaml          every NetworkPolicy
 * cluster-policies.yaml  every AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy (only when there are some)
 * cilium-policies.yaml   every Cilium policy (only when there are some)
 * calico-policies.yaml   every Calico Tier and policy (only when there are some)
 * </pre>
 * Workload controllers, Endpoints and Ingresses are not written: pods name their controller in
 * {@code ownerReferences}, and Service backends follow from the selectors. A file whose kind
 * the snapshot has none of is still written, empty, so the layout never varies.
 */
public final class SnapshotYamlWriter {

    /** The file of the namespaces. */
    public static final String NAMESPACES = "namespaces.yaml";
    /** The file of the nodes. */
    public static final String NODES = "nodes.yaml";
    /** The file of the Services. */
    public static final String SERVICES = "services.yaml";
    /** The file of the NetworkPolicies. */
    public static final String POLICIES = "policies.yaml";
    /** The file of the cluster-wide policies, written only when the cluster has some. */
    public static final String CLUSTER_POLICIES = "cluster-policies.yaml";
    /** The file of the Cilium policies, written only when the cluster has some. */
    public static final String CILIUM_POLICIES = "cilium-policies.yaml";
    /** The file of the Calico tiers and policies, written only when the cluster has some. */
    public static final String CALICO_POLICIES = "calico-policies.yaml";

    private SnapshotYamlWriter() {
    }

    /** The file holding the pods of a namespace. */
    public static String podsFile(String namespace) {
        return "pods-" + namespace + ".yaml";
    }

    /**
     * Writes the snapshot into {@code folder}, creating it when missing and replacing files of
     * the same names.
     *
     * @return the files written, in the order above
     */
    public static List<Path> write(ClusterSnapshot snapshot, Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            written.add(file(folder.resolve(NAMESPACES), snapshot.namespaces(), ManifestYaml::namespace));
            written.add(file(folder.resolve(NODES), snapshot.nodes(), ManifestYaml::node));
            Map<String, IpAddress> nodeAddress = new LinkedHashMap<>();
            for (ClusterNode node : snapshot.nodes()) {
                node.addresses().stream().findFirst().ifPresent(a -> nodeAddress.put(node.name(), a));
            }
            Function<Pod, String> pod = p -> ManifestYaml.pod(p, p.node().map(nodeAddress::get));
            for (Map.Entry<String, List<Pod>> e : podsByNamespace(snapshot).entrySet()) {
                written.add(file(folder.resolve(podsFile(e.getKey())), e.getValue(), pod));
            }
            written.add(file(folder.resolve(SERVICES), snapshot.services(), ManifestYaml::service));
            written.add(file(folder.resolve(POLICIES), snapshot.policies(), ManifestYaml::networkPolicy));
            if (!snapshot.adminPolicies().isEmpty()) {
                written.add(file(folder.resolve(CLUSTER_POLICIES), snapshot.adminPolicies(), ManifestYaml::adminPolicy));
            }
            if (!snapshot.cniPolicies().cilium().isEmpty()) {
                written.add(file(folder.resolve(CILIUM_POLICIES), snapshot.cniPolicies().cilium(), ManifestYaml::ciliumPolicy));
            }
            if (!snapshot.cniPolicies().calico().isEmpty()) {
                List<String> documents = new ArrayList<>();
                snapshot.cniPolicies().calicoTiers().forEach(t -> documents.add(ManifestYaml.calicoTier(t)));
                snapshot.cniPolicies().calico().forEach(p -> documents.add(ManifestYaml.calicoPolicy(p)));
                written.add(file(folder.resolve(CALICO_POLICIES), documents, d -> d));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifests to " + folder, e);
        }
    }

    /** The pods grouped by namespace, namespaces in snapshot order, pods in snapshot order. */
    private static Map<String, List<Pod>> podsByNamespace(ClusterSnapshot snapshot) {
        Map<String, List<Pod>> out = new LinkedHashMap<>();
        for (Namespace ns : snapshot.namespaces()) {
            out.put(ns.name(), new ArrayList<>());
        }
        for (Pod pod : snapshot.pods()) {
            out.computeIfAbsent(pod.namespace(), n -> new ArrayList<>()).add(pod);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private static <T> Path file(Path path, List<T> objects, Function<T, String> yaml) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (T object : objects) {
                if (!first) {
                    out.write("---\n");
                }
                first = false;
                out.write(yaml.apply(object));
            }
        }
        return path;
    }
}
