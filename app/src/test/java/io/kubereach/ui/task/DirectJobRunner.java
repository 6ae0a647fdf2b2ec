package io.kubereach.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs each job at once on the calling thread, and everything "later" at once too: view models
 * tested with it need no JavaFX toolkit and no waiting. Records the steps reported, and fails a
 * job that reports from two threads at once.
 */
public final class DirectJobRunner implements JobRunner {

    private final List<JobStep> steps = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicReference<Thread> reporter = new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
        JobControl control = new JobControl() {
            @Override
            public void progress(double fraction, JobStep step) {
                // a job reports one step at a time (JobControl): two threads at once would break the list and the listener
                Thread other = reporter.compareAndExchange(null, Thread.currentThread());
                if (other != null && other != Thread.currentThread()) {
                    throw new IllegalStateException("two progress reports at once: a job must report one at a time");
                }
                try {
                    steps.add(step);
                    listener.progress(fraction, step);
                } finally {
                    if (other == null) {
                        reporter.set(null);
                    }
                }
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
