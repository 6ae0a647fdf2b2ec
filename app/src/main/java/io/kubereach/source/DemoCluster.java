package io.kubereach.source;

import io.kubereach.model.ClusterSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in demo cluster: the manifests of {@code resources/demo/}, packaged in the jar under
 * {@code io/kubereach/resources/demo/} and listed in its {@code index.txt}.
 */
public final class DemoCluster {

    private static final String FOLDER = "/io/kubereach/resources/demo/";

    private DemoCluster() {
    }

    /** The demo cluster as a snapshot whose source reads "demo". */
    public static ClusterSnapshot snapshot() throws ManifestException {
        Path folder = extract();
        try {
            return ManifestSource.strict().read(List.of(folder)).withSource("demo");
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Copies the demo manifests into a new temporary folder and returns it. */
    public static Path extract() {
        try {
            Path folder = Files.createTempDirectory("kubereach-demo");
            for (String name : index()) {
                try (InputStream in = DemoCluster.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the demo index names " + name + " but the jar lacks it");
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo cluster: " + e.getMessage(), e);
        }
    }

    private static List<String> index() throws IOException {
        try (InputStream in = DemoCluster.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the demo cluster is missing from this build (no " + FOLDER + "index.txt)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
