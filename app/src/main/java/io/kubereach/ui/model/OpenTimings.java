package io.kubereach.ui.model;

/**
 * How long opening a source took, step by step, for the benchmark: from "open" to read,
 * analysed, laid out, and (told by the window) shown and interactive. Printed to stderr when the
 * hidden system property {@code kubereach.timings} is {@code true}, with the time since the
 * process started (which a cold start's first opening includes: JVM, toolkit, window, and a
 * source read ahead meanwhile).
 */
public final class OpenTimings {

    /** Whether timings are printed. */
    public static final boolean PRINT = Boolean.getBoolean("kubereach.timings");

    /** The steps of this process's start, as "step at N ms" since the JVM started; printed once, with the first opening. */
    private static final java.util.Queue<String> START_STEPS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private volatile long start;
    private volatile long read;
    private volatile long analysed;
    private volatile long laidOut;

    void opening() {
        start = System.nanoTime();
        read = 0;
        analysed = 0;
        laidOut = 0;
    }

    void read() {
        read = System.nanoTime();
    }

    void analysed() {
        analysed = System.nanoTime();
    }

    void laidOut() {
        laidOut = System.nanoTime();
    }

    /**
     * Notes that a step of the start (the toolkit started, the window built, the read ahead done)
     * was reached now, for the timings printed with the first opening, with the CPU time the
     * thread that reached it has used so far (load-independent, unlike the time since start).
     */
    public static void startStep(String step) {
        if (PRINT) {
            long threadCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            START_STEPS.add(step + " " + sinceStart() + " ms (its thread "
                    + threadCpu + " ms CPU)");
        }
    }

    /**
     * The window drew the new picture and handles input again: prints the timings once per opening.
     *
     * @param what a word on what was opened (pods and lines), for the line printed
     */
    public void shown(String what) {
        if (!PRINT || laidOut == 0) {
            return;
        }
        long now = System.nanoTime();
        System.err.printf("kubereach timings: %s: read %d ms, analyse %d ms, layout %d ms, show %d ms, open to interactive %d ms"
                + ", JVM start to interactive %d ms%n",
                what, ms(start, read), ms(read, analysed), ms(analysed, laidOut), ms(laidOut, now), ms(start, now), sinceJvmStart(now));
        laidOut = 0;
        if (!START_STEPS.isEmpty()) {
            System.err.println("kubereach timings: start steps since JVM start: " + String.join(", ", START_STEPS));
            START_STEPS.clear();
        }
    }

    /** Milliseconds from the JVM's start to {@code now} (a {@link System#nanoTime()}). */
    private static long sinceJvmStart(long now) {
        return sinceStart() - (System.nanoTime() - now) / 1_000_000;
    }

    /**
     * Milliseconds since the start: this JVM's, or the first JVM's when a plain {@code java -jar}
     * started this one again with the launcher's options ({@code kubereach.startedAt}).
     */
    private static long sinceStart() {
        long firstJvm = Long.getLong("kubereach.startedAt", 0L);
        return firstJvm > 0
                ? System.currentTimeMillis() - firstJvm
                : java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
