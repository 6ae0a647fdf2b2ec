package io.kubereach.ui.task;

/** What a running {@link Job} sees of its runner: where to report progress, and whether to stop. */
public interface JobControl {

    /**
     * Reports progress. One report at a time: a job that works on several threads serialises
     * its reports (runners and the listeners behind them, e.g. the status bar's properties, are
     * not made for concurrent calls).
     *
     * @param fraction how much is done, 0 to 1; negative when unknown
     * @param step what it is doing now
     */
    void progress(double fraction, JobStep step);

    /** Whether someone asked the job to stop. */
    boolean isCancelled();

    /**
     * Runs {@code hook} when someone asks the job to stop (at once if they already did), e.g. to
     * abort a request in flight that polling cannot interrupt.
     */
    default void onCancel(Runnable hook) {
        if (isCancelled()) {
            hook.run();
        }
    }

    /** Stops the job (by throwing) when someone asked it to. */
    default void checkCancelled() throws JobCancelledException {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }

    /** A control that nobody cancels and that hears nothing. */
    static JobControl none() {
        return new JobControl() {
            @Override
            public void progress(double fraction, JobStep step) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
