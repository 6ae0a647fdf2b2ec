package io.kubereach.cli;

import picocli.CommandLine;

/**
 * Turns every failure of a command into one line on stderr and exit code 2 (see
 * {@link ExitContract}); a stack trace only with {@code KUBEREACH_DEBUG=1}, never by default.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** The exit code for any error. */
    static final int ERROR = ExitContract.ERROR;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        return new ExitContract(cli.getErr()).fail(ExitContract.describe(e), e);
    }
}
