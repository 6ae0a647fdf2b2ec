package io.kubereach.cli;

import io.kubereach.query.QueryException;
import io.kubereach.source.ManifestException;
import io.kubereach.source.live.ClusterAccessException;
import picocli.CommandLine;

/**
 * Turns every failure into a message on stderr and exit code 2; a stack trace only with
 * {@code KUBEREACH_DEBUG=1}, never by default.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** The exit code for any error. */
    static final int ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof UserError || e instanceof QueryException || e instanceof ManifestException
                || e instanceof ClusterAccessException) {
            message = e.getMessage();
        } else {
            message = "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (please report it; run with KUBEREACH_DEBUG=1 for details)";
        }
        cli.getErr().println("kubereach: error: " + message);
        if ("1".equals(System.getenv("KUBEREACH_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        return ERROR;
    }
}
