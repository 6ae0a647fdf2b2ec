package io.kubereach.cli;

import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.KubeContext;
import io.kubereach.source.live.Kubeconfig;
import io.kubereach.source.live.KubeconfigFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach contexts}: the contexts of the kubeconfig, as {@code kubectl config get-contexts} shows them. */
@Command(name = "contexts", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ContextsCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Option(names = "--kubeconfig", paramLabel = "FILE", descriptionKey = "cli.contexts.kubeconfig")
    Path kubeconfig;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ClusterAccessException {
        Kubeconfig config = Kubeconfig.read(KubeconfigFiles.locate(Optional.ofNullable(kubeconfig), Environment.system()));
        List<KubeContext> contexts = config.contexts();
        int name = Math.max(4, contexts.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        int cluster = Math.max(7, contexts.stream().mapToInt(c -> c.cluster().length()).max().orElse(0));
        String row = "%-8s %-" + name + "s   %-" + cluster + "s   %s%n";
        PrintWriter out = VisibleOutput.of(spec.commandLine().getOut());
        out.printf(row, "CURRENT", "NAME", "CLUSTER", "NAMESPACE");
        for (KubeContext c : contexts) {
            boolean current = config.currentContext().filter(c.name()::equals).isPresent();
            out.printf(row, current ? "*" : "", c.name(), c.cluster(), c.namespace());
        }
        out.flush();
        return 0;
    }
}
