package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLayouter;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.NetworkGraphBuilder;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Frame times of the canvas on a synthetic cluster (2,000 pods, or 10,000 with
 * {@code -Dkubereach.shape=large}): not a test (its name matches no surefire include), a
 * benchmark run on purpose, see docs/benchmarks.md:
 * {@code ./mvnw -B -o test -pl app -am -Dtest=CanvasFrameBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkubereach.shape=large}.
 * Prints the time between pulses while it pans at fit, wheel-zooms step by step from fit to pod
 * level (one notch a pulse), pans there, and wheel-zooms back out; asserts nothing about them.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasFrameBenchmark {

    private static final int FRAMES = 120;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(DiagramText.of(Locale.ENGLISH));
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
    }

    @Test
    void panAndZoomFrameTimes() throws Exception {
        ClusterSnapshot snapshot = SyntheticCluster.snapshot("large".equals(System.getProperty("kubereach.shape"))
                ? ClusterShape.large() : ClusterShape.medium());
        long t0 = System.nanoTime();
        NetworkGraph graph = NetworkGraphBuilder.build(snapshot);
        long t1 = System.nanoTime();
        DiagramLayout layout = new DiagramLayouter(DiagramText.of(Locale.ENGLISH)).layout(graph.graph(), Grouping.NAMESPACE);
        long t2 = System.nanoTime();
        canvas.prepare(layout);
        long t3 = System.nanoTime();
        long[] shown = new long[1];
        WaitForAsyncUtils.asyncFx(() -> {
            long s = System.nanoTime();
            canvas.setDiagram(layout);
            shown[0] = System.nanoTime() - s;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("BENCH %d pods: graph %d ms, layout %d ms, first lines %d ms (off the FX thread), setDiagram %d ms on the FX thread"
                + " (%d boxes, %d connections)%n", snapshot.pods().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, shown[0] / 1_000_000, layout.allBoxes().size(), layout.connections().size());
        report("pan at fit (namespaces closed)", frames(FRAMES, () -> canvas.panBy(3, 2)));
        WaitForAsyncUtils.asyncFx(canvas::zoomToFit).get();
        double fit = canvas.getZoom();
        int notches = (int) Math.ceil(Math.log(1 / fit) / Math.log(DiagramLayout.ZOOM_STEP));
        report("wheel zoom in, fit to pod level, one notch a pulse (" + notches + " notches)", frames(notches, () -> wheel(40)));
        report("pan at pod level", frames(FRAMES, () -> canvas.panBy(-6, -4)));
        report("wheel zoom out, pod level to fit", frames(notches, () -> wheel(-40)));
    }

    private void wheel(double deltaY) {
        canvas.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 640, 400, 640, 400, false, false,
                false, false, false, false, 0, deltaY, 0, 0, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    /** Runs one step per pulse for {@code count} pulses (and lets the last one paint); returns the times between pulses in ms. */
    private List<Double> frames(int count, Runnable step) throws InterruptedException {
        List<Double> deltas = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    deltas.add((now - last) / 1e6);
                }
                last = now;
                if (deltas.size() >= count + 1) {
                    stop();
                    done.countDown();
                } else {
                    step.run();
                }
            }
        }.start());
        done.await(300, TimeUnit.SECONDS);
        return deltas;
    }

    private static void report(String what, List<Double> deltas) {
        List<Double> sorted = new ArrayList<>(deltas);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) (sorted.size() * 0.95));
        double max = sorted.get(sorted.size() - 1);
        System.out.printf("BENCH %s: %d frames, median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(), median, p95, max);
    }
}
