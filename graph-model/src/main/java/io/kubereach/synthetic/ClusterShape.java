package io.kubereach.synthetic;

/**
 * The size of a synthetic cluster and the seed that decides everything else about it.
 *
 * <p>Workloads are spread evenly over the namespaces, and policies too; every workload runs
 * {@code podsPerWorkload} pods, spread at random over the nodes.
 *
 * @param namespaces the number of namespaces
 * @param workloads the number of workloads (Deployments, seen through their ReplicaSets)
 * @param podsPerWorkload the replicas of every workload
 * @param policies the number of NetworkPolicies
 * @param nodes the number of nodes
 * @param seed the seed of every random choice; the same shape always gives the same cluster
 */
public record ClusterShape(int namespaces, int workloads, int podsPerWorkload, int policies, int nodes, long seed) {

    /** The seed of the presets. */
    public static final long DEFAULT_SEED = 42L;

    public ClusterShape {
        if (namespaces < 1 || nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one namespace and one node");
        }
        if (workloads < 0 || podsPerWorkload < 0 || policies < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** 100 namespaces, 1,000 workloads of 10 pods (10,000 pods), 1,000 policies, 20 nodes. */
    public static ClusterShape large() {
        return new ClusterShape(100, 1_000, 10, 1_000, 20, DEFAULT_SEED);
    }

    /** 20 namespaces, 200 workloads of 10 pods (2,000 pods), 200 policies, 8 nodes. */
    public static ClusterShape medium() {
        return new ClusterShape(20, 200, 10, 200, 8, DEFAULT_SEED);
    }

    /** 4 namespaces, 12 workloads of 3 pods (36 pods), 16 policies, 3 nodes: for tests. */
    public static ClusterShape small() {
        return new ClusterShape(4, 12, 3, 16, 3, DEFAULT_SEED);
    }

    /** This shape with another seed. */
    public ClusterShape withSeed(long newSeed) {
        return new ClusterShape(namespaces, workloads, podsPerWorkload, policies, nodes, newSeed);
    }

    /** The number of pods: every workload's replicas. */
    public int pods() {
        return workloads * podsPerWorkload;
    }
}
