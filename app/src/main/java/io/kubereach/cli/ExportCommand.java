package io.kubereach.cli;

import io.kubereach.diagram.DiagramExport;
import io.kubereach.files.AtomicFile;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DiagramTheme;
import io.kubereach.diagram.DiagramTitle;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach export}: the diagram of a cluster as a PNG or SVG file, with no display. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    /** With {@code --containers auto}, containers are drawn up to this many pods, so big clusters stay a picture of sane size. */
    static final int AUTO_CONTAINERS_MAX_PODS = 500;

    /** Pictures larger than this many pixels are refused rather than exhausting memory. */
    static final long MAX_PIXELS = 400_000_000L;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "png|svg", descriptionKey = "cli.export.format")
    PictureFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2", converter = Choices.Scale.class, descriptionKey = "cli.export.scale")
    int scale;

    @Option(names = "--group-by", defaultValue = "namespace", paramLabel = "node|namespace",
            descriptionKey = "cli.export.groupBy")
    Grouping groupBy;

    @Option(names = "--show", arity = "1", paramLabel = "NS",
            descriptionKey = "cli.export.show")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--containers", defaultValue = "auto", paramLabel = "auto|on|off",
            descriptionKey = "cli.export.containers")
    Containers containers;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark",
            descriptionKey = "cli.export.theme")
    DiagramTheme theme;

    @Option(names = "--timings", descriptionKey = "cli.export.timings")
    boolean timings;

    @Option(names = "--diff-against", arity = "1", paramLabel = "SOURCE", descriptionKey = "cli.export.diffAgainst")
    List<String> diffAgainst = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long last = System.nanoTime();

    private void step(String name) {
        long now = System.nanoTime();
        if (timings) {
            spec.commandLine().getErr().printf("%-8s %6d ms%n", name, (now - last) / 1_000_000);
        }
        last = now;
    }

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        PictureFormat kind = format != null ? format : PictureFormat.of(output);
        OutputFile.refuseFolder(output);
        ClusterSnapshot snapshot = input.snapshot();
        step("read");
        Set<String> shown = shownNamespaces(snapshot);
        NetworkGraph graph = new NetworkGraphBuilder(snapshot, input.engine(snapshot), input.engineOptions()).build();
        step("graph");
        DiagramText text = DiagramText.ofDefaultLocale();
        GraphFilter filter = GraphFilter.ALL.withNamespaces(shown).withLayer(Layer.CONTAINERS, showContainers(snapshot));
        DiagramLayout layout = new DiagramLayouter(text).layout(GraphView.of(graph, filter), groupBy);
        step("layout");
        java.util.Optional<io.kubereach.graph.TrafficChanges> changes = changesAgainst(graph);
        if (changes.isPresent()) {
            layout = layout.withChanges(changes.get());
            step("diff");
        }
        DiagramExport export = new DiagramExport(text, theme.style());
        DiagramTitle title = DiagramTitle.now(snapshot.source(), "");
        long[] size = export.pngSize(layout, kind == PictureFormat.PNG ? scale : 1);
        try {
            if (kind == PictureFormat.PNG) {
                if (size[0] * size[1] > MAX_PIXELS) {
                    throw UserError.of("cli.export.tooLarge", String.valueOf(size[0]), String.valueOf(size[1]));
                }
                export.png(layout, title, scale, output);
            } else {
                export.svg(layout, title, output);
            }
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        step(Choice.word(kind));
        Warnings.print(snapshot, spec.commandLine().getErr());
        if (!AtomicFile.isStream(output)) { // the summary must not run into a picture or snapshot written to /dev/stdout
            VisibleOutput.of(spec.commandLine().getOut()).println("wrote " + output + " (" + size[0] + "×" + size[1]
                    + (kind == PictureFormat.PNG ? " px" : " units") + ", " + layout.allBoxes().size() + " boxes, " + layout.lines().size() + " lines"
                    + changes.map(c -> ", " + c.changes().size() + " changed against " + String.join(", ", diffAgainst)).orElse("") + ")");
        }
        return 0;
    }

    /**
     * With {@code --diff-against SOURCE}: how the traffic of the cluster drawn differs from that
     * of SOURCE (a folder, files, a snapshot, or {@code live:CONTEXT}), as the what-if draws it.
     */
    private java.util.Optional<io.kubereach.graph.TrafficChanges> changesAgainst(NetworkGraph graph) {
        if (diffAgainst.isEmpty()) {
            return java.util.Optional.empty();
        }
        ClusterSnapshot reference = SourceArgument.parse("diff-against", diffAgainst)
                .read(java.util.Optional.empty(), new io.kubereach.source.live.ClusterScope(List.of()));
        NetworkGraph before = new NetworkGraphBuilder(reference, input.engine(reference), input.engineOptions()).build();
        return java.util.Optional.of(io.kubereach.graph.TrafficChanges.between(before, graph));
    }

    private boolean showContainers(ClusterSnapshot snapshot) {
        return switch (containers) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> snapshot.pods().size() <= AUTO_CONTAINERS_MAX_PODS;
        };
    }

    private Set<String> shownNamespaces(ClusterSnapshot snapshot) {
        Set<String> known = new LinkedHashSet<>(snapshot.namespaces().stream().map(Namespace::name).toList());
        for (String ns : namespaces) {
            if (!known.contains(ns)) {
                throw UserError.of("cli.export.noNamespace", ns, snapshot.source(), String.join(", ", known));
            }
        }
        return Set.copyOf(namespaces);
    }

    /** The kind of picture {@code --format} chooses. */
    enum PictureFormat {
        /** A bitmap, {@code --scale} pixels per diagram unit. */
        PNG,
        /** A vector drawing. */
        SVG;

        /** The format a file's name asks for: SVG for {@code .svg}, else PNG. */
        static PictureFormat of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? SVG : PNG;
        }
    }

    /** Whether {@code --containers} draws the containers inside pods. */
    enum Containers {
        /** Up to {@link #AUTO_CONTAINERS_MAX_PODS} pods. */
        AUTO,
        /** Always. */
        ON,
        /** Never. */
        OFF
    }
}
