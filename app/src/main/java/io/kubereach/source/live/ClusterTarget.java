package io.kubereach.source.live;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which cluster to read, as the user chose it: the kubeconfig file ({@code --kubeconfig}; else
 * kubectl's lookup), the context ({@code --context}; else the current one) and the namespaces.
 *
 * @param kubeconfig the file given with {@code --kubeconfig}, if any
 * @param context the context given with {@code --context}, if any
 * @param scope the namespaces to read
 */
public record ClusterTarget(Optional<Path> kubeconfig, Optional<String> context, ClusterScope scope) {
}
