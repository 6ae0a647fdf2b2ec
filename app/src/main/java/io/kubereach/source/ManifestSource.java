package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.text.Message;
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
 *
 * <p>A file that starts with a {@link SnapshotHeader} is a snapshot of a live cluster: its
 * objects are added as read from a cluster, and its gaps and warnings are restored.
 */
public final class ManifestSource {

    /** Costly to set up and safe to share: one for every source. */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** The one fabric8 serialization every source shares (it is costly to set up and thread-safe). */
    public static KubernetesSerialization serialization() {
        return SERIALIZATION;
    }

    /**
     * Reads the manifests under the given files and folders. Files are parsed in parallel, then
     * converted one after another in path order, so the result and the first error reported do
     * not depend on timing.
     */
    public ClusterSnapshot read(List<Path> paths) throws ManifestException {
        String source = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        ClusterConverter converter = ClusterConverter.forManifests(source);
        List<ParsedFile> parsed = files(paths).parallelStream().map(ManifestSource::parse).toList();
        for (ParsedFile file : parsed) {
            if (file.failure() != null) {
                throw file.failure();
            }
            file.warnings().forEach(converter::warning);
            if (file.header().isPresent()) {
                file.header().get().messages().forEach(converter::warning);
                file.header().get().gaps().forEach(converter::gap);
                for (HasMetadata object : file.objects()) {
                    converter.addFromCluster(object, file.label());
                }
                continue;
            }
            for (HasMetadata object : file.objects()) {
                converter.add(object, file.label());
            }
        }
        return converter.snapshot();
    }

    /**
     * One file's typed objects and warnings, or the error that stopped it.
     *
     * @param label the file as named in messages
     * @param objects the objects KubeReach reads, in file order
     * @param warnings what was skipped, in file order
     * @param header the snapshot header, when the file is a KubeReach snapshot
     * @param failure the error, or null when the file was read
     */
    private record ParsedFile(String label, List<HasMetadata> objects, List<Message> warnings, Optional<SnapshotHeader> header,
            ManifestException failure) {
    }

    private static ParsedFile parse(Path file) {
        String label = file.toString();
        List<Message> warnings = new ArrayList<>();
        List<HasMetadata> objects = new ArrayList<>();
        Optional<SnapshotHeader> header = Optional.empty();
        try {
            for (ManifestFile.RawObject object : ManifestFile.read(file, label, warnings::add)) {
                if (SnapshotHeader.isHeader(object)) {
                    header = Optional.of(SnapshotHeader.read(object, label));
                    continue;
                }
                Optional<Message> skipped = ManifestKinds.skipReason(object.apiVersion(), object.kind());
                if (skipped.isPresent()) {
                    warnings.add(Message.of("sourceWarning.skippedObject", label, object.describe(), skipped.get()));
                    continue;
                }
                Optional<Class<? extends HasMetadata>> type = ManifestKinds.readAs(object);
                if (type.isPresent()) {
                    objects.add(typed(object, type.get(), label));
                }
            }
            return new ParsedFile(label, objects, warnings, header, null);
        } catch (ManifestException e) {
            return new ParsedFile(label, List.of(), List.of(), Optional.empty(), e);
        }
    }

    /** Reads the manifests under the given files and folders. */
    public ClusterSnapshot read(Path... paths) throws ManifestException {
        return read(List.of(paths));
    }

    static HasMetadata typed(ManifestFile.RawObject object, Class<? extends HasMetadata> type, String label)
            throws ManifestException {
        try {
            return SERIALIZATION.convertValue(object.fields(), type);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ManifestException(Message.of("sourceError.notValid", label, object.describe(),
                    String.valueOf(object.apiVersion()), String.valueOf(object.kind()), reason), e);
        }
    }

    /** Every manifest file under the paths, each folder's files in path order. */
    private static List<Path> files(List<Path> paths) throws ManifestException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ManifestException(Message.of("sourceError.noSuchPath", path.toString()));
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
                throw new ManifestException(Message.of("sourceError.unlistable", path.toString(), String.valueOf(e.getMessage())), e);
            }
        }
        return files;
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
