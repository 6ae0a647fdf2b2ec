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
 * @param adminPolicies the number of AdminNetworkPolicies (cluster-wide guard rails, distinct priorities)
 * @param baselinePolicy whether the cluster has a BaselineAdminNetworkPolicy
 * @param ciliumPolicies the number of CiliumNetworkPolicies and CiliumClusterwideNetworkPolicies
 * @param calicoPolicies the number of Calico NetworkPolicies and GlobalNetworkPolicies (with a Calico tier when there are some)
 */
public record ClusterShape(int namespaces, int workloads, int podsPerWorkload, int policies, int nodes, long seed,
        int adminPolicies, boolean baselinePolicy, int ciliumPolicies, int calicoPolicies) {

    /** The seed of the presets. */
    public static final long DEFAULT_SEED = 42L;

    public ClusterShape {
        if (namespaces < 1 || nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one namespace and one node");
        }
        if (workloads < 0 || podsPerWorkload < 0 || policies < 0 || adminPolicies < 0 || ciliumPolicies < 0 || calicoPolicies < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (adminPolicies > 1001) {
            throw new IllegalArgumentException("AdminNetworkPolicy priorities go from 0 to 1000: at most 1001 policies");
        }
    }

    /** A shape without cluster-wide policies. */
    public ClusterShape(int namespaces, int workloads, int podsPerWorkload, int policies, int nodes, long seed) {
        this(namespaces, workloads, podsPerWorkload, policies, nodes, seed, 0, false);
    }

    /** A shape without Cilium or Calico policies. */
    public ClusterShape(int namespaces, int workloads, int podsPerWorkload, int policies, int nodes, long seed, int adminPolicies,
            boolean baselinePolicy) {
        this(namespaces, workloads, podsPerWorkload, policies, nodes, seed, adminPolicies, baselinePolicy, 0, 0);
    }

    /** {@link #large()} with 500 Cilium and 500 Calico policies. */
    public static ClusterShape largeWithCni() {
        return large().withCni(500, 500);
    }

    /** {@link #medium()} with 100 Cilium and 100 Calico policies. */
    public static ClusterShape mediumWithCni() {
        return medium().withCni(100, 100);
    }

    /** {@link #small()} with 12 Cilium and 12 Calico policies: for tests. */
    public static ClusterShape smallWithCni() {
        return small().withCni(12, 12);
    }

    /** This shape with that many Cilium and Calico policies. */
    public ClusterShape withCni(int cilium, int calico) {
        return new ClusterShape(namespaces, workloads, podsPerWorkload, policies, nodes, seed, adminPolicies, baselinePolicy, cilium, calico);
    }

    /** {@link #large()} with 50 AdminNetworkPolicies and a BaselineAdminNetworkPolicy. */
    public static ClusterShape largeWithTiers() {
        return large().withTiers(50, true);
    }

    /** {@link #medium()} with 20 AdminNetworkPolicies and a BaselineAdminNetworkPolicy. */
    public static ClusterShape mediumWithTiers() {
        return medium().withTiers(20, true);
    }

    /** {@link #small()} with 6 AdminNetworkPolicies and a BaselineAdminNetworkPolicy: for tests. */
    public static ClusterShape smallWithTiers() {
        return small().withTiers(6, true);
    }

    /** This shape with that many AdminNetworkPolicies, and a BaselineAdminNetworkPolicy or not. */
    public ClusterShape withTiers(int admin, boolean baseline) {
        return new ClusterShape(namespaces, workloads, podsPerWorkload, policies, nodes, seed, admin, baseline, ciliumPolicies,
                calicoPolicies);
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
        return new ClusterShape(namespaces, workloads, podsPerWorkload, policies, nodes, newSeed, adminPolicies, baselinePolicy,
                ciliumPolicies, calicoPolicies);
    }

    /** The number of pods: every workload's replicas. */
    public int pods() {
        return workloads * podsPerWorkload;
    }
}
