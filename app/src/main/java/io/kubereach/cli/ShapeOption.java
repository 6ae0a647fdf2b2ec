package io.kubereach.cli;

import io.kubereach.synthetic.ClusterShape;
import picocli.CommandLine.Option;

/** Chooses a synthetic cluster: a named shape and a seed. */
final class ShapeOption {

    @Option(names = "--shape", defaultValue = "medium", paramLabel = "small|medium|large|small-tiers|medium-tiers|large-tiers|small-cni|medium-cni|large-cni",
            descriptionKey = "cli.option.shape")
    String shape;

    @Option(names = "--seed", defaultValue = "42", descriptionKey = "cli.option.seed")
    long seed;

    ClusterShape shape() {
        ClusterShape base = switch (shape) {
            case "small" -> ClusterShape.small();
            case "medium" -> ClusterShape.medium();
            case "large" -> ClusterShape.large();
            case "small-tiers" -> ClusterShape.smallWithTiers();
            case "medium-tiers" -> ClusterShape.mediumWithTiers();
            case "large-tiers" -> ClusterShape.largeWithTiers();
            case "small-cni" -> ClusterShape.smallWithCni();
            case "medium-cni" -> ClusterShape.mediumWithCni();
            case "large-cni" -> ClusterShape.largeWithCni();
            default -> throw new UserError("unknown shape '" + shape + "': choose small, medium, large, small-tiers, medium-tiers, large-tiers, small-cni, medium-cni or large-cni");
        };
        return base.withSeed(seed);
    }
}
