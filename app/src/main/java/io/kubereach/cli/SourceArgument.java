package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.ManifestException;
import io.kubereach.source.ManifestInput;
import io.kubereach.source.ManifestSource;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.ClusterLoad;
import io.kubereach.source.live.ClusterScope;
import io.kubereach.source.live.ClusterTarget;
import io.kubereach.source.live.Environment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One cluster named by the values of one option, as {@code diff --ref1}/{@code --ref2} take it:
 * manifest files, folders or snapshot files (the option repeated for several), or
 * {@code live:CONTEXT} for a context of the kubeconfig ({@code live:} alone for the current one).
 *
 * @param option the option, for messages ({@code ref1})
 * @param paths the files and folders, when it is not live
 * @param live the context when it is live: empty for the current one
 */
record SourceArgument(String option, List<Path> paths, Optional<Optional<String>> live) {

    /** What a value starts with to name a live cluster; a path that starts so is written {@code ./live:…}. */
    static final String LIVE = "live:";

    /** Reads the values given to {@code --option}; a live cluster is one value on its own. */
    static SourceArgument parse(String option, List<String> values) {
        List<String> live = values.stream().filter(v -> v.startsWith(LIVE)).toList();
        if (live.isEmpty()) {
            return new SourceArgument(option, values.stream().map(Path::of).toList(), Optional.empty());
        }
        if (values.size() > 1) {
            throw UserError.of("cli.source.liveAlone", option, live.get(0), String.join(", ", values));
        }
        String context = live.get(0).substring(LIVE.length());
        return new SourceArgument(option, List.of(), Optional.of(context.isEmpty() ? Optional.empty() : Optional.of(context)));
    }

    /** Whether this is a live cluster. */
    boolean isLive() {
        return live.isPresent();
    }

    /**
     * Reads the cluster into a snapshot; a live one through {@code kubeconfig} and {@code scope}.
     * A failure is one line that names the option.
     */
    ClusterSnapshot read(Optional<Path> kubeconfig, ClusterScope scope) {
        try {
            if (live.isPresent()) {
                ClusterTarget target = new ClusterTarget(kubeconfig, live.get(), scope);
                return ClusterLoad.read(target, Environment.system(), ProgressLines.onTerminal(), CancelToken.none()).snapshot();
            }
            return new ManifestSource().readInputs(ManifestInput.of(paths, StandardInput::text));
        } catch (ManifestException | ClusterAccessException e) {
            throw UserError.causedBy(e, "cli.source.failed", option, e.getMessage());
        }
    }
}
