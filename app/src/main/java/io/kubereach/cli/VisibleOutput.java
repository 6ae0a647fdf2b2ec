package io.kubereach.cli;

import io.kubereach.text.VisibleText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The text a command prints for a person (can-reach, describe, simulate, cni, watch, …) with
 * every acting character but the line break written visibly ({@code \x1b}, {@code \r},
 * {@code \u202e}), so that a name from a hostile manifest or API server can neither forge a line
 * nor drive the terminal. Formats made for programs (JSON, CSV) and the connlist formats, which
 * escape their own fields, do not go through it.
 */
final class VisibleOutput extends FilterWriter {

    private VisibleOutput(Writer out) {
        super(out);
    }

    /** A writer onto {@code out} that keeps line breaks and makes every other acting character visible. */
    static PrintWriter of(PrintWriter out) {
        return new PrintWriter(new VisibleOutput(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c != '\n' && (VisibleText.acts(c) || Character.isSurrogate(c) && !paired(chars, i, off + len))) {
                out.write(chars, start, i - start);
                out.write(VisibleText.of(String.valueOf(c)));
                start = i + 1;
            } else if (Character.isHighSurrogate(c) && paired(chars, i, off + len)) {
                i++;
            }
        }
        out.write(chars, start, off + len - start);
    }

    private static boolean paired(char[] chars, int i, int end) {
        return Character.isHighSurrogate(chars[i]) ? i + 1 < end && Character.isLowSurrogate(chars[i + 1])
                : i > 0 && Character.isHighSurrogate(chars[i - 1]);
    }
}
