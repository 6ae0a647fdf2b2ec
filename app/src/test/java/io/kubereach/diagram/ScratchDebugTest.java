package io.kubereach.diagram;

import io.kubereach.graph.*;
import java.util.*;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
    @Test
    void time() {
        long t0 = System.nanoTime();
        NetworkGraph g = SyntheticDiagram.medium();
        System.out.println("T graph " + (System.nanoTime() - t0) / 1e6);
        DiagramLayouter l = new DiagramLayouter(DemoDiagram.english());
        for (Grouping gr : Grouping.values()) {
          for (boolean containers : new boolean[] {false, true}) {
            GraphFilter f = GraphFilter.ALL.withLayer(Layer.CONTAINERS, containers);
            for (int i = 0; i < 3; i++) {
                t0 = System.nanoTime();
                DiagramLayout first = l.layout(GraphView.of(g, f), gr);
                long t1 = System.nanoTime();
                LayoutMemory m = LayoutMemory.empty().remember(first, gr);
                long t2 = System.nanoTime();
                Set<String> ns = new HashSet<>(first.namespaces()); ns.remove(first.namespaces().get(3));
                DiagramLayout second = l.layout(GraphView.of(g, f.withNamespaces(ns)), gr, m);
                long t3 = System.nanoTime();
                LayoutChecks.assertNestedWithoutOverlap(second);
                long t4 = System.nanoTime();
                System.out.printf("T %s containers=%s fresh %.0f remember %.0f memory %.0f check %.0f%n", gr, containers, (t1-t0)/1e6, (t2-t1)/1e6, (t3-t2)/1e6, (t4-t3)/1e6);
            }
          }
        }
    }
}
