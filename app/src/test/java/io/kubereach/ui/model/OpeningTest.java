package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import io.kubereach.ui.task.Job;
import io.kubereach.ui.task.JobCancelledException;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import io.kubereach.ui.task.QueuedJobRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("opening a source: its name while it opens, progress by step, cancel, and the offer to reopen a slow one (no JavaFX thread)")
class OpeningTest {

    private static final ClusterSource LARGE = new ClusterSource.Manifests(List.of(Path.of("/tmp/large")));

    private final AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());

    /** Reads the demo whatever the source, named after the source. */
    private static final SourceLoader DEMO_AS_ANY = (source, control) -> {
        LoadedCluster demo = new ClusterSourceLoader().load(new ClusterSource.Demo(), control);
        return new LoadedCluster(demo.snapshot().withSource(source.encode()), "");
    };

    private WorkspaceViewModel workspace(JobRunner runner) {
        return new WorkspaceViewModel(DEMO_AS_ANY, runner, prefs, new Activity());
    }

    @Test
    @DisplayName("while a source opens, the workspace names it; once shown, nothing is opening and its cost is remembered")
    void namesTheSourceWhileItOpens() {
        QueuedJobRunner queued = new QueuedJobRunner();
        WorkspaceViewModel w = workspace(queued);
        w.open(LARGE);
        assertThat(w.openingProperty().get()).hasValue(LARGE);
        queued.runAll();
        assertThat(w.openingProperty().get()).isEmpty();
        assertThat(w.sourceProperty().get()).isEqualTo(LARGE);
        assertThat(prefs.openCost(LARGE)).hasValueSatisfying(cost -> assertThat(cost.pods()).isEqualTo(19));
    }

    @Test
    @DisplayName("judging reports how many rows of workload pairs are done, between reading and laying out")
    void progressWhileJudging() {
        Activity activity = new Activity();
        WorkspaceViewModel w = new WorkspaceViewModel(DEMO_AS_ANY, new DirectJobRunner(), prefs, activity);
        List<Double> judging = new ArrayList<>();
        activity.progressProperty().addListener((obs, old, now) -> {
            if (activity.stepProperty().get() == JobStep.ANALYSING) {
                judging.add(now.doubleValue());
            }
        });
        w.open(LARGE);
        // rows are judged in parallel, so a report overtaken by a later one is dropped rather than shown as a step back
        assertThat(judging).as("progress moves while judging").hasSizeGreaterThanOrEqualTo(2);
        assertThat(judging).isSorted().doesNotHaveDuplicates().allMatch(f -> f >= 0.5 && f <= 0.8).contains(0.8);
    }

    @Test
    @DisplayName("rows judged in parallel report their progress one at a time, so the status bar and the runner never see two reports at once")
    void progressReportsNeverOverlap() {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger overlaps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<Thread> reporters = java.util.concurrent.ConcurrentHashMap.newKeySet();
        JobRunner slowListener = new JobRunner() {
            @Override
            public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
                try {
                    listener.succeeded(job.run(new JobControl() {
                        @Override
                        public void progress(double fraction, JobStep step) {
                            reporters.add(Thread.currentThread());
                            if (inFlight.incrementAndGet() > 1) {
                                overlaps.incrementAndGet();
                            }
                            // a listener that takes a moment (the status bar's properties), so that reports from two rows would meet
                            long until = System.nanoTime() + 200_000;
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                            inFlight.decrementAndGet();
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }));
                } catch (Exception e) {
                    listener.failed(e);
                }
                return JobHandle.done();
            }

            @Override
            public void later(Runnable action) {
                action.run();
            }
        };
        SourceLoader synthetic = (source, control) -> io.kubereach.ui.source.LoadedCluster.of(
                io.kubereach.synthetic.SyntheticCluster.snapshot(io.kubereach.synthetic.ClusterShape.small()));
        WorkspaceViewModel w = new WorkspaceViewModel(synthetic, slowListener, prefs, new Activity());
        w.open(LARGE);
        assertThat(w.analysisProperty().get()).as("opened").isNotNull();
        assertThat(overlaps.get()).as("reports made while another was being heard (by %d threads)", reporters.size()).isZero();
    }

    @Test
    @DisplayName("a cancel while judging stops the judging at once, and with nothing shown offers the source again")
    void cancelStopsJudging() {
        List<Double> reports = new ArrayList<>();
        JobRunner cancelsWhileJudging = new JobRunner() {
            @Override
            public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
                JobControl control = new JobControl() {
                    @Override
                    public void progress(double fraction, JobStep step) {
                        if (step == JobStep.ANALYSING) {
                            reports.add(fraction);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return reports.size() >= 2; // the user pressed Cancel after two rows
                    }
                };
                try {
                    listener.succeeded(job.run(control));
                } catch (JobCancelledException e) {
                    listener.cancelled();
                } catch (Exception e) {
                    listener.failed(e);
                }
                return JobHandle.done();
            }

            @Override
            public void later(Runnable action) {
                action.run();
            }
        };
        WorkspaceViewModel w = workspace(cancelsWhileJudging);
        w.open(LARGE);
        assertThat(reports).as("the rows judged after the cancel are few: the build stopped").hasSizeLessThan(13);
        assertThat(w.analysisProperty().get()).isNull();
        assertThat(w.openingProperty().get()).isEmpty();
        assertThat(w.offerProperty().get()).hasValueSatisfying(o -> {
            assertThat(o.source()).isEqualTo(LARGE);
            assertThat(o.lastTime()).isEmpty();
        });
    }

    @Test
    @DisplayName("a last source that took long to open is offered, not opened: the window is usable at once; accepting opens it")
    void slowLastSourceIsOffered() {
        prefs.rememberSource(LARGE);
        prefs.rememberOpenCost(LARGE, new AppPreferences.OpenCost(37_000, 10_000));
        WorkspaceViewModel w = workspace(new DirectJobRunner());
        w.start(Optional.empty());
        assertThat(w.analysisProperty().get()).isNull();
        assertThat(w.openingProperty().get()).isEmpty();
        assertThat(w.offerProperty().get()).hasValue(new ReopenOffer(LARGE, Optional.of(new AppPreferences.OpenCost(37_000, 10_000))));
        w.acceptOffer();
        assertThat(w.offerProperty().get()).isEmpty();
        assertThat(w.sourceProperty().get()).isEqualTo(LARGE);
        assertThat(w.analysisProperty().get()).isNotNull();
    }

    @Test
    @DisplayName("declining the offer opens the demo; a source that opened quickly, or one given at start, is opened unasked")
    void declineAndQuickSources() {
        prefs.rememberSource(LARGE);
        prefs.rememberOpenCost(LARGE, new AppPreferences.OpenCost(37_000, 10_000));
        WorkspaceViewModel declined = workspace(new DirectJobRunner());
        declined.start(Optional.empty());
        declined.declineOffer();
        assertThat(declined.sourceProperty().get()).isEqualTo(new ClusterSource.Demo());

        prefs.rememberSource(LARGE);
        prefs.rememberOpenCost(LARGE, new AppPreferences.OpenCost(2_000, 2_000));
        WorkspaceViewModel quick = workspace(new DirectJobRunner());
        quick.start(Optional.empty());
        assertThat(quick.offerProperty().get()).isEmpty();
        assertThat(quick.sourceProperty().get()).isEqualTo(LARGE);

        prefs.rememberOpenCost(LARGE, new AppPreferences.OpenCost(37_000, 10_000));
        ClusterSource given = new ClusterSource.Snapshot(Path.of("/tmp/given.yaml"));
        WorkspaceViewModel asked = workspace(new DirectJobRunner());
        asked.start(Optional.of(given));
        assertThat(asked.offerProperty().get()).isEmpty();
        assertThat(asked.sourceProperty().get()).isEqualTo(given);
    }
}
