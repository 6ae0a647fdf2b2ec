package io.kubereach.cli;

import io.kubereach.files.AtomicFile;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterLoad;
import io.kubereach.source.live.ClusterObjects;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.SnapshotFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach snapshot}: saves what was read from a live cluster as one JSON file, for offline use. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Mixin
    ClusterOptions cluster;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", descriptionKey = "cli.option.liveNamespace")
    List<String> namespaces = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.snapshot.output")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFile.refuseFolder(output);
        ClusterObjects objects = ClusterLoad.read(cluster.target(namespaces), Environment.system(), ProgressLines.onTerminal(), CancelToken.none());
        try {
            SnapshotFile.write(objects, output);
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        ClusterSnapshot s = objects.snapshot();
        Warnings.print(s, spec.commandLine().getErr());
        if (!AtomicFile.isStream(output)) { // the summary must not run into a picture or snapshot written to /dev/stdout
            VisibleOutput.of(spec.commandLine().getOut()).printf("wrote %s: context %s, %d namespaces, %d nodes, %d pods, %d services, %d policies%s%n",
                    output, objects.context(), s.namespaces().size(), s.nodes().size(), s.pods().size(), s.services().size(),
                    s.policies().size(), s.gaps().isEmpty() ? "" : "; " + s.gaps().size() + " kind(s) could not be read, see the warnings");
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
