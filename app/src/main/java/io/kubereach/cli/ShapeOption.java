package io.kubereach.cli;

import io.kubereach.synthetic.ClusterShape;
import picocli.CommandLine.Option;

/** Chooses a synthetic cluster: a named shape and a seed. */
final class ShapeOption {

    @Option(names = "--shape", defaultValue = "medium", paramLabel = "small|medium|large",
            description = "small (36 pods), medium (2,000 pods, 200 policies) or large (10,000 pods in 1,000 workloads, 100 namespaces, 1,000 policies). Default: ${DEFAULT-VALUE}.")
    String shape;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same cluster. Default: ${DEFAULT-VALUE}.")
    long seed;

    ClusterShape shape() {
        ClusterShape base = switch (shape) {
            case "small" -> ClusterShape.small();
            case "medium" -> ClusterShape.medium();
            case "large" -> ClusterShape.large();
            default -> throw new UserError("unknown shape '" + shape + "': choose small, medium or large");
        };
        return base.withSeed(seed);
    }
}
