package io.kubereach.source;

import io.kubereach.model.ClusterSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh temporary {@link ManifestFolder} for each test, deleted after it: the setup of tests
 * that read one manifest file written as a YAML string. Register it as a field:
 * {@code @RegisterExtension final TemporaryManifests manifests = new TemporaryManifests("policies.yaml");}
 */
final class TemporaryManifests implements BeforeEachCallback, AfterEachCallback {

    private final String fileName;
    private Path root;

    /** @param fileName the name the YAML of {@link #read(String)} is written under */
    TemporaryManifests(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("kubereach-manifests");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Writes the YAML to the file and reads the whole folder. */
    ClusterSnapshot read(String yaml) throws ManifestException {
        return folder().read(fileName, yaml);
    }

    /** Where this test's files are. */
    Path root() {
        return root;
    }

    /** The folder of this test. */
    ManifestFolder folder() {
        return new ManifestFolder(root);
    }
}
