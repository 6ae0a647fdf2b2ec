package io.kubereach.ui.view;

import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.MatrixViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.task.FxJobRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matrix benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=MatrixBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * On the synthetic {@code large} cluster (10,000 pods, 1,000 workloads, 100 namespaces), the
 * matrix tab alone in a 1280 × 800 window (Monocle, software rendering): the time from asking for
 * each level to its visible cells all drawn, then 300 scroll steps and 40 zoom steps with the time
 * each takes on the JavaFX thread and the longest gap between pulses (a {@link PulseGaps} probe).
 * Prints the numbers; asserts nothing about them.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class MatrixBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private AppViewModel vm;
    private MatrixGrid grid;

    @Start
    void start(Stage stage) {
        AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());
        prefs.rememberLanguage(Language.ENGLISH);
        LoadedCluster large = LoadedCluster.of(SyntheticCluster.snapshot(ClusterShape.large()));
        vm = new AppViewModel((source, control) -> large, new FxJobRunner(), prefs);
        MatrixView view = new MatrixView(vm, new ViewScope());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        grid = (MatrixGrid) view.lookup("#matrix-grid");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    @Test
    void openScrollAndZoom(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        robot.interact(() -> vm.start(java.util.Optional.empty()));
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> vm.workspace().analysisProperty().get() != null);
        System.out.printf("large: opened (read, judged, laid out) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        PulseGaps probe = onFx(PulseGaps::start);
        for (MatrixViewModel.Level level : MatrixViewModel.Level.values()) {
            long asked = System.nanoTime();
            robot.interact(() -> {
                vm.matrix().levelProperty().set(level);
                vm.matrix().wantedProperty().set(true);
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.matrix().matrixProperty().get() != null
                    && vm.matrix().levelProperty().get() == level && onFx(grid::drawnWhole));
            System.out.printf("matrix %s: %d rows, asked to every visible cell drawn: %d ms; %s%n", level,
                    vm.matrix().matrixProperty().get().size(), (System.nanoTime() - asked) / 1_000_000, onFx(probe::summary));
            onFx(() -> {
                probe.reset();
                return null;
            });
        }
        List<Long> scrolls = new ArrayList<>();
        List<Long> scrollCpu = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double dy = i < 150 ? 97 : -61;
            long s = System.nanoTime();
            scrollCpu.add(onFx(() -> {
                long cpu = CPU.getCurrentThreadCpuTime();
                grid.scrollBy(53, dy); // draws at once
                return CPU.getCurrentThreadCpuTime() - cpu;
            }));
            scrolls.add(System.nanoTime() - s);
        }
        System.out.println("scroll, 300 steps, wall (hand-over included): " + spread(scrolls) + "; JavaFX thread CPU per step: "
                + spread(scrollCpu) + "; " + onFx(probe::summary));
        onFx(() -> {
            probe.reset();
            return null;
        });
        List<Long> zooms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int size = i < 20 ? MatrixGrid.MAX_CELL - i * 2 : MatrixGrid.MIN_CELL + (i - 20) * 2;
            zooms.add(onFx(() -> {
                long cpu = CPU.getCurrentThreadCpuTime();
                grid.zoom(size, 300, 200);
                return CPU.getCurrentThreadCpuTime() - cpu;
            }));
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(grid::drawnWhole));
        System.out.println("zoom, 40 steps from 40 px to 2 px cells and back, JavaFX thread CPU per step: " + spread(zooms) + "; " + onFx(probe::summary));
        onFx(() -> {
            probe.stop();
            return null;
        });
    }

    private static String spread(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("median %.1f ms, 95th %.1f ms, longest %.1f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 95 / 100) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }
}
