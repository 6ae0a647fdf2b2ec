package io.kubereach.ui.model;

import io.kubereach.model.PortProtocol;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.synthetic.ClusterShape;
import io.kubereach.synthetic.SyntheticCluster;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.task.DirectJobRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The question bar's benchmark of docs/benchmarks.md, not a test: skipped unless run with
 * {@code -Dkubereach.bench=true}:
 * <pre>
 * ./mvnw -B -o -pl app -am test -Dtest=QuestionBenchmark -Dkubereach.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * On the synthetic {@code large} cluster (10,000 pods), once it is open: the time from asking a
 * question of the question bar to its answer's details and path (what the details job does off
 * the JavaFX thread), wall and thread CPU, for a pod → pod, a workload → Service and a CIDR →
 * workload question, each asked cold (first time) and then 20 times; and a pod's and a
 * workload's details with their peers both ways. Prints the numbers; asserts nothing about them.
 */
@EnabledIfSystemProperty(named = "kubereach.bench", matches = "true")
class QuestionBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 20;

    @Test
    void questionsOnTenThousandPods() {
        LoadedCluster large = LoadedCluster.of(SyntheticCluster.snapshot(ClusterShape.large()));
        AppViewModel vm = new AppViewModel((source, control) -> large, new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()));
        long t0 = System.nanoTime();
        vm.start(Optional.empty());
        Analysis analysis = vm.workspace().analysisProperty().get();
        System.out.printf("large: %d pods, opened (read, judged, laid out) in %.1f s%n", analysis.snapshot().pods().size(),
                (System.nanoTime() - t0) / 1e9);
        List<Pod> pods = analysis.snapshot().pods();
        Pod a = pods.get(pods.size() / 3);
        Pod b = pods.get(2 * pods.size() / 3);
        Service service = analysis.snapshot().services().get(analysis.snapshot().services().size() / 2);
        int port = service.ports().get(0).port();
        String workload = a.namespace() + "/" + io.kubereach.query.TargetResolver.workloadName(a);
        List<Question> questions = List.of(
                new Question(a.namespace() + "/" + a.name(), b.namespace() + "/" + b.name(), Optional.of(PortProtocol.tcp(8080))),
                new Question(workload, "svc:" + service.namespace() + "/" + service.name(), Optional.of(PortProtocol.tcp(port))),
                new Question("203.0.113.0/24", b.namespace() + "/" + io.kubereach.query.TargetResolver.workloadName(b),
                        Optional.of(PortProtocol.tcp(443))));
        // the names the question bar completes from: worked out off the JavaFX thread once the cluster is shown; the first
        // letter typed a second later only scans them (before, that letter worked them out on the JavaFX thread)
        long namesCpu = CPU.getCurrentThreadCpuTime();
        long namesWall = System.nanoTime();
        QuestionViewModel.Names names = QuestionViewModel.Names.of(analysis.snapshot());
        System.out.printf("the question bar's %d names worked out (what the first letter typed cost the JavaFX thread before): %.1f ms wall, %.1f ms CPU%n",
                names.names().size(), (System.nanoTime() - namesWall) / 1e6, (CPU.getCurrentThreadCpuTime() - namesCpu) / 1e6);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        measure("the first letter typed in the question bar, a second after the cluster is shown", () -> vm.question().suggestions("c"));
        for (Question q : questions) {
            measure("question " + q.id(), () -> new DetailsBuilder(analysis).build(q.id(), vm.workspace().layoutProperty().get()));
        }
        measure("the question bar, typed and asked (completion of 'ns-1', then ask)", () -> {
            vm.question().suggestions(a.namespace().substring(0, Math.min(4, a.namespace().length())));
            vm.question().fromProperty().set(questions.get(0).from());
            vm.question().toProperty().set(questions.get(0).to());
            vm.question().portProperty().set("8080");
            vm.question().ask();
            return vm.selection().detailsProperty().get();
        });
        measure("a pod's details, peers both ways (" + a.ref() + ")", () -> new DetailsBuilder(analysis)
                .build(io.kubereach.graph.GraphVertex.PodVertex.idOf(a.ref()), vm.workspace().layoutProperty().get()));
        measure("a workload's details, peers both ways (" + workload + ")", () -> new DetailsBuilder(analysis)
                .build(io.kubereach.graph.GraphVertex.WorkloadVertex.idOf(a.owner()), vm.workspace().layoutProperty().get()));
    }

    private static void measure(String what, java.util.function.Supplier<Object> ask) {
        long wall = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Object first = ask.get();
        double coldWall = (System.nanoTime() - wall) / 1e6;
        double coldCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            wall = System.nanoTime();
            cpu = CPU.getCurrentThreadCpuTime();
            ask.get();
            walls.add((System.nanoTime() - wall) / 1e6);
            cpus.add((CPU.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        Collections.sort(walls);
        Collections.sort(cpus);
        System.out.printf("%s -> %s%n  cold %.1f ms wall / %.1f ms CPU; then median %.1f ms wall / %.1f ms CPU, max %.1f ms wall%n", what,
                first.getClass().getSimpleName(), coldWall, coldCpu, walls.get(RUNS / 2), cpus.get(RUNS / 2), walls.get(RUNS - 1));
    }
}
