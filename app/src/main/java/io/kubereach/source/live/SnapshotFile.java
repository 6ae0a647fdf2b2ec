package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubereach.files.AtomicFile;
import io.kubereach.source.ManifestSource;
import io.kubereach.source.SnapshotHeader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what a load read as one JSON file: a Kubernetes {@code v1 List} whose first item is the
 * {@link SnapshotHeader} ConfigMap (context, time, namespaces, gaps, warnings) and whose other
 * items are the objects read, reduced to the fields KubeReach reads (so no credential, no
 * environment value, no {@code last-applied-configuration} is ever saved). One item per line,
 * so that two snapshots diff well. {@code --input FILE} reads it back through
 * {@link ManifestSource} into the same model.
 */
public final class SnapshotFile {

    private SnapshotFile() {
    }

    /**
     * Writes the snapshot (creating its folder if needed), replacing the file only once it is
     * complete; nothing is left behind when writing fails or is interrupted (see {@link AtomicFile}).
     */
    public static void write(ClusterObjects objects, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(file)) {
            Files.createDirectories(folder);
        }
        AtomicFile.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{},\"items\":[\n");
            out.write(json(objects.header().toConfigMap()));
            for (HasMetadata object : objects.objects()) {
                out.write(",\n");
                out.write(json(object));
            }
            out.write("\n]}\n");
            out.flush();
        });
    }

    private static String json(HasMetadata object) {
        return ManifestSource.serialization().asJson(object);
    }
}
