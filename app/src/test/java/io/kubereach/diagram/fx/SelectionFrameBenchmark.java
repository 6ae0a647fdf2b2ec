package io.kubereach.diagram.fx;

import io.kubereach.diagram.Connection;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.OutermostBox;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LineSet;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a selection costs the JavaFX thread on a synthetic cluster of 10,000 pods (2,000 with
 * {@code -Dkubereach.shape=medium}): not a test (its name matches no surefire include), a benchmark run on purpose, see
 * docs/benchmarks.md:
 * {@code ./mvnw -B -o test -pl graph-model,app -Dtest=SelectionFrameBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * As a search's Enter does: a namespace selected (the renderer made again for it, and the frame drawn), then its
 * highlight (every connection into or out of it) shown, at fit and at pod level. Prints the JavaFX thread's CPU time
 * for each (which the machine's load does not inflate as it does wall time); asserts nothing about them.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionFrameBenchmark {

    private static final int TIMES = 9;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DiagramText.of(Locale.ENGLISH));
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void selectionCostsOnTheFxThread() throws Exception {
        DiagramLayout layout = new DiagramLayouter(DiagramText.of(Locale.ENGLISH)).layout(NetworkGraphBuilder.build(SyntheticCluster.snapshot(
                "medium".equals(System.getProperty("kubereach.shape")) ? ClusterShape.medium() : ClusterShape.large())).graph(), Grouping.NAMESPACE);
        canvas.prepare(layout);
        WaitForAsyncUtils.asyncFx(() -> canvas.setDiagram(layout)).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramBox namespace = layout.boxes().stream().filter(b -> b.id().endsWith("checkout-prod-71")).findFirst()
                .orElse(layout.boxes().get(layout.boxes().size() / 2));
        Set<String> highlight = new HashSet<>(Set.of(namespace.id()));
        for (Connection c : layout.connections()) {
            if (OutermostBox.of(layout, c.sourceId()).equals(namespace.id()) || OutermostBox.of(layout, c.targetId()).equals(namespace.id())) {
                highlight.add(c.id());
            }
        }
        measure("at fit", namespace.id(), highlight);
        LineSet fit = canvas.lineSet();
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.centerOn(namespace.id());
            canvas.zoomAt(1 / canvas.getZoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        }).get();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> canvas.lineSet() != fit);
        measure("at pod level", namespace.id(), highlight);
    }

    private void measure(String where, String id, Set<String> highlight) throws Exception {
        List<Double> selecting = new ArrayList<>();
        List<Double> highlighting = new ArrayList<>();
        int[] lines = new int[2];
        for (int i = 0; i < TIMES; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                canvas.highlight(Set.of());
                canvas.select("");
                canvas.render(new CountingPen());
                long t0 = THREADS.getCurrentThreadCpuTime();
                canvas.select(id);
                canvas.render(new CountingPen());
                long t1 = THREADS.getCurrentThreadCpuTime();
                canvas.highlight(highlight);
                canvas.render(new CountingPen());
                long t2 = THREADS.getCurrentThreadCpuTime();
                selecting.add((t1 - t0) / 1e6);
                highlighting.add((t2 - t1) / 1e6);
                lines[0] = canvas.lineSet().lines().size();
                lines[1] = canvas.lineSet().lines().stream().mapToInt(l -> l.parts().size()).sum();
            }).get(60, TimeUnit.SECONDS);
        }
        System.out.printf("BENCH %s (%d lines drawn standing for %d connections): select a namespace and draw a frame: JavaFX thread CPU %s;"
                + " then highlight its %d ids and draw a frame: %s%n", where, lines[0], lines[1], spread(selecting), highlight.size(),
                spread(highlighting));
    }


    private static String spread(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, max %.1f ms", sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
