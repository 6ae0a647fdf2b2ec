package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Namespace;
import io.kubereach.text.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads Kubernetes manifests (files, folders searched recursively for {@code .yaml},
 * {@code .yml} and {@code .json}, kustomizations built by a real kustomize, text from a stream)
 * into a {@link ClusterSnapshot}, through the {@link ClusterConverter}. Pieces are read in path
 * order, so the same input always gives the same snapshot. See {@link ManifestWalk} for what a
 * folder holds.
 *
 * <p>Reading is tolerant by default: a file or object that cannot be read is skipped with a
 * warning that names it, says why and, where it can tell, hints at what it is (a Helm template, a
 * kustomize patch); the rest of the input is read. A skipped NetworkPolicy leaves the verdicts of
 * its namespace unknown (a {@link io.kubereach.model.SourceGap}), never allowed. {@link #strict()}
 * fails on the first such problem instead, with a {@link ManifestException} that names it. A
 * missing path is an error either way.
 *
 * <p>Kinds that are not read are named once each, with a count (see {@link UnreadKinds}). A file
 * that starts with a {@link SnapshotHeader} is a snapshot of a live cluster: its objects are added
 * as read from a cluster, and its gaps and warnings are restored.
 */
public final class ManifestSource {

    /** Costly to set up and safe to share: one for every source. */
    private static final RawTyping SERIALIZATION = new RawTyping();

    private final boolean strict;
    private final Optional<String> namespace;
    private final Supplier<Optional<KustomizeRenderer>> renderer;
    private final ParseAheadGate gate;

    /** A tolerant reader that builds kustomizations with the kustomize on this process's {@code PATH}. */
    public ManifestSource() {
        this(false, Optional.empty(), KustomizeRenderer::onSystemPath, ParseAheadGate.alwaysOpen());
    }

    private ManifestSource(boolean strict, Optional<String> namespace, Supplier<Optional<KustomizeRenderer>> renderer,
            ParseAheadGate gate) {
        this.strict = strict;
        this.namespace = namespace;
        this.renderer = renderer;
        this.gate = gate;
    }

    /** A reader that fails on the first file or object it cannot read. */
    public static ManifestSource strict() {
        return new ManifestSource().strict(true);
    }

    /** This reader, failing on the first problem when {@code strict}, skipping with a warning when not. */
    public ManifestSource strict(boolean failOnFirstProblem) {
        return new ManifestSource(failOnFirstProblem, namespace, renderer, gate);
    }

    /** This reader, putting objects that name no namespace into {@code name} instead of {@code default}, as {@code kubectl apply -n}. */
    public ManifestSource inNamespace(String name) {
        return new ManifestSource(strict, Optional.of(name).filter(n -> !n.isBlank() && !n.equals(Namespace.DEFAULT)), renderer, gate);
    }

    /** This reader, building kustomizations with the given renderer (none: they are skipped with a warning). */
    public ManifestSource withRenderer(Optional<KustomizeRenderer> kustomize) {
        return new ManifestSource(strict, namespace, () -> kustomize, gate);
    }

    /** This reader, parsing pieces ahead on the other cores only while {@code parseAhead} is open. */
    public ManifestSource withGate(ParseAheadGate parseAhead) {
        return new ManifestSource(strict, namespace, renderer, parseAhead);
    }

    /** The one fabric8 serialization every source shares (it is costly to set up and thread-safe). */
    public static KubernetesSerialization serialization() {
        return SERIALIZATION;
    }

    /** Reads the manifests under the given files and folders. */
    public ClusterSnapshot read(List<Path> paths) throws ManifestException {
        return readInputs(paths.stream().<ManifestInput>map(ManifestInput.Location::new).toList());
    }

    /** Reads the manifests under the given files and folders. */
    public ClusterSnapshot read(Path... paths) throws ManifestException {
        return read(List.of(paths));
    }

    /**
     * Reads the manifests of the given inputs. Pieces are parsed (and kustomizations built) in
     * parallel a few ahead ({@link PiecesAhead}) and converted one after another in order, so the
     * result and the first error reported do not depend on timing.
     */
    public ClusterSnapshot readInputs(List<ManifestInput> inputs) throws ManifestException {
        String source = inputs.stream().map(ManifestInput::label).collect(Collectors.joining(", "));
        List<ManifestWalk.Piece> pieces = new ManifestWalk(renderer.get()).pieces(inputs);
        ClusterConverter converter = ClusterConverter.forManifests(source);
        SkippedInput skipped = new SkippedInput(strict, converter);
        UnreadKinds unread = new UnreadKinds();
        try (PiecesAhead parsed = new PiecesAhead(pieces, namespace, gate)) {
            while (parsed.hasNext()) {
                add(converter, skipped, unread, parsed.next());
            }
        }
        unread.warnings().forEach(converter::warning);
        return converter.snapshot();
    }

    private static void add(ClusterConverter converter, SkippedInput skipped, UnreadKinds unread, ParsedPiece piece)
            throws ManifestException {
        if (piece.failure().isPresent()) {
            skipped.piece(piece);
            return;
        }
        piece.warnings().forEach(converter::warning);
        for (ManifestFile.BrokenDocument document : piece.broken()) {
            skipped.document(piece, document);
        }
        piece.unread().forEach(unread::add);
        piece.header().ifPresent(header -> {
            header.messages().forEach(converter::warning);
            header.gaps().forEach(converter::gap);
        });
        for (ParsedPiece.Item item : piece.items()) {
            add(converter, skipped, piece, item);
        }
    }

    private static void add(ClusterConverter converter, SkippedInput skipped, ParsedPiece piece, ParsedPiece.Item item)
            throws ManifestException {
        if (item.failure().isPresent()) {
            skipped.object(piece, item, item.failure().get());
            return;
        }
        try {
            if (piece.header().isPresent()) {
                converter.addFromCluster(item.object().orElseThrow(), piece.label());
            } else {
                converter.add(item.object().orElseThrow(), piece.label());
            }
        } catch (ManifestException e) {
            skipped.object(piece, item, e);
        }
    }

    /** A raw object as the fabric8 class {@code type}; fails naming the object when a field has the wrong shape. */
    static HasMetadata typed(ManifestFile.RawObject object, Class<? extends HasMetadata> type, String label) throws ManifestException {
        try {
            return SERIALIZATION.typed(object.fields(), type);
        } catch (RuntimeException e) {
            throw new ManifestException(Message.of("sourceError.notValid", label, object.describe(),
                    String.valueOf(object.apiVersion()), String.valueOf(object.kind()), TypeProblem.reason(e)), e);
        }
    }
}
