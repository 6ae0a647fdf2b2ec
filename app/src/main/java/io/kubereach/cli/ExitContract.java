package io.kubereach.cli;

import io.kubereach.query.QueryException;
import io.kubereach.source.ManifestException;
import io.kubereach.source.live.ClusterAccessException;
import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;
import io.kubereach.text.VisibleText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/**
 * The exit-code contract every command keeps, whatever goes wrong: 0 and 1 are verdicts, 2 is any
 * error — a wrong input, an unreachable cluster, a bug, or the JVM itself running out of stack or
 * memory — told by one line on stderr ({@code kubereach: error: …}, its control characters made
 * visible) and never a stack trace, unless {@code KUBEREACH_DEBUG=1} asks for one. So a crash can
 * never pass for a verdict ("denied" is 1).
 */
final class ExitContract {

    /** The exit code of every error. */
    static final int ERROR = 2;

    private final PrintWriter err;
    /** Made before the command runs: once memory is exhausted there may be none left to make it. */
    private final String outOfMemory;

    ExitContract(PrintWriter err) {
        this.err = err;
        this.outOfMemory = outOfMemory(Runtime.getRuntime().maxMemory());
    }

    /** Runs a command and returns its exit code; anything it throws becomes one line and {@link #ERROR}. */
    int run(IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            return fail(outOfMemory, e);
        } catch (Throwable e) { // the contract: nothing escapes, not even an Error
            return fail(describe(e), e);
        }
    }

    /** Prints one error line (and, with {@code KUBEREACH_DEBUG=1}, the trace); returns {@link #ERROR}. */
    int fail(String message, Throwable cause) {
        err.println(line(message));
        if (debug()) {
            cause.printStackTrace(err);
        }
        err.flush();
        return ERROR;
    }

    /** {@code kubereach: error: MESSAGE}, on one line whatever the message holds. */
    static String line(String message) {
        return "kubereach: error: " + VisibleText.of(message);
    }

    /**
     * What went wrong, in words: the message of an error KubeReach expects (a wrong input, an
     * unreadable cluster), else what the JVM ran out of, else an unexpected failure to report.
     */
    static String describe(Throwable e) {
        Throwable t = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof UserError || t instanceof QueryException || t instanceof ManifestException
                || t instanceof ClusterAccessException) {
            return String.valueOf(t.getMessage());
        }
        if (t instanceof StackOverflowError) {
            return words().get("cli.error.stackOverflow");
        }
        if (t instanceof OutOfMemoryError) {
            return outOfMemory(Runtime.getRuntime().maxMemory());
        }
        String detail = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return words().get("cli.error.unexpected", t.getClass().getSimpleName(), detail);
    }

    /**
     * That the cluster needs more memory than this run may use, and the {@code -Xmx} to run with:
     * at least twice the current maximum, rounded up to whole gigabytes.
     */
    static String outOfMemory(long maxHeapBytes) {
        long mib = Math.max(1, maxHeapBytes / (1024 * 1024));
        long gib = Math.max(1, (2 * mib + 1023) / 1024);
        String xmx = "-Xmx" + gib + "g";
        return words().get("cli.error.outOfMemory", String.format(Locale.ROOT, "%d MB", mib), xmx);
    }

    private static boolean debug() {
        return "1".equals(System.getenv("KUBEREACH_DEBUG"));
    }

    /** Errors are written in English, as every message scripts may log. */
    private static TextBundle words() {
        return CliText.in(Language.ENGLISH);
    }
}
