package io.kubereach.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Standard input as text, for {@code -i -}: what {@code helm template … | kubereach list -i -} pipes in. */
final class StandardInput {

    private StandardInput() {
    }

    /** Everything on standard input, as UTF-8; fails with a hint when standard input is a terminal rather than a pipe. */
    static String text() {
        if (System.console() != null) {
            throw UserError.of("cli.input.stdinTerminal");
        }
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.causedBy(e, "cli.input.stdinUnreadable", e.getMessage());
        }
    }
}
