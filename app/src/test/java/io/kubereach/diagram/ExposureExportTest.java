package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphVertex;
import io.kubereach.report.Exposure;
import io.kubereach.report.ExposureAnalysis;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

@DisplayName("exporting the demo with the exposure layer")
class ExposureExportTest {

    private static final DiagramTitle TITLE = new DiagramTitle("demo", "", "now");

    private static DiagramLayout layout;
    private static List<Exposure> exposures;
    private static ExposureMarks marks;

    @BeforeAll
    static void analyse() {
        System.setProperty("java.awt.headless", "true");
        layout = DemoDiagram.layout(Grouping.NAMESPACE);
        var graph = DemoDiagram.graph();
        exposures = new ExposureAnalysis(graph.snapshot(), graph.engine()).ofEveryWorkload();
        marks = ExposureMarks.of(exposures);
    }

    /** The workload box ids of the exposed workloads, as the analysis says. */
    private static Set<String> exposedWorkloads() {
        return exposures.stream().filter(Exposure::exposed).map(e -> GraphVertex.WorkloadVertex.idOf(e.workload())).collect(Collectors.toSet());
    }

    private static BoxKind kindAt(DetailLevel level) {
        return switch (level) {
            case NAMESPACE -> BoxKind.NAMESPACE;
            case WORKLOAD -> BoxKind.WORKLOAD;
            case POD -> BoxKind.POD;
        };
    }

    @Test
    @DisplayName("the marked workload boxes are exactly those of the exposed workloads, some but not all of the demo's")
    void marksFollowTheAnalysis() {
        Set<String> marked = marks.of(layout).keySet().stream().filter(id -> layout.allBoxes().stream()
                .anyMatch(b -> b.id().equals(id) && b.kind() == BoxKind.WORKLOAD)).collect(Collectors.toSet());
        assertThat(marked).isEqualTo(exposedWorkloads()).isNotEmpty();
        long workloads = layout.allBoxes().stream().filter(b -> b.kind() == BoxKind.WORKLOAD).count();
        assertThat(marked.size()).isLessThan((int) workloads);
    }

    @ParameterizedTest(name = "at the {0} level")
    @EnumSource(DetailLevel.class)
    @DisplayName("the PNG carries the bar of the worst reason down the left edge of every marked box of the level, and no mark colour on the others")
    void pngCarriesTheMarksOnTheExposedBoxes(DetailLevel level, @TempDir Path dir) throws Exception {
        DiagramPainter painter = new DiagramPainter(DemoDiagram.english(), DiagramStyle.LIGHT, Optional.of(marks));
        Path file = dir.resolve("exposure.png");
        double scale = 2;
        new DiagramExport(DemoDiagram.english(), DiagramStyle.LIGHT, Optional.of(marks)).png(layout, TITLE, level, scale, file);
        BufferedImage image = ImageIO.read(file.toFile());
        double zoom = DiagramPainter.zoomFor(layout, level);
        Map<String, ExposureMarks.Mark> byBox = marks.of(layout);
        Set<Integer> markColours = Set.of(ExposureMarks.color(ExposureMarks.Reason.OUTSIDE, DiagramStyle.LIGHT),
                ExposureMarks.color(ExposureMarks.Reason.EVERY_NAMESPACE, DiagramStyle.LIGHT),
                ExposureMarks.color(ExposureMarks.Reason.NOT_ISOLATED, DiagramStyle.LIGHT));
        int marked = 0;
        for (DiagramBox b : layout.allBoxes()) {
            if (b.kind() != kindAt(level)) {
                continue;
            }
            int x = (int) Math.round((DiagramPainter.MARGIN + b.x() * zoom + 1.5) * scale);
            int y = (int) Math.round((painter.diagramTop() + (b.y() + b.height() / 2) * zoom) * scale);
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            ExposureMarks.Mark mark = byBox.get(b.id());
            if (mark != null) {
                marked++;
                assertThat(rgb).as(b.id() + " is marked").isEqualTo(ExposureMarks.color(mark.worst(), DiagramStyle.LIGHT));
            } else {
                assertThat(markColours).as(b.id() + " is not marked").doesNotContain(rgb);
            }
        }
        assertThat(marked).as("marked boxes at the " + level + " level").isPositive();
    }

    @Test
    @DisplayName("a namespace's tag counts its exposed workloads, and the legend says what the marks mean only when they are drawn")
    void namespaceCountsAndLegend() {
        String with = new DiagramExport(DemoDiagram.english(), DiagramStyle.LIGHT, Optional.of(marks)).svg(layout, TITLE, DetailLevel.NAMESPACE);
        Map<String, Long> byNamespace = exposures.stream().filter(Exposure::exposed)
                .collect(Collectors.groupingBy(e -> e.workload().namespace(), Collectors.counting()));
        assertThat(byNamespace).isNotEmpty();
        byNamespace.forEach((ns, n) -> assertThat(with).as(ns).contains(">" + n + " exposed<"));
        assertThat(with).contains(">Exposure: reachable from outside the cluster<", ">Exposure: no policy isolates it for ingress<");
        String without = new DiagramExport(DemoDiagram.english(), DiagramStyle.LIGHT).svg(layout, TITLE, DetailLevel.NAMESPACE);
        assertThat(without).doesNotContain("Exposure:").doesNotContain(" exposed<");
    }
}
