package io.kubereach.ui.view;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.WhatIfPolicy;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.task.FxJobRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The what-if redraw benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl graph-model,app test -Dtest=WhatIfFrameBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * ({@code -Dkubereach.bench.shape=large} for 10,000 pods).
 * On the synthetic {@code medium} cluster (2,000 pods) in the whole window (Monocle, software
 * rendering, 1240 × 780), the what-if panel open: ten edits, each the text of one NetworkPolicy
 * typed valid (its ingress rules dropped, then back), timed from the call that takes the text to
 * the canvas showing the difference picture; with the JavaFX thread's CPU time for the call
 * itself, the JavaFX thread's CPU time from the call to 300 ms after the picture is shown (its
 * paint included: what the load of a shared machine does not inflate), and the longest gap
 * between pulses meanwhile (a {@link PulseGaps} probe). Prints the
 * numbers; asserts nothing about them.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class WhatIfFrameBenchmark {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        AppPreferences prefs = HeadlessWindow.preferences(Language.ENGLISH);
        ClusterShape shape = "large".equals(System.getProperty("kubereach.bench.shape")) ? ClusterShape.large() : ClusterShape.medium();
        LoadedCluster medium = LoadedCluster.of(SyntheticCluster.snapshot(shape));
        vm = new AppViewModel((source, control) -> medium, new FxJobRunner(), prefs);
        FileDialogs none = new NoFileDialogs();
        new MainWindow(stage, vm, none, owner -> Optional.empty()).show(Optional.empty());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(120, TimeUnit.SECONDS);
    }

    @Test
    void editsRedrawTheDifference(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> vm.workspace().analysisProperty().get() != null);
        robot.interact(() -> vm.whatIf().shownProperty().set(true));
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WhatIfPolicy policy = onFx(() -> vm.whatIf().policies().stream()
                .filter(p -> p.key().kind().equals("NetworkPolicy") && p.text().contains("ingress:")).findFirst().orElseThrow());
        String original = policy.text();
        String opened = original.replaceFirst("(?s)\\n  ingress:.*?(\\n  [a-zA-Z]|$)", "$1");
        robot.interact(() -> vm.whatIf().select(Optional.of(policy)));
        io.kubereach.diagram.fx.DiagramCanvas canvas = robot.lookup("#diagram").queryAs(io.kubereach.diagram.fx.DiagramCanvas.class);
        PulseGaps probe = onFx(PulseGaps::start);
        List<Long> total = new ArrayList<>();
        List<Long> callCpu = new ArrayList<>();
        List<Long> gaps = new ArrayList<>();
        List<Long> fxCpu = new ArrayList<>();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        for (int i = 0; i < 10; i++) {
            String text = i % 2 == 0 ? opened : original + "\n# " + i;
            DiagramLayout before = onFx(canvas::getDiagram);
            onFx(() -> {
                probe.reset();
                return null;
            });
            long fxBefore = CPU.getThreadCpuTime(fxThread);
            long asked = System.nanoTime();
            callCpu.add(onFx(() -> {
                long cpu = CPU.getCurrentThreadCpuTime();
                vm.whatIf().type(text);
                return CPU.getCurrentThreadCpuTime() - cpu;
            }));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> canvas.getDiagram() != before));
            total.add(System.nanoTime() - asked);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the paint after the new picture
            fxCpu.add(CPU.getThreadCpuTime(fxThread) - fxBefore);
            gaps.add(onFx(probe::maxMillis) * 1_000_000L);
            long withChanges = onFx(() -> {
                long cpu = CPU.getCurrentThreadCpuTime();
                vm.whatIf().judgementProperty().get().ifPresent(j -> vm.workspace().layoutProperty().get().withChanges(j.changes()));
                return CPU.getCurrentThreadCpuTime() - cpu;
            });
            System.out.printf("  the difference picture made (withChanges) on the JavaFX thread: %d ms CPU%n", withChanges / 1_000_000);
            System.out.printf("edit %d: %d changes, text to picture %d ms, JavaFX thread CPU from the text to 300 ms after the picture %d ms; %s%n",
                    i, onFx(() -> vm.whatIf().changes().size()), total.get(i) / 1_000_000, fxCpu.get(i) / 1_000_000, onFx(probe::summary));
        }
        onFx(() -> {
            probe.stop();
            return null;
        });
        System.out.println("what-if at " + System.getProperty("kubereach.bench.shape", "medium") + ", 10 edits: text to difference picture " + spread(total) + "; JavaFX thread CPU in the call "
                + spread(callCpu) + "; JavaFX thread CPU per edit (text to 300 ms after the picture) " + spread(fxCpu) + "; longest pulse gap per edit "
                + spread(gaps));
    }

    private static String spread(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("median %.0f ms, longest %.0f ms", sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }
}
