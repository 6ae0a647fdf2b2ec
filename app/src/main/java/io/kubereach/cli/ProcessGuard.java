package io.kubereach.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * What the KubeReach process does about everything outside a command's own thread, so that
 * nothing but a command's one-line answer reaches stderr and nothing keeps the process alive:
 * <ul>
 *   <li>libraries' log lines (Vert.x's "Connection evicted", Netty's warnings) are not printed,
 *       unless {@code KUBEREACH_DEBUG=1};</li>
 *   <li>a thread that runs out of memory ends the process at once with exit code 2 and the same
 *       line the command would print; any other failure of a background thread is silent (it
 *       shows as the failure of whatever waited for it), a trace only under {@code KUBEREACH_DEBUG=1};</li>
 *   <li>once the JVM is told to stop (Ctrl-C, {@code kill}, or the command's end), it stops within
 *       {@link #SHUTDOWN_GRACE_MILLIS}, even if a library's shutdown hangs.</li>
 * </ul>
 * Installed by the process's entry point only, never by commands run inside another program.
 */
final class ProcessGuard {

    /** How long shutdown hooks (deleting partial files, closing clients) may take. */
    static final long SHUTDOWN_GRACE_MILLIS = 3_000;
    /** The exit code when the grace is over: that of a process ended by SIGTERM. */
    static final int TERMINATED = 143;

    /** Held so that the configured root logger is never collected and reset. */
    private static final Logger ROOT = Logger.getLogger("");

    private ProcessGuard() {
    }

    /** Installs all three for this process; {@code outOfMemory} is the line to print when memory runs out. */
    static void install(PrintWriter err, String outOfMemory) {
        boolean debug = "1".equals(System.getenv("KUBEREACH_DEBUG"));
        if (!debug) {
            LogManager.getLogManager().reset();
            ROOT.setLevel(Level.OFF);
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                err.println(outOfMemory);
                err.flush();
                Runtime.getRuntime().halt(ExitContract.ERROR);
            }
            if (debug) {
                e.printStackTrace(err);
                err.flush();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(SHUTDOWN_GRACE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                Runtime.getRuntime().halt(TERMINATED);
            }, "kubereach-shutdown-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }, "kubereach-shutdown-grace"));
    }
}
