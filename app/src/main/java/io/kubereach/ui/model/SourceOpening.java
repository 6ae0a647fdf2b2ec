package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opening sources for the workspace, one at a time in a background job that can be cancelled:
 * which source is being opened, the offer to open a slow last source (or one whose first
 * opening was cancelled) instead of opening it unasked, the demo when the one chosen does not
 * open, and what each opening cost (remembered for the next start).
 */
final class SourceOpening {

    /** What the workspace does with an opening's outcome. */
    interface Outcome {
        /** Shows a source opened. */
        void opened(ClusterSource source, OpenJob.Opened result);

        /** Says why a source could not be shown. */
        void failed(SourceProblem problem);

        /** Whether no cluster is shown yet. */
        boolean showsNothing();
    }

    private final SourceLoader loader;
    private final JobRunner runner;
    private final AppPreferences preferences;
    private final Activity activity;
    private final Outcome outcome;
    private final OpenTimings timings = new OpenTimings();
    private final ReadOnlyObjectWrapper<Optional<ClusterSource>> openingSource =
            new ReadOnlyObjectWrapper<>(this, "openingSource", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ReopenOffer>> offer = new ReadOnlyObjectWrapper<>(this, "offer", Optional.empty());
    /** Counts the openings begun, so that only the latest one's end clears {@link #openingSource}. */
    private int openings;
    private JobHandle opening = JobHandle.done();

    SourceOpening(SourceLoader loader, JobRunner runner, AppPreferences preferences, Activity activity, Outcome outcome) {
        this.loader = loader;
        this.runner = runner;
        this.preferences = preferences;
        this.activity = activity;
        this.outcome = outcome;
    }

    /** Opens a source, else the last one (offered instead when it was slow), else the demo. */
    void start(Optional<ClusterSource> first, LayoutRequest request, Consumer<DiagramLayout> preparer) {
        Optional<ClusterSource> unasked = preferences.opensUnasked(first);
        if (unasked.isEmpty()) {
            ClusterSource last = preferences.lastSource().orElseThrow();
            offer.set(Optional.of(new ReopenOffer(last, preferences.openCost(last))));
            return;
        }
        open(unasked.get(), true, request, preparer);
    }

    /** The source offered, if any. */
    Optional<ReopenOffer> offered() {
        return offer.get();
    }

    /** Stops the opening under way; the source shown stays. */
    void cancel() {
        opening.cancel();
    }

    /**
     * Opens a source in a job; the one shown stays until it has been read and laid out.
     *
     * @param fallBackToDemo whether the demo is opened when this source does not open
     */
    void open(ClusterSource next, boolean fallBackToDemo, LayoutRequest request, Consumer<DiagramLayout> preparer) {
        opening.cancel();
        Activity.Ticket ticket = activity.begin(JobStep.READING);
        timings.opening();
        int mine = ++openings;
        offer.set(Optional.empty());
        openingSource.set(Optional.of(next));
        long asked = System.nanoTime();
        Runnable ended = () -> {
            if (mine == openings) {
                openingSource.set(Optional.empty());
            }
        };
        OpenJob job = new OpenJob(loader, next, request, timings, preparer);
        opening = runner.start(job, ticket.ending(new JobListener<OpenJob.Opened>() {
            @Override
            public void succeeded(OpenJob.Opened result) {
                ended.run();
                outcome.opened(next, result);
                preferences.rememberOpenCost(next, new AppPreferences.OpenCost((System.nanoTime() - asked) / 1_000_000,
                        result.analysis().snapshot().pods().size()));
            }

            @Override
            public void failed(Throwable error) {
                ended.run();
                boolean fallBack = fallBackToDemo && !(next instanceof ClusterSource.Demo);
                outcome.failed(SourceProblem.of(next, error, fallBack));
                if (fallBack) {
                    open(new ClusterSource.Demo(), false, request, preparer);
                }
            }

            @Override
            public void cancelled() {
                ended.run();
                if (outcome.showsNothing() && mine == openings) {
                    // nothing shown: offer what was being opened again rather than an empty window
                    offer.set(Optional.of(new ReopenOffer(next, preferences.openCost(next))));
                }
            }

            @Override
            public void progress(double fraction, JobStep step) {
                ticket.report(fraction, step);
            }
        }));
        ticket.attach(opening);
    }

    /** The source being opened; empty when none is. */
    ReadOnlyObjectProperty<Optional<ClusterSource>> openingProperty() {
        return openingSource.getReadOnlyProperty();
    }

    /** A source offered instead of opened; empty when none is. */
    ReadOnlyObjectProperty<Optional<ReopenOffer>> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** How long the last opening took, step by step. */
    OpenTimings timings() {
        return timings;
    }
}
