package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.Focus;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.model.LabelSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("a layout with the memory of the pictures before it")
class RememberedLayoutTest {

    private final DiagramLayouter layouter = new DiagramLayouter(DemoDiagram.english());

    /** The demo with everything shown, and the medium cluster as the app opens it (containers off above 500 pods). */
    static Stream<Arguments> clusters() {
        List<Arguments> out = new ArrayList<>();
        for (Grouping g : Grouping.values()) {
            out.add(Arguments.of("demo", (Supplier<NetworkGraph>) DemoDiagram::graph, GraphFilter.ALL, g));
            out.add(Arguments.of("medium", (Supplier<NetworkGraph>) SyntheticDiagram::medium, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false), g));
        }
        return out.stream();
    }

    private static Graph<GraphVertex, GraphEdge> view(NetworkGraph graph, GraphFilter filter) {
        return GraphView.of(graph, filter);
    }

    private static Set<String> without(List<String> namespaces, String hidden) {
        Set<String> out = new HashSet<>(namespaces);
        out.remove(hidden);
        return out;
    }

    /** Asserts that every top-level box and every workload box in both pictures is in the same place in both. */
    private static void assertStayedPut(DiagramLayout before, DiagramLayout after) {
        assertThat(after.boxes()).isNotEmpty();
        int compared = 0;
        for (DiagramBox b : after.allBoxes()) {
            boolean topLevel = after.boxes().contains(b);
            Optional<DiagramBox> was = before.box(b.id());
            if ((topLevel || b.kind() == BoxKind.WORKLOAD) && was.isPresent()) {
                assertThat(new double[] {b.x(), b.y()}).as(b.id()).containsExactly(was.get().x(), was.get().y());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(after.boxes().size());
    }

    @ParameterizedTest(name = "{0}, by {3}")
    @MethodSource("clusters")
    @DisplayName("hiding a namespace leaves every other top-level box and every workload box where it was; showing it again restores the picture")
    void hidingANamespaceMovesNothingElse(String name, Supplier<NetworkGraph> graph, GraphFilter all, Grouping grouping) {
        DiagramLayout first = layouter.layout(view(graph.get(), all), grouping);
        String hidden = first.namespaces().get(first.namespaces().size() / 2);
        LayoutMemory memory = LayoutMemory.empty().remember(first, grouping);

        DiagramLayout hiding = layouter.layout(view(graph.get(), all.withNamespaces(without(first.namespaces(), hidden))), grouping, memory);
        assertThat(hiding.namespaces()).doesNotContain(hidden);
        assertThat(hiding.allBoxes()).noneMatch(b -> b.namespace().equals(hidden)).hasSizeLessThan(first.allBoxes().size());
        assertStayedPut(first, hiding);
        for (String ns : hiding.namespaces()) {
            assertThat(DiagramStyle.DEFAULT.namespaceColor(hiding, ns)).as(ns + " keeps its colour")
                    .isEqualTo(DiagramStyle.DEFAULT.namespaceColor(first, ns));
        }

        DiagramLayout again = layouter.layout(view(graph.get(), all), grouping, memory.remember(hiding, grouping));
        assertStayedPut(hiding, again);
        LayoutChecks.assertSamePicture(first, again);
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("without a memory, or with the memory of another grouping, the picture is the one laid out from scratch")
    void noMemoryIsAFreshLayout(Grouping grouping) {
        Graph<GraphVertex, GraphEdge> view = DemoDiagram.graph().graph();
        DiagramLayout fresh = layouter.layout(view, grouping);
        Grouping other = grouping == Grouping.NODE ? Grouping.NAMESPACE : Grouping.NODE;
        LayoutMemory otherGrouping = LayoutMemory.empty().remember(layouter.layout(view, other), other);
        assertThat(otherGrouping.isEmptyFor(grouping)).isTrue();
        for (LayoutMemory memory : List.of(LayoutMemory.empty(), otherGrouping)) {
            DiagramLayout laid = layouter.layout(view, grouping, memory);
            assertThat(laid.allBoxes()).isEqualTo(fresh.allBoxes());
            assertThat(laid.lines()).isEqualTo(fresh.lines());
            assertThat(laid.width()).isEqualTo(fresh.width());
        }
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("the same view laid out with the memory of its own picture gives that picture again")
    void sameViewSamePicture(Grouping grouping) {
        DiagramLayout first = DemoDiagram.layout(grouping);
        DiagramLayout again = layouter.layout(DemoDiagram.graph().graph(), grouping, LayoutMemory.empty().remember(first, grouping));
        LayoutChecks.assertSamePicture(first, again);
        assertThat(again.lines()).extracting(DiagramLine::id).containsExactlyElementsOf(first.lines().stream().map(DiagramLine::id).toList());
    }

    @ParameterizedTest
    @EnumSource(Grouping.class)
    @DisplayName("boxes that grow (containers shown again) push their neighbours right or down instead of covering them")
    void growingBoxesPushTheirNeighbours(Grouping grouping) {
        NetworkGraph graph = DemoDiagram.graph();
        DiagramLayout small = layouter.layout(view(graph, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), grouping);
        DiagramLayout grown = layouter.layout(view(graph, GraphFilter.ALL), grouping, LayoutMemory.empty().remember(small, grouping));
        LayoutChecks.assertNestedWithoutOverlap(grown);
        assertThat(grown.allBoxes().size()).isGreaterThan(small.allBoxes().size());
        for (DiagramBox b : grown.boxes()) {
            DiagramBox was = small.box(b.id()).orElseThrow();
            assertThat(b.x()).as(b.id() + " moves only right").isGreaterThanOrEqualTo(was.x());
            assertThat(b.y()).as(b.id() + " moves only down").isGreaterThanOrEqualTo(was.y());
        }
        assertThat(grown.boxes().get(0)).as("the first box stays put")
                .satisfies(b -> assertThat(new double[] {b.x(), b.y()}).containsExactly(small.box(b.id()).orElseThrow().x(),
                        small.box(b.id()).orElseThrow().y()));
    }

    @Test
    @DisplayName("a namespace new to the picture goes below the boxes already there, overlapping none")
    void newBoxesGoBelow() {
        NetworkGraph graph = DemoDiagram.graph();
        DiagramLayout shopOnly = layouter.layout(view(graph, GraphFilter.ALL.withNamespaces(Set.of("shop"))), Grouping.NAMESPACE);
        DiagramLayout both = layouter.layout(view(graph, GraphFilter.ALL.withNamespaces(Set.of("shop", "payments"))), Grouping.NAMESPACE,
                LayoutMemory.empty().remember(shopOnly, Grouping.NAMESPACE));
        assertStayedPut(shopOnly, new DiagramLayout(both.boxes().stream().filter(b -> shopOnly.box(b.id()).isPresent()).toList(),
                List.of(), List.of(), both.width(), both.height(), DemoDiagram.english()));
        double bottom = shopOnly.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
        assertThat(both.box("ns:payments").orElseThrow().y()).isGreaterThan(bottom);
        LayoutChecks.assertNestedWithoutOverlap(both);
    }

    @Test
    @DisplayName("redrawing the lines of the same view keeps the very boxes shown and gives the lines of a fresh layout")
    void redrawLinesKeepsTheBoxes() {
        for (Grouping grouping : Grouping.values()) {
            DiagramLayout shown = DemoDiagram.layout(grouping);
            DiagramLayout redrawn = layouter.redrawLines(DemoDiagram.graph().graph(), grouping, shown);
            assertThat(redrawn.boxes()).isSameAs(shown.boxes());
            assertThat(redrawn.lines()).isEqualTo(shown.lines());
        }
    }

    static Stream<Arguments> sequences() {
        List<Arguments> out = new ArrayList<>();
        for (Grouping g : Grouping.values()) {
            for (long seed = 1; seed <= 5; seed++) {
                out.add(Arguments.of("demo", (Supplier<NetworkGraph>) DemoDiagram::graph, GraphFilter.ALL, g, seed));
            }
            for (long seed = 1; seed <= (g == Grouping.NAMESPACE ? 2 : 1); seed++) {
                out.add(Arguments.of("medium", (Supplier<NetworkGraph>) SyntheticDiagram::medium, GraphFilter.ALL.withLayer(Layer.CONTAINERS, false), g,
                        seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, by {3}, seed {4}")
    @MethodSource("sequences")
    @DisplayName("after any sequence of filter and focus changes, no two boxes overlap and every box lies inside its parent")
    void noOverlapAfterFilterChanges(String name, Supplier<NetworkGraph> graphOf, GraphFilter start, Grouping grouping, long seed) {
        NetworkGraph graph = graphOf.get();
        Random random = new Random(seed);
        List<GraphVertex.PodVertex> pods = graph.vertices(GraphVertex.PodVertex.class).stream().sorted(java.util.Comparator.comparing(GraphVertex::id))
                .toList();
        List<String> namespaces = pods.stream().map(GraphVertex::namespace).distinct().toList();
        GraphFilter filter = start;
        Optional<String> focus = Optional.empty();
        LayoutMemory memory = LayoutMemory.empty();
        for (int step = 0; step < 8; step++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    Set<String> shown = new HashSet<>(filter.namespaces().isEmpty() ? namespaces : filter.namespaces());
                    String ns = namespaces.get(random.nextInt(namespaces.size()));
                    if (!shown.remove(ns)) {
                        shown.add(ns);
                    }
                    filter = filter.withNamespaces(shown.isEmpty() ? Set.of(ns) : shown);
                }
                case 1 -> filter = filter.withLayer(Layer.CONTAINERS, !filter.shows(Layer.CONTAINERS));
                case 2 -> {
                    Map<String, String> labels = pods.get(random.nextInt(pods.size())).labels();
                    filter = labels.isEmpty() || !filter.labels().equals(LabelSelector.ALL) ? filter.withLabels(LabelSelector.ALL)
                            : filter.withLabels(LabelSelector.of(Map.of(labels.keySet().iterator().next(), labels.values().iterator().next())));
                }
                case 3 -> filter = filter.withLayer(Layer.SERVICES, !filter.shows(Layer.SERVICES));
                default -> focus = focus.isPresent() ? Optional.empty() : Optional.of(pods.get(random.nextInt(pods.size())).id());
            }
            Graph<GraphVertex, GraphEdge> base = focus.map(id -> Focus.on(graph, id)).orElse(graph.graph());
            DiagramLayout laid = layouter.layout(GraphView.of(base, filter), grouping, memory);
            LayoutChecks.assertNestedWithoutOverlap(laid);
            memory = memory.remember(laid, grouping);
        }
    }
}
