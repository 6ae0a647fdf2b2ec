package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import java.io.PrintWriter;

/** Prints what the source skipped or could not read, on stderr, so stdout stays parseable. */
final class Warnings {

    private Warnings() {
    }

    static void print(ClusterSnapshot snapshot, PrintWriter err) {
        snapshot.warnings().forEach(w -> err.println("kubereach: warning: " + w));
        err.flush();
    }
}
