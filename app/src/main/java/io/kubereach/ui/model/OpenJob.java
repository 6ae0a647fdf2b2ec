package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.LayoutMemory;
import io.kubereach.graph.BuildProgress;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.Job;
import io.kubereach.ui.task.JobCancelledException;
import io.kubereach.ui.task.JobControl;
import io.kubereach.ui.task.JobStep;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Opening a source, off the JavaFX thread, step by step with its progress: read it, judge it
 * (reporting each row of workload pairs judged, and stopping at the next row when cancelled),
 * lay it out, and prepare the picture for the screen.
 */
final class OpenJob implements Job<OpenJob.Opened> {

    /** Where the progress of an opening stands when judging begins, and when it ends (laying out follows). */
    static final double ANALYSING_FROM = 0.5;
    static final double ANALYSING_TO = 0.8;

    /**
     * What opening a source produced.
     *
     * @param analysis the cluster judged
     * @param layout its picture
     * @param request what the picture shows
     * @param memory where its boxes are, remembered for the pictures after it (worked out with the picture, off the
     *     JavaFX thread: at 10,000 pods a pass over 33,000 boxes)
     */
    record Opened(Analysis analysis, DiagramLayout layout, LayoutRequest request, LayoutMemory memory) {
    }

    private final SourceLoader loader;
    private final ClusterSource source;
    private final LayoutRequest request;
    private final OpenTimings timings;
    private final Consumer<DiagramLayout> preparer;

    OpenJob(SourceLoader loader, ClusterSource source, LayoutRequest request, OpenTimings timings, Consumer<DiagramLayout> preparer) {
        this.loader = loader;
        this.source = source;
        this.request = request;
        this.timings = timings;
        this.preparer = preparer;
    }

    @Override
    public Opened run(JobControl control) throws Exception {
        LoadedCluster cluster = loader.load(source, control);
        control.checkCancelled();
        timings.read();
        control.progress(ANALYSING_FROM, JobStep.ANALYSING);
        Analysis judged = judge(cluster, control);
        control.checkCancelled();
        timings.analysed();
        control.progress(ANALYSING_TO, JobStep.LAYING_OUT);
        // every size keeps its containers: the canvas draws a pod's network namespace only once the zoom makes it readable
        DiagramLayout picture = request.layout(judged.graph());
        timings.laidOut();
        preparer.accept(picture);
        return new Opened(judged, picture, request, LayoutMemory.empty().remember(picture, request.grouping()));
    }

    /** Judges the cluster read, telling how many rows of workload pairs are judged, and stopping when the job is cancelled. */
    private Analysis judge(LoadedCluster cluster, JobControl control) throws JobCancelledException {
        try {
            return Analysis.of(source, cluster, new BuildProgress() {
                private int reported;

                // rows are judged in parallel: one report at a time, and never a step back
                @Override
                public synchronized void judged(int rows, int of) {
                    if (rows > reported) {
                        reported = rows;
                        control.progress(ANALYSING_FROM + (ANALYSING_TO - ANALYSING_FROM) * rows / Math.max(1, of), JobStep.ANALYSING);
                    }
                }

                @Override
                public boolean cancelled() {
                    return control.isCancelled();
                }
            });
        } catch (CancellationException e) {
            throw new JobCancelledException();
        }
    }
}
