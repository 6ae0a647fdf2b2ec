package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.GraphView;
import io.kubereach.graph.Layer;
import io.kubereach.graph.TrafficVerdict;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the lines of a layout at a level of detail")
class LineSetTest {

    private static DiagramLayout medium;
    private static DiagramLayout demo;

    @BeforeAll
    static void layOut() {
        medium = new DiagramLayouter(DemoDiagram.english())
                .layout(GraphView.of(SyntheticDiagram.medium(), GraphFilter.ALL.withLayer(Layer.CONTAINERS, false)), Grouping.NAMESPACE);
        demo = DemoDiagram.layout(Grouping.NAMESPACE);
    }


    @Test
    @DisplayName("at the namespace level there is one line per pair of groups, direction and kind, standing for every connection between what they hold, its class combining theirs")
    void oneLinePerPairOfGroups() {
        LineSet lines = medium.lineSet(DetailLevel.NAMESPACE);
        Map<String, List<Connection>> expected = new HashMap<>();
        for (Connection c : medium.connections()) {
            String from = OutermostBox.of(medium, c.sourceId());
            String to = OutermostBox.of(medium, c.targetId());
            if (!from.equals(to)) {
                expected.computeIfAbsent(c.kind() + " " + from + ">" + to, k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> seen = new HashSet<>();
        for (DrawnLine l : lines.lines()) {
            String key = l.kind() + " " + l.sourceId() + ">" + l.targetId();
            assertThat(seen.add(key)).as("one line for " + key).isTrue();
            List<Connection> parts = expected.get(key);
            assertThat(l.parts()).as(key).containsExactlyInAnyOrderElementsOf(parts);
            LineClass combined = parts.get(0).lineClass();
            for (Connection c : parts) {
                combined = combined.and(c.lineClass());
            }
            assertThat(l.lineClass()).as(key).isEqualTo(combined);
        }
        assertThat(seen).hasSameSizeAs(expected.keySet());
        assertThat(lines.lines()).as("lines between different groups only").allMatch(l -> !l.sourceId().equals(l.targetId()));
        assertThat(lines.lines().stream().mapToInt(DrawnLine::count).sum()).isGreaterThan(lines.lines().size() * 5);
    }

    @Test
    @DisplayName("a Service's lines end at its backends' workloads while they are closed and fan out to the pods once they open")
    void serviceLinesFanOutOnlyAtPodLevel() {
        LineSet workloads = demo.lineSet(DetailLevel.WORKLOAD);
        LineSet pods = demo.lineSet(DetailLevel.POD);
        List<DrawnLine> backsAtWorkloads = workloads.lines().stream().filter(l -> l.kind() == LineKind.BACKS).toList();
        assertThat(backsAtWorkloads).isNotEmpty().allMatch(l -> !l.targetId().startsWith("pod:"));
        assertThat(backsAtWorkloads).anyMatch(l -> l.count() > 1);
        assertThat(pods.lines().stream().filter(l -> l.kind() == LineKind.BACKS)).isNotEmpty().allMatch(l -> l.count() == 1);
        long backs = demo.connections().stream().filter(c -> c.kind() == LineKind.BACKS && !c.targetId().startsWith("block:")).count();
        assertThat(pods.lines().stream().filter(l -> l.kind() == LineKind.BACKS && l.targetId().startsWith("pod:")).count()).isEqualTo(backs);
    }

    @Test
    @DisplayName("a pod's lo lines are drawn only where the pod shows its containers")
    void loopbacksOnlyInOpenPods() {
        assertThat(demo.lineSet(DetailLevel.WORKLOAD).lines()).noneMatch(l -> l.kind() == LineKind.LOOPBACK);
        List<DrawnLine> lo = demo.lineSet(DetailLevel.POD).lines().stream().filter(l -> l.kind() == LineKind.LOOPBACK).toList();
        assertThat(lo).hasSize((int) demo.connections().stream().filter(c -> c.kind() == LineKind.LOOPBACK).count());
        assertThat(lo).allMatch(l -> l.sourceId().startsWith("pause:") && l.targetId().startsWith("container:"));
    }

    @Test
    @DisplayName("a box the user collapsed draws nothing inside: its lines end at its border, merged with the others between the same boxes")
    void collapsedBoxStandsForWhatItHolds() {
        double zoom = 2;
        ZoomDetail open = new ZoomDetail(demo, zoom, Map.of());
        ZoomDetail shopClosed = new ZoomDetail(demo, zoom, Map.of("ns:shop", false));
        LineSet before = demo.lineSet(open);
        LineSet after = demo.lineSet(shopClosed);
        assertThat(before.lines()).anyMatch(l -> l.sourceId().startsWith("workload:shop/"));
        assertThat(after.lines()).noneMatch(l -> inShop(l.sourceId()) || inShop(l.targetId()));
        assertThat(after.lines()).anyMatch(l -> l.sourceId().equals("ns:shop") && l.count() > 1);
        int connectionsOut = before.lines().stream().filter(l -> inShop(l.sourceId()) && !inShop(l.targetId())).mapToInt(DrawnLine::count).sum();
        int merged = after.lines().stream().filter(l -> l.sourceId().equals("ns:shop")).mapToInt(DrawnLine::count).sum();
        assertThat(merged).as("no connection lost by merging").isEqualTo(connectionsOut);
    }

    @Test
    @DisplayName("a level made from the one before it draws exactly the lines worked out afresh, taking over unchanged those whose ends stayed")
    void levelFromTheOneBeforeIsTheSame() {
        List<ZoomDetail> walk = new ArrayList<>();
        for (double zoom = 0.02; zoom < 3; zoom *= 1.6) {
            walk.add(new ZoomDetail(medium, zoom, Map.of()));
        }
        String namespace = OutermostBox.of(medium, medium.connections().get(0).sourceId());
        walk.add(new ZoomDetail(medium, 3, Map.of(namespace, false)));
        walk.add(new ZoomDetail(medium, 0.02, Map.of(namespace, true)));
        walk.add(new ZoomDetail(medium, 0.02, Map.of()));
        LineSet before = medium.lineSet(walk.get(0));
        int takenOver = 0;
        for (ZoomDetail detail : walk.subList(1, walk.size())) {
            LineSet next = LineSet.of(medium, detail, before);
            LineSet fresh = medium.lineSet(detail);
            assertThat(next.lines()).extracting(LineSetTest::describe).as("zoom " + detail.zoom() + " " + detail.chosen())
                    .containsExactlyElementsOf(fresh.lines().stream().map(LineSetTest::describe).toList());
            for (DrawnLine l : next.lines()) {
                for (long step : l.steps()) {
                    assertThat(next.flows().weight(StreetRoute.map(step), l.lineClass(), StreetRoute.edge(step)))
                            .isEqualTo(fresh.flows().weight(StreetRoute.map(step), l.lineClass(), StreetRoute.edge(step)));
                }
            }
            Set<DrawnLine> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            old.addAll(before.lines());
            takenOver += (int) next.lines().stream().filter(old::contains).count();
            before = next;
        }
        assertThat(takenOver).as("lines taken over along the walk").isGreaterThan(0);
    }

    @Test
    @DisplayName("a line is found by its own id, and the line drawing a connection by the connection's id, as a walk over every line and its parts finds them, at every level")
    void linesFoundByIdAsAWalkFindsThem() {
        LineSet before = medium.lineSet(DetailLevel.NAMESPACE);
        int merged = 0;
        for (Detail detail : List.<Detail>of(DetailLevel.NAMESPACE, DetailLevel.WORKLOAD, DetailLevel.POD, DetailLevel.WORKLOAD)) {
            // each level both afresh and taken over from the one before
            for (LineSet lines : List.of(medium.lineSet(detail), LineSet.of(medium, detail, before))) {
                Map<String, DrawnLine> carriers = new HashMap<>();
                for (DrawnLine l : lines.lines()) {
                    assertThat(lines.line(l.id())).as(l.id()).containsSame(l);
                    l.parts().forEach(c -> carriers.put(c.id(), l));
                    merged += l.parts().size() > 1 ? 1 : 0;
                }
                for (Connection c : medium.connections()) {
                    Optional<DrawnLine> walked = Optional.ofNullable(carriers.get(c.id()));
                    assertThat(lines.carrying(c.id())).as(detail + " " + c.id()).isEqualTo(walked);
                    assertThat(lines.line(c.id())).as("a connection's id names only a line of its own")
                            .isEqualTo(walked.filter(l -> l.id().equals(c.id())));
                }
                before = lines;
            }
        }
        assertThat(merged).as("merged lines looked up").isGreaterThan(0);
        assertThat(before.line("traffic:no-such-box>ns:default")).isEmpty();
        assertThat(before.line("ns:default")).as("a box is no line").isEmpty();
        assertThat(before.carrying("no-such-edge")).isEmpty();
    }

    private static String describe(DrawnLine l) {
        return l.id() + " " + l.kind() + " " + l.lineClass() + " " + l.sourceId() + ">" + l.targetId() + " " + l.parts()
                + " " + java.util.Arrays.toString(l.steps());
    }

    private static boolean inShop(String id) {
        return !id.equals("ns:shop") && OutermostBox.of(demo, id).equals("ns:shop");
    }

    @Test
    @DisplayName("the flows count every connection along every street edge its line takes, and its arrival at the last")
    void flowsAddUp() {
        LineSet lines = medium.lineSet(DetailLevel.WORKLOAD);
        Map<String, Integer> counted = new HashMap<>();
        Map<String, Integer> arrived = new HashMap<>();
        for (DrawnLine l : lines.lines()) {
            long[] steps = l.steps();
            for (long step : steps) {
                counted.merge(StreetRoute.map(step) + "/" + StreetRoute.edge(step) + "/" + l.lineClass(), l.count(), Integer::sum);
            }
            if (steps.length > 0) {
                long last = steps[steps.length - 1];
                arrived.merge(StreetRoute.map(last) + "/" + StreetRoute.edge(last) + "/" + l.lineClass(), l.count(), Integer::sum);
            }
        }
        assertThat(counted).isNotEmpty();
        counted.forEach((key, n) -> {
            String[] k = key.split("/");
            assertThat(lines.flows().weight(Integer.parseInt(k[0]), LineClass.valueOf(k[2]), Integer.parseInt(k[1]))).as(key).isEqualTo(n);
        });
        arrived.forEach((key, n) -> {
            String[] k = key.split("/");
            assertThat(lines.flows().arrivals(Integer.parseInt(k[0]), LineClass.valueOf(k[2]), Integer.parseInt(k[1]))).as(key).isEqualTo(n);
        });
    }

    @Test
    @DisplayName("lines of one pair combine their classes: agreeing stays, allowed with blocked is partly allowed, anything with unknown is unknown")
    void classesCombine() {
        assertThat(LineClass.ALLOWED.and(LineClass.ALLOWED)).isEqualTo(LineClass.ALLOWED);
        assertThat(LineClass.ALLOWED.and(LineClass.BLOCKED)).isEqualTo(LineClass.PARTIAL);
        assertThat(LineClass.BLOCKED.and(LineClass.PARTIAL)).isEqualTo(LineClass.PARTIAL);
        assertThat(LineClass.ALLOWED.and(LineClass.UNKNOWN)).isEqualTo(LineClass.UNKNOWN);
        assertThat(LineClass.UNKNOWN.and(LineClass.BLOCKED)).isEqualTo(LineClass.UNKNOWN);
        assertThat(LineClass.BACKS.and(LineClass.BACKS)).isEqualTo(LineClass.BACKS);
    }

    @Test
    @DisplayName("traffic with connections that cannot be judged is drawn unknown, even where the rest is allowed")
    void unknownConnectionsMakeTheLineUnknown() {
        GraphEdge.Traffic judged = new GraphEdge.Traffic("pod:a/x", "pod:b/y", TrafficVerdict.ALLOWED, ConnectionSet.all(), ConnectionSet.all());
        GraphEdge.Traffic partlyUnknown = new GraphEdge.Traffic("pod:a/x", "pod:b/y", TrafficVerdict.ALLOWED, ConnectionSet.all(),
                ConnectionSet.all(), ConnectionSet.allOf(Protocol.TCP), ConnectionSet.none());
        assertThat(LineClass.of(judged)).isEqualTo(LineClass.ALLOWED);
        assertThat(LineClass.of(partlyUnknown)).isEqualTo(LineClass.UNKNOWN);
    }
}
