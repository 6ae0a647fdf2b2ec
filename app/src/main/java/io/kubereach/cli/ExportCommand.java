package io.kubereach.cli;

import io.kubereach.diagram.DiagramExport;
import io.kubereach.files.AtomicFile;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramStyle;
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
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2", descriptionKey = "cli.export.scale")
    int scale;

    @Option(names = "--group-by", defaultValue = "namespace", paramLabel = "node|namespace",
            descriptionKey = "cli.export.groupBy")
    String groupBy;

    @Option(names = "--show", arity = "1", paramLabel = "NS",
            descriptionKey = "cli.export.show")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--containers", defaultValue = "auto", paramLabel = "auto|on|off",
            descriptionKey = "cli.export.containers")
    String containers;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark",
            descriptionKey = "cli.export.theme")
    String theme;

    @Option(names = "--timings", descriptionKey = "cli.export.timings")
    boolean timings;

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
        String kind = format().orElseThrow(() -> new UserError("unknown format '" + format + "': choose png or svg"));
        if (scale != 1 && scale != 2) {
            throw new UserError("--scale must be 1 or 2, not " + scale);
        }
        DiagramStyle style = DiagramTheme.parse(theme)
                .orElseThrow(() -> new UserError("unknown --theme '" + theme + "': choose light or dark")).style();
        Grouping grouping = Grouping.parse(groupBy)
                .orElseThrow(() -> new UserError("unknown --group-by '" + groupBy + "': choose node or namespace"));
        OutputFile.refuseFolder(output);
        ClusterSnapshot snapshot = input.snapshot();
        step("read");
        Set<String> shown = shownNamespaces(snapshot);
        NetworkGraph graph = new NetworkGraphBuilder(snapshot, input.engine(snapshot), input.engineOptions()).build();
        step("graph");
        DiagramText text = DiagramText.ofDefaultLocale();
        GraphFilter filter = GraphFilter.ALL.withNamespaces(shown).withLayer(Layer.CONTAINERS, showContainers(snapshot));
        DiagramLayout layout = new DiagramLayouter(text).layout(GraphView.of(graph, filter), grouping);
        step("layout");
        DiagramExport export = new DiagramExport(text, style);
        DiagramTitle title = DiagramTitle.now(snapshot.source(), "");
        long[] size = export.pngSize(layout, kind.equals("png") ? scale : 1);
        try {
            if (kind.equals("png")) {
                if (size[0] * size[1] > MAX_PIXELS) {
                    throw new UserError("the picture would be " + size[0] + "×" + size[1] + " pixels, too large for a PNG: use --scale 1,"
                            + " show fewer namespaces with --show, or export SVG");
                }
                export.png(layout, title, scale, output);
            } else {
                export.svg(layout, title, output);
            }
        } catch (IOException e) {
            throw OutputFile.cannotWrite(output, e);
        }
        step(kind);
        Warnings.print(snapshot, spec.commandLine().getErr());
        if (!AtomicFile.isStream(output)) { // the summary must not run into a picture or snapshot written to /dev/stdout
            VisibleOutput.of(spec.commandLine().getOut()).println("wrote " + output + " (" + size[0] + "×" + size[1] + (kind.equals("png") ? " px" : " units")
                    + ", " + layout.allBoxes().size() + " boxes, " + layout.lines().size() + " lines)");
        }
        return 0;
    }

    private java.util.Optional<String> format() {
        String f = format != null ? format : output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? "svg" : "png";
        f = f.toLowerCase(Locale.ROOT);
        return f.equals("png") || f.equals("svg") ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    private boolean showContainers(ClusterSnapshot snapshot) {
        return switch (containers.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> snapshot.pods().size() <= AUTO_CONTAINERS_MAX_PODS;
            default -> throw new UserError("unknown --containers '" + containers + "': choose auto, on or off");
        };
    }

    private Set<String> shownNamespaces(ClusterSnapshot snapshot) {
        Set<String> known = new LinkedHashSet<>(snapshot.namespaces().stream().map(Namespace::name).toList());
        for (String ns : namespaces) {
            if (!known.contains(ns)) {
                throw new UserError("no namespace '" + ns + "' in " + snapshot.source() + " (it has " + String.join(", ", known) + ")");
            }
        }
        return Set.copyOf(namespaces);
    }
}
