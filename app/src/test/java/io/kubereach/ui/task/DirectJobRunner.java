package io.kubereach.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs each job at once on the calling thread, and everything "later" at once too: view models
 * tested with it need no JavaFX toolkit and no waiting. Records the steps reported.
 */
public final class DirectJobRunner implements JobRunner {

    private final List<JobStep> steps = new ArrayList<>();

    @Override
    public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
        JobControl control = new JobControl() {
            @Override
            public void progress(double fraction, JobStep step) {
                steps.add(step);
                listener.progress(fraction, step);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try {
            listener.succeeded(job.run(control));
        } catch (JobCancelledException e) {
            listener.cancelled();
        } catch (Exception | Error e) {
            listener.failed(e);
        }
        return JobHandle.done();
    }

    @Override
    public void later(Runnable action) {
        action.run();
    }

    /** The steps jobs reported, in order. */
    public List<JobStep> steps() {
        return steps;
    }
}
