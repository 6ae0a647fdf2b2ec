package io.kubereach.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps started jobs until the test runs them, so a test can act while a job "runs" (cancel
 * it, start another) and then let it finish. Cancelled jobs end as cancelled when run.
 */
public final class QueuedJobRunner implements JobRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
        boolean[] cancelled = {false};
        boolean[] done = {false};
        JobControl control = new JobControl() {
            @Override
            public void progress(double fraction, JobStep step) {
                listener.progress(fraction, step);
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        queue.add(() -> {
            done[0] = true;
            if (cancelled[0]) {
                listener.cancelled();
                return;
            }
            try {
                listener.succeeded(job.run(control));
            } catch (JobCancelledException e) {
                listener.cancelled();
            } catch (Exception | Error e) {
                listener.failed(e);
            }
        });
        return new JobHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    @Override
    public void later(Runnable action) {
        queue.add(action);
    }

    /** How many jobs wait. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the job that waits longest (and only it: those it starts wait). */
    public void runNext() {
        queue.poll().run();
    }

    /** Runs the jobs that wait, and those they start, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
