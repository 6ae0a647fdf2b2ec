package io.kubereach.cli;

import io.kubereach.source.live.LoadProgress;
import io.kubereach.source.live.ResourceKind;
import java.io.PrintWriter;
import java.util.List;

/** Reports a cluster load on the terminal: one line per kind, with its count. */
final class ProgressLines implements LoadProgress {

    private final PrintWriter err;

    private ProgressLines(PrintWriter err) {
        this.err = err;
    }

    /** Lines on stderr when it is a terminal; nothing otherwise (scripts and CI keep a clean stderr). */
    static LoadProgress onTerminal() {
        return System.console() == null ? LoadProgress.NONE : new ProgressLines(new PrintWriter(System.err, true));
    }

    @Override
    public void finished(ResourceKind kind, int read, List<String> problems) {
        err.printf("kubereach: read %,d %s%s%n", read, kind.plural(), problems.isEmpty() ? "" : " (" + problems.size() + " refused)");
        err.flush();
    }
}
