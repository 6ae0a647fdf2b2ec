package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.DemoCluster;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A picture with closed namespaces drawn from a graph that sums the workload traffic per pair of namespaces
 * ({@link NetworkGraphBuilder#summingWorkloadTraffic}) is the picture drawn from the full graph: the same lines (ids,
 * classes, counts, what they allow, words, ways through the streets) and the same pixels, in both themes.
 */
class SummedLinesTest {

    private static final DiagramTitle TITLE = new DiagramTitle("clusters", "", "2026-12-07 12:00");

    static Stream<Arguments> clusters() throws Exception {
        return Stream.of(Arguments.of("demo", DemoCluster.snapshot()), Arguments.of("small", SyntheticCluster.snapshot(ClusterShape.small())),
                Arguments.of("small-tiers", SyntheticCluster.snapshot(ClusterShape.smallWithTiers())),
                Arguments.of("small-cni", SyntheticCluster.snapshot(ClusterShape.smallWithCni())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clusters")
    @DisplayName("the namespace level drawn from summed traffic has the full graph's lines and pixels")
    void namespaceLevelFromSummedTrafficIsTheFullPicture(String name, ClusterSnapshot cluster) {
        DiagramText text = DiagramText.of(java.util.Locale.ENGLISH);
        DiagramLayout full = new DiagramLayouter(text).layout(graph(cluster, false).graph(), Grouping.NAMESPACE);
        NetworkGraph summedGraph = graph(cluster, true);
        assertThat(summedGraph.graph().edgeSet()).anyMatch(GraphEdge.SummedTraffic.class::isInstance);
        DiagramLayout summed = new DiagramLayouter(text).layout(summedGraph.graph(), Grouping.NAMESPACE);

        LineSet expected = full.lineSet(DetailLevel.NAMESPACE);
        LineSet actual = summed.lineSet(DetailLevel.NAMESPACE);
        assertThat(actual.lines()).extracting(l -> describe(l, actual, text)).containsExactlyElementsOf(
                expected.lines().stream().map(l -> describe(l, expected, text)).toList());
        for (DiagramStyle style : List.of(DiagramStyle.LIGHT, DiagramStyle.DARK)) {
            DiagramPainter painter = new DiagramPainter(text, style);
            assertSamePixels(painter.image(summed, actual, TITLE, DetailLevel.NAMESPACE, 1),
                    painter.image(full, expected, TITLE, DetailLevel.NAMESPACE, 1));
        }
    }

    private static NetworkGraph graph(ClusterSnapshot cluster, boolean summed) {
        NetworkGraphBuilder builder = new NetworkGraphBuilder(cluster, new IndexedEngine(cluster), EngineOptions.DEFAULTS);
        return (summed ? builder.summingWorkloadTraffic() : builder).build();
    }

    private static String describe(DrawnLine l, LineSet lines, DiagramText text) {
        return String.join(" | ", l.id(), l.kind().toString(), l.lineClass().toString(), String.valueOf(l.count()), String.valueOf(l.allowed()),
                l.sourceId(), l.targetId(), java.util.Arrays.toString(l.steps()), LineWords.of(l, text), lines.badge(l));
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ").isZero();
    }
}
