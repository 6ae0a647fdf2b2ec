package io.kubereach.ui.view;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What each of the window's first pulses cost, as the pulse-gap probe prints it: the CPU time the
 * JavaFX thread and the renderer thread used since the pulse before, and the classes loaded
 * meanwhile. Unlike a gap's length, these do not grow when other processes share the cores, so a
 * first frame made cheaper shows here even on a busy machine. Read on the JavaFX thread.
 */
final class PulseCosts {

    /** The renderer's thread, as JavaFX names it (the software and the GPU pipelines alike). */
    private static final String RENDERER = "QuantumRenderer";

    /** One reading: JVM uptime, both threads' CPU time and the classes loaded so far. */
    record Reading(long uptimeMillis, long fxNanos, long rendererNanos, long classesLoaded) {

        /**
         * The line for pulse {@code n}, this reading taken at it and {@code before} at the pulse before,
         * {@code gapMillis} after that pulse (the first pulse has none).
         */
        String since(Reading before, int n, long gapMillis) {
            return String.format("kubereach pulses: pulse %d at %d ms since JVM start, %d ms after the one before: JavaFX thread %d ms CPU,"
                    + " renderer %d ms CPU, %d classes loaded since", n, uptimeMillis, gapMillis, (fxNanos - before.fxNanos) / 1_000_000,
                    (rendererNanos - before.rendererNanos) / 1_000_000, classesLoaded - before.classesLoaded);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private OptionalLong renderer = OptionalLong.empty();

    /** Reads the counters now; call on the JavaFX thread. */
    Reading read() {
        if (renderer.isEmpty()) {
            renderer = Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds(), 0)).filter(Objects::nonNull)
                    .filter(info -> info.getThreadName().startsWith(RENDERER)).mapToLong(ThreadInfo::getThreadId).findFirst();
        }
        long rendererNanos = renderer.isPresent() ? Math.max(0, threads.getThreadCpuTime(renderer.getAsLong())) : 0;
        return new Reading(runtime.getUptime(), threads.getCurrentThreadCpuTime(), rendererNanos, classes.getTotalLoadedClassCount());
    }

    /** The reading of a JVM that has done nothing yet: the first pulse's line counts from the start. */
    static Reading start() {
        return new Reading(0, 0, 0, 0);
    }
}
