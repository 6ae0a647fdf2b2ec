package io.kubereach.ui.task;

/** Thrown inside a {@link Job} that was asked to stop; the runner then reports it as cancelled, not failed. */
public final class JobCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The job was asked to stop. */
    public JobCancelledException() {
        super("cancelled");
    }
}
