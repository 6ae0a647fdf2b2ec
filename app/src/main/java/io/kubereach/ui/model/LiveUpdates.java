package io.kubereach.ui.model;

import io.kubereach.ui.source.ClusterNews;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.source.SourceWatch;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Watches the live source shown while "live" is on: starts the watch in the background, hands
 * each change to the workspace on the view models' thread, says when the connection is lost or
 * back, and stops watching when live is switched off or another source is opened.
 */
final class LiveUpdates {

    private final SourceLoader loader;
    private final JobRunner runner;
    private final Activity activity;
    private final Consumer<LoadedCluster> changed;
    private final Consumer<String> failed;
    private final ReadOnlyObjectWrapper<LiveState> state = new ReadOnlyObjectWrapper<>(this, "state", LiveState.OFF);
    private SourceWatch watch;
    private JobHandle starting = JobHandle.done();
    private int generation;

    LiveUpdates(SourceLoader loader, JobRunner runner, Activity activity, Consumer<LoadedCluster> changed, Consumer<String> failed) {
        this.loader = loader;
        this.runner = runner;
        this.activity = activity;
        this.changed = changed;
        this.failed = failed;
    }

    /** Starts watching a live source (stopping any earlier watch). */
    void start(ClusterSource source) {
        stop();
        int mine = ++generation;
        state.set(LiveState.STARTING);
        Activity.Ticket ticket = activity.begin(JobStep.CONNECTING);
        ClusterNews news = new ClusterNews() {
            @Override
            public void changed(LoadedCluster cluster) {
                runner.later(() -> {
                    if (generation == mine) {
                        LiveUpdates.this.changed.accept(cluster);
                    }
                });
            }

            @Override
            public void connectionLost(String reason) {
                runner.later(() -> {
                    if (generation == mine) {
                        state.set(LiveState.LOST);
                    }
                });
            }

            @Override
            public void connectionRestored() {
                runner.later(() -> {
                    if (generation == mine) {
                        state.set(LiveState.WATCHING);
                    }
                });
            }
        };
        starting = runner.start(control -> loader.watch(source, control, news), ticket.ending(new JobListener<SourceWatch>() {
            @Override
            public void succeeded(SourceWatch started) {
                if (generation != mine) {
                    started.close();
                    return;
                }
                watch = started;
                state.set(LiveState.WATCHING);
                changed.accept(started.first());
            }

            @Override
            public void failed(Throwable error) {
                if (generation == mine) {
                    state.set(LiveState.OFF);
                    failed.accept(SourceProblem.lineOf(error));
                }
            }

            @Override
            public void cancelled() {
                if (generation == mine) {
                    state.set(LiveState.OFF);
                    failed.accept("");
                }
            }
        }));
        ticket.attach(starting);
    }

    /** Stops watching. */
    void stop() {
        generation++;
        starting.cancel();
        if (watch != null) {
            watch.close();
            watch = null;
        }
        state.set(LiveState.OFF);
    }

    /** What the watch is doing. */
    ReadOnlyObjectProperty<LiveState> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
