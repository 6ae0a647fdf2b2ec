package io.kubereach.cli;

import io.kubereach.source.live.ClusterScope;
import io.kubereach.source.live.ClusterTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which live cluster to read, as kubectl users say it: {@code --kubeconfig FILE} (else
 * {@code KUBECONFIG}, else {@code ~/.kube/config}), {@code --context NAME} (else the current
 * context); the namespaces ({@code -n NS}) are given beside them.
 */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            descriptionKey = "cli.option.kubeconfig")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", descriptionKey = "cli.option.context")
    String context;

    /** The cluster these options name, read in these namespaces (all when none). */
    ClusterTarget target(List<String> namespaces) {
        return new ClusterTarget(Optional.ofNullable(kubeconfig), Optional.ofNullable(context), new ClusterScope(namespaces));
    }
}
