package io.kubereach.ui.model;

import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficPair;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.task.DirectJobRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A matrix cell's answer at 10,000 pods, not a test: skipped unless run with {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=MatrixCellBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * What a click on a cell costs off the JavaFX thread (the details job: the pair's details and
 * what to highlight in the picture shown), thread CPU and wall, for cells at workload level and at
 * namespace level (two namespaces: every workload pair between them), each cold and then again.
 * Prints the numbers; asserts nothing about them.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class MatrixCellBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void cellsOnTenThousandPods() {
        LoadedCluster large = LoadedCluster.of(SyntheticCluster.snapshot(ClusterShape.large()));
        AppViewModel vm = new AppViewModel((source, control) -> large, new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()));
        vm.start(Optional.empty());
        Analysis analysis = vm.workspace().analysisProperty().get();
        List<ReachabilityMatrix.Header> workloads = ReachabilityMatrix.ofWorkloads(analysis.graph()).headers();
        List<ReachabilityMatrix.Header> namespaces = ReachabilityMatrix.ofNamespaces(analysis.graph()).headers();
        System.out.printf("large: %d workloads, %d namespaces%n", workloads.size(), namespaces.size());
        for (int i = 0; i < 3; i++) {
            measure(vm, analysis, "workload cell", new TrafficPair(workloads.get(7 + 31 * i).id(), workloads.get(500 + 97 * i).id()));
        }
        for (int i = 0; i < 3; i++) {
            measure(vm, analysis, "namespace cell", new TrafficPair(namespaces.get(3 + i).id(), namespaces.get(40 + 7 * i).id()));
        }
        measure(vm, analysis, "namespace cell, itself", new TrafficPair(namespaces.get(10).id(), namespaces.get(10).id()));
        // the exposure layer's list: how many rows its three groups have at this size
        Details.ExposureInfo exposure = (Details.ExposureInfo) new DetailsBuilder(analysis).build(DetailsBuilder.EXPOSURE, vm.workspace().layoutProperty().get()).details();
        System.out.printf("exposure list: %d workloads exposed of %d; outside %d, every namespace %d, not isolated %d%n", exposure.exposures().size(),
                exposure.workloads(), exposure.exposures().stream().filter(io.kubereach.report.Exposure::reachableFromOutside).count(),
                exposure.exposures().stream().filter(io.kubereach.report.Exposure::reachableFromEveryNamespace).count(),
                exposure.exposures().stream().filter(e -> !e.ingressProtected()).count());
    }

    private static void measure(AppViewModel vm, Analysis analysis, String what, TrafficPair pair) {
        var layout = vm.workspace().layoutProperty().get();
        long wall = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        DetailsBuilder.Selected built = new DetailsBuilder(analysis).build(pair.id(), layout);
        double detailsWall = (System.nanoTime() - wall) / 1e6;
        double detailsCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        wall = System.nanoTime();
        cpu = CPU.getCurrentThreadCpuTime();
        int lit = SelectionViewModel.highlightIn(layout, built).size();
        double lightWall = (System.nanoTime() - wall) / 1e6;
        double lightCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        wall = System.nanoTime();
        cpu = CPU.getCurrentThreadCpuTime();
        vm.selection().showAnswer(pair.fromId(), pair.toId());
        double allWall = (System.nanoTime() - wall) / 1e6;
        double allCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        System.out.printf("%s %s -> %s: details %.1f ms wall / %.1f CPU; highlight (%d ids) %.1f / %.1f; the whole click again %.1f / %.1f%n",
                what, pair.id(), built.details().getClass().getSimpleName(), detailsWall, detailsCpu, lit, lightWall, lightCpu, allWall, allCpu);
    }
}
