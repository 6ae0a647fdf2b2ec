package io.kubereach.ui.task;

/**
 * Runs {@link Job}s. The app's runner ({@link FxJobRunner}) runs them on worker threads with
 * {@code javafx.concurrent.Task} and calls their listeners on the JavaFX thread; the view model
 * tests use one that runs them at once on the calling thread, so no JavaFX toolkit is needed.
 */
public interface JobRunner {

    /** Starts a job; its listener hears the outcome. */
    <T> JobHandle start(Job<T> job, JobListener<T> listener);

    /** Runs something on the view models' thread, later (the JavaFX thread in the app), e.g. news from a live cluster. */
    void later(Runnable action);
}
