package io.kubereach.cli;

import io.kubereach.source.live.ClusterScope;
import io.kubereach.source.live.ClusterTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which live cluster to read, as kubectl users say it: {@code --kubeconfig FILE} (else
 * {@code KUBECONFIG}, else {@code ~/.kube/config}), {@code --context NAME} (else the current
 * context) and {@code -n NS} (repeatable; else every namespace).
 */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            descriptionKey = "cli.option.kubeconfig")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", descriptionKey = "cli.option.context")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            descriptionKey = "cli.option.namespace")
    List<String> namespaces = new ArrayList<>();

    /** The cluster these options name. */
    ClusterTarget target() {
        return new ClusterTarget(Optional.ofNullable(kubeconfig), Optional.ofNullable(context), new ClusterScope(namespaces));
    }
}
