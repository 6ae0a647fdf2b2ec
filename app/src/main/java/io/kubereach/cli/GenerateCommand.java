package io.kubereach.cli;

import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach generate}: writes a synthetic cluster as manifests, the documented benchmark workload. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Mixin
    ShapeOption shape;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "cli.generate.output")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(output)) {
            try (var entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    throw UserError.of("cli.generate.notEmpty", output.toString());
                }
            }
        }
        ClusterShape s = shape.shape();
        List<Path> files = SyntheticCluster.write(s, output);
        VisibleOutput.of(spec.commandLine().getOut()).println("wrote " + files.size() + " files to " + output + ": " + SyntheticCluster.describe(s));
        return 0;
    }
}
