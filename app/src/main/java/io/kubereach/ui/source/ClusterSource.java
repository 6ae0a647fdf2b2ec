package io.kubereach.ui.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the window reads a cluster from: the built-in demo, manifest files or folders, a
 * snapshot file, or a live cluster through a kubeconfig context. A value, remembered between
 * runs as one line of text ({@link #encode()}, {@link #decode(String)}).
 */
public sealed interface ClusterSource {

    /** The source as one line, for the preferences. */
    String encode();

    /** Whether the source can be watched for changes. */
    default boolean isLive() {
        return false;
    }

    /** The built-in demo cluster. */
    record Demo() implements ClusterSource {
        @Override
        public String encode() {
            return "demo";
        }
    }

    /**
     * Manifest files or folders (YAML or JSON, folders read recursively).
     *
     * @param paths the files and folders
     */
    record Manifests(List<Path> paths) implements ClusterSource {
        public Manifests {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("manifests need at least one file or folder");
            }
        }

        @Override
        public String encode() {
            return "manifests\t" + String.join("\t", paths.stream().map(Path::toString).toList());
        }
    }

    /**
     * A snapshot file written by {@code kubereach snapshot} (the objects of a cluster as YAML).
     *
     * @param file the file
     */
    record Snapshot(Path file) implements ClusterSource {
        @Override
        public String encode() {
            return "snapshot\t" + file;
        }
    }

    /**
     * A live cluster: a context of a kubeconfig.
     *
     * @param kubeconfig the kubeconfig file; empty for kubectl's lookup ({@code KUBECONFIG}, then {@code ~/.kube/config})
     * @param context the context's name
     */
    record Kubeconfig(Optional<Path> kubeconfig, String context) implements ClusterSource {
        @Override
        public String encode() {
            return "kubeconfig\t" + kubeconfig.map(Path::toString).orElse("") + "\t" + context;
        }

        @Override
        public boolean isLive() {
            return true;
        }
    }

    /** Reads a line written by {@link #encode()}; empty when it is no source. */
    static Optional<ClusterSource> decode(String line) {
        String[] parts = line.split("\t", -1);
        try {
            switch (parts[0]) {
                case "demo":
                    return Optional.of(new Demo());
                case "manifests": {
                    List<Path> paths = new ArrayList<>();
                    for (int i = 1; i < parts.length; i++) {
                        if (!parts[i].isEmpty()) {
                            paths.add(Path.of(parts[i]));
                        }
                    }
                    return paths.isEmpty() ? Optional.empty() : Optional.of(new Manifests(paths));
                }
                case "snapshot":
                    return parts.length == 2 && !parts[1].isEmpty() ? Optional.of(new Snapshot(Path.of(parts[1]))) : Optional.empty();
                case "kubeconfig":
                    return parts.length == 3 && !parts[2].isEmpty()
                            ? Optional.of(new Kubeconfig(parts[1].isEmpty() ? Optional.empty() : Optional.of(Path.of(parts[1])), parts[2]))
                            : Optional.empty();
                default:
                    return Optional.empty();
            }
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
