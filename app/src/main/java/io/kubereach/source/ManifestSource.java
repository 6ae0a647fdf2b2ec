package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubereach.model.ClusterSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Kubernetes manifests (files, or folders searched recursively for {@code .yaml},
 * {@code .yml} and {@code .json}) into a {@link ClusterSnapshot}, through the
 * {@link ClusterConverter}. Files are read in path order, so the same input always gives the
 * same snapshot.
 *
 * <p>What cannot be analysed is skipped with a warning in the snapshot (documents that are not
 * Kubernetes objects, AdminNetworkPolicies, Routes, …); what is wrong (a missing path, broken
 * YAML, an invalid object) fails with a {@link ManifestException} that names it.
 */
public final class ManifestSource {

    /** Costly to set up and safe to share: one for every source. */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Reads the manifests under the given files and folders. */
    public ClusterSnapshot read(List<Path> paths) throws ManifestException {
        String source = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        ClusterConverter converter = ClusterConverter.forManifests(source);
        for (Path file : files(paths)) {
            String label = file.toString();
            for (ManifestFile.RawObject object : ManifestFile.read(file, label, converter::warning)) {
                Optional<String> skipped = ManifestKinds.skipReason(object.apiVersion(), object.kind());
                if (skipped.isPresent()) {
                    converter.warning(label + ": " + object.describe() + ": " + skipped.get() + ": skipped");
                    continue;
                }
                Optional<Class<? extends HasMetadata>> type = ManifestKinds.readAs(object.apiVersion(), object.kind());
                if (type.isPresent()) {
                    converter.add(typed(object, type.get(), label), label);
                }
            }
        }
        return converter.snapshot();
    }

    /** Reads the manifests under the given files and folders. */
    public ClusterSnapshot read(Path... paths) throws ManifestException {
        return read(List.of(paths));
    }

    private HasMetadata typed(ManifestFile.RawObject object, Class<? extends HasMetadata> type, String label)
            throws ManifestException {
        try {
            return SERIALIZATION.convertValue(object.fields(), type);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ManifestException(label + ": " + object.describe() + ": not a valid " + object.apiVersion() + " "
                    + object.kind() + ": " + reason, e);
        }
    }

    /** Every manifest file under the paths, each folder's files in path order. */
    private static List<Path> files(List<Path> paths) throws ManifestException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ManifestException(path + ": no such file or folder");
            }
            if (!Files.isDirectory(path)) {
                files.add(path); // a file named explicitly is read whatever its extension
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(ManifestSource::isManifest)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new ManifestException(path + ": cannot be listed: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
