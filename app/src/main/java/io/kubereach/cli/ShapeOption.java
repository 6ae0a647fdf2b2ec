package io.kubereach.cli;

import io.kubereach.synthetic.ClusterShape;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Chooses a synthetic cluster: a named shape and a seed. */
final class ShapeOption {

    @Option(names = "--shape", defaultValue = "medium", paramLabel = "small|medium|large|small-tiers|medium-tiers|large-tiers|small-cni|medium-cni|large-cni",
            descriptionKey = "cli.option.shape")
    Size shape;

    @Option(names = "--seed", defaultValue = "42", descriptionKey = "cli.option.seed")
    long seed;

    ClusterShape shape() {
        return shape.shape.get().withSeed(seed);
    }

    /** The named shapes, each written as its lower-case name with {@code -} for {@code _} ({@code small-tiers}). */
    enum Size {
        /** 36 pods. */
        SMALL(ClusterShape::small),
        /** 2,000 pods, 200 policies. */
        MEDIUM(ClusterShape::medium),
        /** 10,000 pods in 1,000 workloads, 100 namespaces, 1,000 policies. */
        LARGE(ClusterShape::large),
        /** Small with 6 AdminNetworkPolicies and a BaselineAdminNetworkPolicy. */
        SMALL_TIERS(ClusterShape::smallWithTiers),
        /** Medium with 20 AdminNetworkPolicies and a BaselineAdminNetworkPolicy. */
        MEDIUM_TIERS(ClusterShape::mediumWithTiers),
        /** Large with 50 AdminNetworkPolicies and a BaselineAdminNetworkPolicy. */
        LARGE_TIERS(ClusterShape::largeWithTiers),
        /** Small with 12 Cilium and 12 Calico policies. */
        SMALL_CNI(ClusterShape::smallWithCni),
        /** Medium with 100 Cilium and 100 Calico policies. */
        MEDIUM_CNI(ClusterShape::mediumWithCni),
        /** Large with 500 Cilium and 500 Calico policies. */
        LARGE_CNI(ClusterShape::largeWithCni);

        private final Supplier<ClusterShape> shape;

        Size(Supplier<ClusterShape> shape) {
            this.shape = shape;
        }
    }
}
