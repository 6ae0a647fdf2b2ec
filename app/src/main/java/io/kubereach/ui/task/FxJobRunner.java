package io.kubereach.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs jobs as {@code javafx.concurrent.Task}s on daemon worker threads, so the JavaFX thread
 * never waits for them; listeners are called on the JavaFX thread. Progress reports are coalesced
 * (only the latest waits for the JavaFX thread), so a chatty job cannot flood it.
 */
public final class FxJobRunner implements JobRunner {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kubereach-job-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> JobHandle start(Job<T> job, JobListener<T> listener) {
        JobTask<T> task = new JobTask<>(job, listener);
        task.setOnSucceeded(e -> listener.succeeded(task.getValue()));
        task.setOnCancelled(e -> listener.cancelled());
        task.setOnFailed(e -> {
            if (task.getException() instanceof JobCancelledException) {
                listener.cancelled();
            } else {
                listener.failed(task.getException());
            }
        });
        Runnable submit = () -> workers.execute(task);
        if (Platform.isFxApplicationThread()) {
            submit.run();
        } else {
            Platform.runLater(submit);
        }
        return new JobHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
                task.hooks.forEach(Runnable::run);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    /** One progress report. */
    private record Report(double fraction, JobStep step) {
    }

    /** A task running one job. */
    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final JobListener<T> listener;
        private final AtomicReference<Report> pending = new AtomicReference<>();
        private final java.util.List<Runnable> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();

        JobTask(Job<T> job, JobListener<T> listener) {
            this.job = job;
            this.listener = listener;
        }

        /** Passes the latest report to the JavaFX thread, at most one hand-over waiting at a time. */
        private void report(double fraction, JobStep step) {
            if (pending.getAndSet(new Report(fraction, step)) == null) {
                Platform.runLater(() -> {
                    Report r = pending.getAndSet(null);
                    if (r != null && !isDone()) {
                        listener.progress(r.fraction(), r.step());
                    }
                });
            }
        }

        @Override
        protected T call() throws Exception {
            return job.run(new JobControl() {
                @Override
                public void progress(double fraction, JobStep step) {
                    report(fraction, step);
                }

                @Override
                public boolean isCancelled() {
                    return JobTask.this.isCancelled();
                }

                @Override
                public void onCancel(Runnable hook) {
                    hooks.add(hook);
                    if (JobTask.this.isCancelled()) {
                        hook.run();
                    }
                }
            });
        }
    }
}
