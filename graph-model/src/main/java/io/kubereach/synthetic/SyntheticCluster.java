package io.kubereach.synthetic;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A made-up cluster of any size, for benchmarks and tests: namespaces of teams and
 * environments, Deployments' pods spread over nodes, a Service per workload, and
 * NetworkPolicies in the patterns real clusters use; when the shape asks, AdminNetworkPolicies
 * and a BaselineAdminNetworkPolicy as cluster administrators write them.
 *
 * <p>The cluster is built once as a model; {@link #write} writes that model as manifests, so
 * the snapshot and the manifests of one shape are the same cluster and cannot drift apart.
 * The same shape (seed included) always gives the same cluster, byte for byte.
 */
public final class SyntheticCluster {

    private SyntheticCluster() {
    }

    /** The cluster of a shape as a snapshot, for benchmarks that skip reading manifests. */
    public static ClusterSnapshot snapshot(ClusterShape shape) {
        // separate random streams, so a change in one part leaves the other parts as they were
        Random seeds = new Random(shape.seed());
        long topologySeed = seeds.nextLong();
        long policySeed = seeds.nextLong();
        SyntheticTopology topology = new TopologyGenerator(shape, topologySeed).generate();
        ClusterSnapshotBuilder builder = new ClusterSnapshotBuilder("synthetic:" + describe(shape));
        topology.namespaces().forEach(builder::namespace);
        topology.nodes().forEach(builder::node);
        topology.workloads().forEach(builder::workload);
        topology.pods().forEach(builder::pod);
        topology.services().forEach(builder::service);
        new PolicyGenerator(shape, topology, policySeed).generate().forEach(builder::policy);
        if (shape.adminPolicies() > 0 || shape.baselinePolicy()) {
            // a stream of its own, so shapes without cluster-wide policies stay as they were
            new AdminPolicyGenerator(shape, topology, seeds.nextLong()).generate().forEach(builder::adminPolicy);
        }
        if (shape.ciliumPolicies() > 0 || shape.calicoPolicies() > 0) {
            // a stream of its own too
            builder.cniPolicies(new CniPolicyGenerator(shape, topology, new Random(shape.seed()).nextLong() ^ 0x5DEECE66DL).generate());
        }
        return builder.build();
    }

    /**
     * Writes the cluster of a shape into a folder as Kubernetes manifests (layout: {@link SnapshotYamlWriter}).
     *
     * @return the files written
     */
    public static List<Path> write(ClusterShape shape, Path folder) {
        return SnapshotYamlWriter.write(snapshot(shape), folder);
    }

    /** A short description of a shape, e.g. {@code 100ns/1000wl/10000pods/1000np/20nodes/seed42}. */
    public static String describe(ClusterShape shape) {
        String tiers = (shape.adminPolicies() > 0 ? shape.adminPolicies() + "anp/" : "") + (shape.baselinePolicy() ? "banp/" : "")
                + (shape.ciliumPolicies() > 0 ? shape.ciliumPolicies() + "cilium/" : "")
                + (shape.calicoPolicies() > 0 ? shape.calicoPolicies() + "calico/" : "");
        return shape.namespaces() + "ns/" + shape.workloads() + "wl/" + shape.pods() + "pods/"
                + shape.policies() + "np/" + tiers + shape.nodes() + "nodes/seed" + shape.seed();
    }
}
