package io.kubereach.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed. A {@link java.io.PrintWriter} only says
 * <em>that</em> one failed ({@code checkError}); this keeps the first error ("No space left on
 * device", a closed pipe) so the command can name it and exit 2 instead of passing truncated output
 * off as complete.
 */
final class WatchedOutput extends FilterOutputStream {

    private volatile IOException failure;

    WatchedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first write error, if one happened. */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
