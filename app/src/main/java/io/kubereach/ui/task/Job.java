package io.kubereach.ui.task;

/**
 * Work that runs off the JavaFX thread: reading a cluster, analysing it, laying it out,
 * writing a picture. It reports progress and stops early when asked through its control.
 *
 * @param <T> what it produces
 */
@FunctionalInterface
public interface Job<T> {

    /** Does the work; throws {@link JobCancelledException} (or anything) to stop. */
    T run(JobControl control) throws Exception;
}
