package io.kubereach.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One input of a {@link ManifestSource}: a file or folder, or a text that a stream gave (what
 * {@code helm template … | kubereach list -i -} pipes in).
 */
public sealed interface ManifestInput {

    /** What names this input in messages. */
    String label();

    /** The path that stands for standard input on a command line. */
    String STDIN = "-";

    /**
     * A file or folder.
     *
     * @param path the file or folder
     */
    record Location(Path path) implements ManifestInput {
        @Override
        public String label() {
            return path.toString();
        }
    }

    /**
     * Manifests as text, YAML or JSON.
     *
     * @param label what names it in messages ({@code stdin})
     * @param text the manifests
     */
    record Text(String label, String text) implements ManifestInput {
    }

    /**
     * The inputs that command-line paths name: {@code -} is standard input, read once through
     * {@code stdin} however often it is named; every other path is a file or folder.
     */
    static List<ManifestInput> of(List<Path> paths, Supplier<String> stdin) {
        List<ManifestInput> out = new ArrayList<>();
        boolean stdinRead = false;
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                if (!stdinRead) {
                    out.add(new Text("stdin", stdin.get()));
                    stdinRead = true;
                }
            } else {
                out.add(new Location(path));
            }
        }
        return out;
    }
}
