package io.kubereach.source;

import io.kubereach.model.ClusterSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder of manifest files written by a test, and read back through {@link ManifestSource}. */
final class ManifestFolder {

    private final Path root;

    ManifestFolder(Path root) {
        this.root = root;
    }

    /** Writes a file (creating sub-folders) and returns its path. */
    Path write(String name, String text) {
        Path file = root.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes one file and reads the whole folder. */
    ClusterSnapshot read(String name, String text) throws ManifestException {
        write(name, text);
        return read();
    }

    /** Reads the whole folder, skipping what cannot be read with a warning. */
    ClusterSnapshot read() throws ManifestException {
        return new ManifestSource().read(root);
    }

    /** Writes one file and reads the whole folder, failing on the first file or object that cannot be read. */
    ClusterSnapshot readStrictly(String name, String text) throws ManifestException {
        write(name, text);
        return readStrictly();
    }

    /** Reads the whole folder, failing on the first file or object that cannot be read. */
    ClusterSnapshot readStrictly() throws ManifestException {
        return ManifestSource.strict().read(root);
    }

    Path root() {
        return root;
    }
}
