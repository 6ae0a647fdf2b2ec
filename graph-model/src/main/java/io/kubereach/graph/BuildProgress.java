package io.kubereach.graph;

/**
 * Hears how far building a {@link NetworkGraph} is, and may stop it: the build judges every
 * workload against every other, one row of pairs at a time, and reports each row done; when
 * {@link #cancelled()} says so it stops at the next row with a
 * {@link java.util.concurrent.CancellationException}. Called from the build's worker threads.
 */
public interface BuildProgress {

    /** Hears nothing and never stops a build. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void judged(int rows, int of) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * Rows of workload pairs judged so far.
     *
     * @param rows rows done
     * @param of rows in all (the number of workloads)
     */
    void judged(int rows, int of);

    /** Whether the build should stop. */
    boolean cancelled();
}
