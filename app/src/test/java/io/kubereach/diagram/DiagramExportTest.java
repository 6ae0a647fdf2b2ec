package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.Peer;
import io.kubereach.engine.PortSet;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Outcome;
import io.kubereach.query.ReachQuestions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("exporting the demo diagram")
class DiagramExportTest {

    private static final String ALLOWED = "traffic:workload:default/Deployment/frontend>workload:default/StatefulSet/redis";
    private static final String BLOCKED = "traffic:workload:default/Job/nightly-report-28735140>workload:default/StatefulSet/redis";

    private static DiagramLayout layout;
    private static DiagramExport export;
    /** Paints as the export does: where the diagram sits on the page. */
    private static DiagramPainter painter;

    @BeforeAll
    static void layOut() {
        System.setProperty("java.awt.headless", "true");
        layout = DemoDiagram.layout(Grouping.NAMESPACE);
        export = new DiagramExport(DemoDiagram.english(), DiagramStyle.LIGHT);
        painter = new DiagramPainter(DemoDiagram.english(), DiagramStyle.LIGHT);
    }

    @Test
    @DisplayName("the engine allows frontend to redis and refuses the nightly job, and the lines say so")
    void engineDecidesTheVerdicts() {
        var questions = new ReachQuestions(DemoDiagram.graph().snapshot(), new IndexedEngine(DemoDiagram.graph().snapshot()));
        assertThat(questions.ask("default/frontend-6d4cf56db6", "default/redis", PortProtocol.tcp(6379)).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(questions.ask("default/nightly-report-28735140", "default/redis", PortProtocol.tcp(6379)).outcome())
                .isEqualTo(Outcome.DENIED);
        assertThat(layout.line(ALLOWED).orElseThrow().verdict()).contains(TrafficVerdict.ALLOWED);
        assertThat(layout.line(BLOCKED).orElseThrow().verdict()).contains(TrafficVerdict.BLOCKED);
    }

    /** The longest line between two workloads with this verdict. */
    private static DiagramLine longest(TrafficVerdict verdict) {
        return layout.lines().stream()
                .filter(l -> l.verdict().equals(java.util.Optional.of(verdict)) && l.sourceId().startsWith("workload:")
                        && l.targetId().startsWith("workload:"))
                .max(java.util.Comparator.comparingDouble(l -> Math.hypot(l.end().x() - l.start().x(), l.end().y() - l.start().y())))
                .orElseThrow();
    }

    /** What the engine allows from the first pod of the line's source workload to the first pod of its target, on the target's ports. */
    private static ConnectionSet engineAllows(DiagramLine line) {
        var snapshot = DemoDiagram.graph().snapshot();
        Pod src = snapshot.pods().stream().filter(p -> GraphVertex.WorkloadVertex.idOf(p.owner()).equals(line.sourceId())).findFirst().orElseThrow();
        Pod dst = snapshot.pods().stream().filter(p -> GraphVertex.WorkloadVertex.idOf(p.owner()).equals(line.targetId())).findFirst().orElseThrow();
        ConnectionSet served = ConnectionSet.none();
        for (var port : dst.ports()) {
            served = served.union(ConnectionSet.of(port.protocol(), PortSet.of(port.number())));
        }
        ConnectionSet allowed = new IndexedEngine(snapshot).allowed(Peer.of(src), Peer.of(dst));
        return served.isEmpty() ? allowed : allowed.intersect(served);
    }

    @Test
    @DisplayName("the PNG shows the allowed colour along a line the engine allows and the blocked colour along one it refuses")
    void pngHasVerdictColoursOnTheirLines(@TempDir Path dir) throws Exception {
        DiagramLine allowed = longest(TrafficVerdict.ALLOWED);
        DiagramLine blocked = longest(TrafficVerdict.BLOCKED);
        assertThat(engineAllows(allowed).isEmpty()).as("the engine allows " + allowed.id()).isFalse();
        assertThat(engineAllows(blocked).isEmpty()).as("the engine refuses " + blocked.id()).isTrue();
        Path file = dir.resolve("demo.png");
        double scale = 2;
        export.png(layout, new DiagramTitle("demo", "", "now"), scale, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(painter.pageWidth(layout) * scale));
        assertThat(colourOnLine(image, allowed, scale, DiagramStyle.ALLOWED)).as(allowed.id()).isTrue();
        assertThat(colourOnLine(image, blocked, scale, DiagramStyle.BLOCKED)).as(blocked.id()).isTrue();
    }

    @Test
    @DisplayName("the dark export paints a dark page, and still the allowed and blocked colours along the lines the engine decides")
    void darkPngHasDarkPageAndVerdictColours(@TempDir Path dir) throws Exception {
        DiagramLine allowed = longest(TrafficVerdict.ALLOWED);
        DiagramLine blocked = longest(TrafficVerdict.BLOCKED);
        assertThat(engineAllows(allowed).isEmpty()).as("the engine allows " + allowed.id()).isFalse();
        assertThat(engineAllows(blocked).isEmpty()).as("the engine refuses " + blocked.id()).isTrue();
        Path lightFile = dir.resolve("light.png");
        Path darkFile = dir.resolve("dark.png");
        export.png(layout, new DiagramTitle("demo", "", "now"), 1, lightFile);
        DiagramExport dark = new DiagramExport(DemoDiagram.english(), DiagramStyle.DARK);
        dark.png(layout, new DiagramTitle("demo", "", "now"), 1, darkFile);
        BufferedImage lightImage = ImageIO.read(lightFile.toFile());
        BufferedImage darkImage = ImageIO.read(darkFile.toFile());
        int corner = (int) (DiagramPainter.MARGIN / 2);
        assertThat(lightImage.getRGB(corner, corner) & 0xFFFFFF).isEqualTo(DiagramStyle.LIGHT.background());
        assertThat(darkImage.getRGB(corner, corner) & 0xFFFFFF).isEqualTo(DiagramStyle.DARK.background());
        assertThat(DiagramPalette.luminance(darkImage.getRGB(corner, corner) & 0xFFFFFF)).isLessThan(0.05);
        DiagramPalette colours = DiagramStyle.DARK.palette();
        assertThat(colourOnLine(darkImage, allowed, 1, colours.allowed())).as(allowed.id()).isTrue();
        assertThat(colourOnLine(darkImage, blocked, 1, colours.blocked())).as(blocked.id()).isTrue();
        assertThat(anywhere(darkImage, DiagramStyle.ALLOWED)).as("the dark export does not use the light green").isFalse();
    }

    /**
     * Whether at half or more of 17 points along a line the colour shows within twelve pixels of
     * it: lines of one class share a stroke along a street, in that class's lane beside the
     * street's middle.
     */
    private boolean colourOnLine(BufferedImage image, DiagramLine line, double scale, int rgb) {
        int hits = 0;
        for (int i = 1; i <= 17; i++) {
            DiagramPoint p = line.pointAt(i / 18.0);
            int x = (int) Math.round((DiagramPainter.MARGIN + p.x()) * scale);
            int y = (int) Math.round((painter.diagramTop() + p.y()) * scale);
            if (nearby(image, x, y, (int) Math.ceil(12 * scale), rgb)) {
                hits++;
            }
        }
        return hits * 2 >= 17;
    }

    /** Whether some pixel has exactly (within rounding) the colour. */
    private static boolean anywhere(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearby(BufferedImage image, int x, int y, int radius, int rgb) {
        for (int dx = -radius; dx <= radius; dx++) {
            for (int dy = -radius; dy <= radius; dy++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight() && near(image.getRGB(px, py), rgb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(int argb, int rgb) {
        int dr = Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF));
        int dg = Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF));
        int db = Math.abs((argb & 0xFF) - (rgb & 0xFF));
        return dr + dg + db < 60;
    }

    @Test
    @DisplayName("the SVG names the namespaces, workloads, pods and the legend as text")
    void svgHasLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.svg");
        export.svg(layout, new DiagramTitle("demo", "minikube", "now"), file);
        String svg = Files.readString(file);
        assertThat(svg).startsWith("<?xml").contains("<svg")
                .contains(">kube-system<", ">redis-0<", ">frontend<", ">payments-api<", ">Legend<", "Context: minikube");
    }

    @Test
    @DisplayName("at the namespace level the picture names every namespace and is far smaller than at the pod level; at the workload level it names every workload")
    void levels(@TempDir Path dir) throws Exception {
        long[] pods = export.pngSize(layout, DetailLevel.POD, 1);
        long[] namespaces = export.pngSize(layout, DetailLevel.NAMESPACE, 1);
        assertThat(namespaces[0] * namespaces[1]).isLessThan(pods[0] * pods[1] / 3);
        String overview = export.svg(layout, new DiagramTitle("demo", "", "now"), DetailLevel.NAMESPACE);
        assertThat(overview).contains(">kube-system<", ">default<", ">shop<", ">payments<", ">monitoring<").doesNotContain(">redis-0<");
        String workloads = export.svg(layout, new DiagramTitle("demo", "", "now"), DetailLevel.WORKLOAD);
        for (DiagramBox b : layout.allBoxes()) {
            if (b.kind() == BoxKind.WORKLOAD) {
                assertThat(workloads).as(b.label()).contains(">" + b.label() + "<");
            }
        }
        assertThat(workloads).doesNotContain(">redis-0<");
    }

    @Test
    @DisplayName("the title and legend follow the language: Simplified Chinese")
    void chineseWords() {
        String svg = new DiagramExport(DiagramText.of(java.util.Locale.SIMPLIFIED_CHINESE), DiagramStyle.LIGHT).svg(layout, new DiagramTitle("demo", "", "now"));
        assertThat(svg).contains("图例", "来源：demo");
    }
}
