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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * level (one notch a pulse), pans there, and wheel-zooms back out; asserts nothing about them. Beside the wall time
 * between pulses (which the machine's load inflates), the CPU time per pulse of the JavaFX thread and of the renderer
 * thread, and the pen calls at each notch.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasFrameBenchmark {

    private static final int FRAMES = 120;
    /** Pulses between two notches of a resting hand: 0.4 s at 60 pulses a second, more than the canvas waits before it works out lines. */
    private static final int REST = 24;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<Double> fxCpu = new ArrayList<>();
    private final List<Double> renderCpu = new ArrayList<>();
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
        gcBefore = collections();
        linesBefore = linesThreadAllocated();
        report("pan at fit (namespaces closed)", frames(FRAMES, () -> canvas.panBy(3, 2)));
        WaitForAsyncUtils.asyncFx(canvas::zoomToFit).get();
        double fit = canvas.getZoom();
        int notches = (int) Math.ceil(Math.log(1 / fit) / Math.log(DiagramLayout.ZOOM_STEP));
        report("wheel zoom in, fit to pod level, one notch a pulse (" + notches + " notches)", frames(notches, () -> wheel(40)));
        report("pan at pod level", frames(FRAMES, () -> canvas.panBy(-6, -4)));
        report("wheel zoom out, pod level to fit", frames(notches, () -> wheel(-40)));
        // as a hand turns a wheel: a rest after each notch long enough for the lines of the level to be worked out and shown
        WaitForAsyncUtils.asyncFx(canvas::zoomToFit).get();
        int[] pulse = {0};
        report("wheel zoom in, fit to pod level, a notch every " + REST + " pulses (lines of each level worked out)",
                frames(notches * REST, () -> {
                    if (pulse[0]++ % REST == 0) {
                        Runtime rt = Runtime.getRuntime();
                        System.out.printf("BENCH   rested notch at zoom %.4f: %d lines drawn, heap used %d MB%n", canvas.getZoom(),
                                canvas.lineSet().lines().size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
                        wheel(40);
                    }
                }));
        report("the same back out to fit (levels seen before kept)", frames(notches * REST, () -> {
            if (pulse[0]++ % REST == 0) {
                wheel(-40);
            }
        }));
        drawCalls(notches);
    }

    private void wheel(double deltaY) {
        canvas.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 640, 400, 640, 400, false, false,
                false, false, false, false, 0, deltaY, 0, 0, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }

    /**
     * Runs one step per pulse for {@code count} pulses (and lets the last one paint); returns the times between pulses in ms,
     * and adds the CPU time the JavaFX thread and the renderer thread spent per pulse to {@link #fxCpu} and {@link #renderCpu}
     * (CPU time does not grow with the machine's load as the wall time does).
     */
    private List<Double> frames(int count, Runnable step) throws InterruptedException {
        List<Double> deltas = new ArrayList<>();
        fxCpu.clear();
        renderCpu.clear();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last;
            private long lastFx;
            private long lastRender;

            @Override
            public void handle(long now) {
                long fx = THREADS.getCurrentThreadCpuTime();
                long render = renderThreadCpu();
                if (last != 0) {
                    deltas.add((now - last) / 1e6);
                    fxCpu.add((fx - lastFx) / 1e6);
                    renderCpu.add((render - lastRender) / 1e6);
                }
                last = now;
                lastFx = fx;
                lastRender = render;
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

    private void report(String what, List<Double> deltas) {
        long[] gc = collections();
        long lines = linesThreadAllocated();
        System.out.printf("BENCH %s: %d frames, wall between pulses %s; CPU per pulse: JavaFX thread %s, renderer %s;"
                + " %d collections, %d ms paused; the lines thread allocated %d MB%n", what, deltas.size(), spread(deltas), spread(fxCpu),
                spread(renderCpu), gc[0] - gcBefore[0], gc[1] - gcBefore[1], (lines - linesBefore) >> 20);
        gcBefore = gc;
        linesBefore = lines;
    }

    private long[] gcBefore = collections();
    private long linesBefore = linesThreadAllocated();

    /** How many collections so far and how long they took, in ms (the pauses that stop every thread). */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent")) {
                count += gc.getCollectionCount();
                millis += gc.getCollectionTime();
            }
        }
        return new long[] {count, millis};
    }

    /** The bytes the thread that works out lines ("diagram-lines") allocated so far: its garbage is what the collector copies. */
    private static long linesThreadAllocated() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("diagram-lines")) {
                return ((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(t.getId());
            }
        }
        return 0;
    }

    private static String spread(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1));
    }

    /** The CPU time so far of the renderer thread ("QuantumRenderer-0", which rasterises the canvas), in ns. */
    private static long renderThreadCpu() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                return THREADS.getThreadCpuTime(t.getId());
            }
        }
        return 0;
    }

    /** What the canvas draws at each notch of the wheel from fit to pod level: calls to the pen, by kind, and text characters. */
    private void drawCalls(int notches) throws Exception {
        WaitForAsyncUtils.asyncFx(canvas::zoomToFit).get();
        for (int i = 0; i <= notches; i++) {
            int notch = i;
            WaitForAsyncUtils.asyncFx(() -> {
                if (notch > 0) {
                    canvas.zoomAt(DiagramLayout.ZOOM_STEP, 640, 400);
                }
                CountingPen pen = new CountingPen();
                long c0 = THREADS.getCurrentThreadCpuTime();
                canvas.render(pen);
                long cpu = THREADS.getCurrentThreadCpuTime() - c0;
                System.out.printf(Locale.ROOT, "BENCH draws at notch %d (zoom %.4f, %d boxes open): %s; render through a counting pen %.1f ms CPU%n",
                        notch, canvas.getZoom(), canvas.detail().layout().boxesOpenAt(canvas.getZoom()), pen, cpu / 1e6);
            }).get(60, TimeUnit.SECONDS);
        }
    }
}
