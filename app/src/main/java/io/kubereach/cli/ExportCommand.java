package io.kubereach.cli;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramExport;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DiagramTheme;
import io.kubereach.diagram.DiagramTitle;
import io.kubereach.diagram.ExposureMarks;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.files.AtomicFile;
import io.kubereach.graph.Focus;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.engine.ReachabilityEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.report.ExposureAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach export}: the diagram of a cluster as a PNG or SVG file, with no display, at a level of detail. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    /** A picture is at most this many pixels (or SVG units) a side: beyond, no viewer opens it. */
    static final int MAX_SIDE = DiagramExport.MAX_SIDE;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "png|svg", descriptionKey = "cli.export.format")
    PictureFormat format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2", converter = Choices.Scale.class, descriptionKey = "cli.export.scale")
    int scale;

    @Option(names = "--level", defaultValue = "auto", paramLabel = "auto|namespace|workload|pod", descriptionKey = "cli.export.level")
    PictureLevel level;

    @Option(names = "--focus", paramLabel = "NS/NAME", descriptionKey = "cli.export.focus")
    String focus;

    @Option(names = "--verdict", defaultValue = "all", paramLabel = "allowed|blocked|all", descriptionKey = "cli.export.verdict")
    TrafficShown verdict;

    @Option(names = "--group-by", defaultValue = "namespace", paramLabel = "node|namespace",
            descriptionKey = "cli.export.groupBy")
    Grouping groupBy;

    @Option(names = "--show", arity = "1", paramLabel = "NS",
            descriptionKey = "cli.export.show")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--containers", defaultValue = "on", paramLabel = "on|off",
            descriptionKey = "cli.export.containers")
    Containers containers;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark",
            descriptionKey = "cli.export.theme")
    DiagramTheme theme;

    @Option(names = "--timings", descriptionKey = "cli.export.timings")
    boolean timings;

    @Option(names = "--exposure", descriptionKey = "cli.export.exposure")
    boolean exposure;

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
        ReachabilityEngine engine = input.engine(snapshot);
        // a picture with closed namespaces draws the workload pairs' traffic summed up per pair of namespaces: the
        // graph sums it as it judges, with no edge per pair (at 10,000 pods, a third of a million fewer edges)
        boolean summed = focus == null && verdict == TrafficShown.ALL && diffAgainst.isEmpty() && groupBy == Grouping.NAMESPACE
                && (level == PictureLevel.NAMESPACE || level == PictureLevel.AUTO);
        NetworkGraph graph = graph(snapshot, engine, summed);
        step("graph");
        DiagramText text = DiagramText.ofDefaultLocale();
        GraphFilter filter = GraphFilter.ALL.withNamespaces(shown).withLayer(Layer.CONTAINERS, containers == Containers.ON);
        Graph<GraphVertex, GraphEdge> base = focus == null ? graph.graph() : Focus.on(graph, focused(graph, focus));
        DiagramLayouter layouter = new DiagramLayouter(text);
        DiagramLayout laidOut = layouter.layout(verdict.of(graph, GraphView.of(base, filter)), groupBy);
        step("layout");
        java.util.Optional<io.kubereach.graph.TrafficChanges> changes = changesAgainst(graph);
        DiagramLayout withChanges = changes.map(laidOut::withChanges).orElse(laidOut);
        if (changes.isPresent()) {
            step("diff");
        }
        Optional<ExposureMarks> marks = exposure
                ? Optional.of(ExposureMarks.of(new ExposureAnalysis(snapshot, graph.engine(), input::engine).ofEveryWorkload()))
                : Optional.empty();
        if (exposure) {
            step("exposure");
        }
        DiagramExport export = new DiagramExport(text, theme.style(), marks);
        double pixels = kind == PictureFormat.PNG ? scale : 1;
        DetailLevel drawn = level.chosen(l -> fits(export.pngSize(withChanges, l, pixels)))
                .orElseThrow(() -> tooLarge(export.pngSize(withChanges, level.deepest(), pixels), level.deepest(), kind));
        DiagramLayout layout = withChanges;
        if (summed && drawn != DetailLevel.NAMESPACE) {
            // a deeper level fits (a small cluster): its lines need every workload pair's own edge; the boxes stay as laid out
            graph = graph(snapshot, engine, false);
            layout = layouter.redrawLines(GraphView.of(graph.graph(), filter), groupBy, laidOut);
            step("graph");
        }
        long[] size = export.pngSize(layout, drawn, pixels);
        if (!fits(size)) {
            throw tooLarge(size, drawn, kind);
        }
        DiagramTitle title = DiagramTitle.now(snapshot.source(), "");
        LineSet lines = layout.lineSet(drawn); // worked out once: for the picture and for the summary
        try {
            if (kind == PictureFormat.PNG) {
                export.png(layout, lines, title, drawn, scale, output);
            } else {
                export.svg(layout, lines, title, drawn, output);
            }
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        step(Choice.word(kind));
        Warnings.print(snapshot, spec.commandLine().getErr());
        if (!AtomicFile.isStream(output)) { // the summary must not run into a picture or snapshot written to /dev/stdout
            VisibleOutput.of(spec.commandLine().getOut()).println("wrote " + output + " (" + size[0] + "×" + size[1]
                    + (kind == PictureFormat.PNG ? " px" : " units") + ", " + Choice.word(drawn) + " level, " + layout.allBoxes().size()
                    + " boxes, " + lines.lines().size() + " lines"
                    + changes.map(c -> ", " + c.changes().size() + " changed against " + String.join(", ", diffAgainst)).orElse("")
                    + marks.map(m -> ", " + m.workloads() + " exposed workloads marked").orElse("") + ")");
        }
        return 0;
    }

    private NetworkGraph graph(ClusterSnapshot snapshot, ReachabilityEngine engine, boolean summed) {
        NetworkGraphBuilder builder = new NetworkGraphBuilder(snapshot, engine, input.engineOptions());
        return (summed ? builder.summingWorkloadTraffic() : builder).build();
    }

    private static boolean fits(long[] size) {
        return DiagramExport.fits(size);
    }

    private static UserError tooLarge(long[] size, DetailLevel level, PictureFormat kind) {
        return UserError.of("cli.export.tooLarge", Choice.word(level), String.valueOf(size[0]), String.valueOf(size[1]),
                kind == PictureFormat.PNG ? "px" : "units", String.format(Locale.ROOT, "%,d", MAX_SIDE));
    }

    /** The vertex {@code --focus} names: a workload of that namespace and name, else a pod. */
    private static String focused(NetworkGraph graph, String name) {
        int slash = name.indexOf('/');
        String ns = slash > 0 ? name.substring(0, slash) : "";
        String rest = slash > 0 ? name.substring(slash + 1) : name;
        for (GraphVertex.WorkloadVertex w : graph.vertices(GraphVertex.WorkloadVertex.class)) {
            if (w.ref().namespace().equals(ns) && w.ref().name().equals(rest)) {
                return w.id();
            }
        }
        for (GraphVertex.PodVertex p : graph.vertices(GraphVertex.PodVertex.class)) {
            if (p.ref().namespace().equals(ns) && p.ref().name().equals(rest)) {
                return p.id();
            }
        }
        for (GraphVertex.PodVertex p : graph.vertices(GraphVertex.PodVertex.class)) {
            // a Deployment by its name: its ReplicaSet is named <deployment>-<pod-template-hash>
            if (p.ref().namespace().equals(ns) && p.owner().name().equals(rest + "-" + p.labels().get("pod-template-hash"))) {
                return GraphVertex.WorkloadVertex.idOf(p.owner());
            }
        }
        List<String> similar = graph.vertices(GraphVertex.WorkloadVertex.class).stream()
                .filter(w -> w.ref().namespace().equals(ns) || w.ref().name().contains(rest))
                .map(w -> w.ref().namespace() + "/" + w.ref().name()).sorted().limit(5).toList();
        throw UserError.of("cli.export.noFocus", name, graph.snapshot().source(),
                similar.isEmpty() ? "NAMESPACE/NAME" : String.join(", ", similar));
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
        /** Always (the default): a pod's network namespace is what this picture explains. */
        ON,
        /** Never. */
        OFF
    }
}
