package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An edge hashes and matches its id without making it, exactly as its id would. */
class EdgeIdProperties {

    /** Ends over characters the ids join with, so a wrong split of an id would show. */
    @Provide
    Arbitrary<String> ends() {
        return Arbitraries.strings().withChars("ab:>/é-").ofMaxLength(5);
    }

    /** A few ends, often repeated, so edges of one id come twice. */
    @Provide
    Arbitrary<List<String>> names() {
        return ends().injectDuplicates(0.3).list().ofMaxSize(12);
    }

    private static List<GraphEdge> everyKind(String source, String target) {
        return List.of(new GraphEdge.Contains(source, target), new GraphEdge.SharesLoopback(source, target),
                new GraphEdge.Backs(source, target, "80/TCP"), new GraphEdge.Routes(source, target, "/"),
                new GraphEdge.Traffic(source, target, TrafficVerdict.BLOCKED, ConnectionSet.none(), ConnectionSet.none()),
                new GraphEdge.SummedTraffic(source, target, 1, PairVerdict.BLOCKED, ConnectionSet.none(), Set.of(),
                        GraphEdge.Traffic.idOf(source, target)),
                new GraphEdge.SummedTraffic(source, target, 2, PairVerdict.BLOCKED, ConnectionSet.none(), Set.of(), ""));
    }

    @Property(tries = 1000)
    void anEdgeHashesAndMatchesItsIdAsTheIdWould(@ForAll("ends") String source, @ForAll("ends") String target,
            @ForAll("ends") String otherSource, @ForAll("ends") String otherTarget) {
        for (GraphEdge edge : everyKind(source, target)) {
            assertThat(edge.idHash()).isEqualTo(edge.id().hashCode());
            assertThat(edge.hasId(edge.id())).isTrue();
            for (GraphEdge other : everyKind(otherSource, otherTarget)) {
                assertThat(edge.hasId(other.id())).isEqualTo(edge.id().equals(other.id()));
            }
            assertThat(edge.hasId(edge.id() + "x")).isFalse();
            assertThat(edge.hasId(edge.id().substring(1))).isFalse();
        }
    }

    @Property(tries = 200)
    void anIndexOfEdgesFindsWhatAMapOfTheirIdsFinds(@ForAll("names") List<String> names) {
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < names.size(); i++) {
            edges.addAll(everyKind(names.get(i), names.get(i + 1)));
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            map.put(edges.get(i).id(), i);
        }
        IdIndex<GraphEdge> index = IdIndex.ofEdges(edges);
        for (GraphEdge edge : edges) {
            assertThat(index.position(edge.id())).isEqualTo(map.get(edge.id()));
        }
        assertThat(index.position("traffic:none>here")).isEqualTo(map.getOrDefault("traffic:none>here", -1));
    }
}
