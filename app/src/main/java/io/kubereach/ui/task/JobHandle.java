package io.kubereach.ui.task;

/** A started {@link Job}, which can be asked to stop. */
public interface JobHandle {

    /** Asks the job to stop; its listener then hears {@link JobListener#cancelled()} unless it already finished. */
    void cancel();

    /** Whether the job has finished (succeeded, failed or cancelled). */
    boolean isDone();

    /** A handle of nothing running. */
    static JobHandle done() {
        return new JobHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
