package io.kubereach.ui.task;

/**
 * Hears how a {@link Job} goes. A {@link JobRunner} calls it on the thread the view models live
 * on (the JavaFX thread in the app, the test's thread with a direct runner).
 *
 * @param <T> what the job produces
 */
public interface JobListener<T> {

    /** The job finished with a result. */
    void succeeded(T result);

    /** The job failed. */
    void failed(Throwable error);

    /** The job stopped because it was asked to. */
    default void cancelled() {
    }

    /** The job reported progress. */
    default void progress(double fraction, JobStep step) {
    }
}
