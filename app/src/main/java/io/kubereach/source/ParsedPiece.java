package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One piece of a manifest source read into objects, before they are converted: the typed objects
 * (or why each could not be typed), the warnings, the kinds it holds that are not read, and the
 * snapshot header when it is a snapshot file, the documents that could not be parsed while the
 * others could; or why the whole piece could not be read.
 *
 * @param piece what was read
 * @param items its objects, in order
 * @param warnings what was skipped inside it, in order
 * @param unread the objects of kinds that are not read
 * @param header the snapshot header, when it is a KubeReach snapshot
 * @param broken the documents that could not be parsed, in order
 * @param failure why the whole piece could not be read, if it could not
 * @param text its text, when it was read (for hints about what it is)
 */
record ParsedPiece(ManifestWalk.Piece piece, List<Item> items, List<Message> warnings, List<UnreadKinds.Seen> unread,
        Optional<SnapshotHeader> header, List<ManifestFile.BrokenDocument> broken, Optional<ManifestException> failure,
        Optional<String> text) {

    /** The kinds without a namespace among those read. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node");

    /**
     * One object of the piece.
     *
     * @param raw the object as generic data
     * @param object the object as its fabric8 class, when it could be typed
     * @param failure why it could not be typed, when it could not
     */
    record Item(ManifestFile.RawObject raw, Optional<HasMetadata> object, Optional<ManifestException> failure) {
    }

    /** What names the piece in messages. */
    String label() {
        return piece.label();
    }

    /**
     * Reads one piece; {@code namespace} is the namespace for objects that name none, empty for
     * {@code default}. Never throws: what fails is recorded.
     */
    static ParsedPiece parse(ManifestWalk.Piece piece, Optional<String> namespace) {
        if (piece instanceof ManifestWalk.LeftOut left) {
            return failed(piece, new ManifestException(left.why()), Optional.empty());
        }
        Optional<String> text = Optional.empty();
        try {
            text = Optional.of(text(piece));
            return read(piece, text.get(), namespace);
        } catch (ManifestException e) {
            return failed(piece, e, text);
        }
    }

    private static ParsedPiece failed(ManifestWalk.Piece piece, ManifestException failure, Optional<String> text) {
        return new ParsedPiece(piece, List.of(), List.of(), List.of(), Optional.empty(), List.of(), Optional.of(failure), text);
    }

    private static String text(ManifestWalk.Piece piece) throws ManifestException {
        if (piece instanceof ManifestWalk.TextPiece t) {
            return t.text();
        }
        if (piece instanceof ManifestWalk.Kustomization k) {
            return k.renderer().build(k.folder());
        }
        return ManifestFile.text(((ManifestWalk.ManifestFilePiece) piece).file(), piece.label());
    }

    private static ParsedPiece read(ManifestWalk.Piece piece, String text, Optional<String> namespace) throws ManifestException {
        String label = piece.label();
        List<Message> warnings = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<UnreadKinds.Seen> unread = new ArrayList<>();
        Optional<SnapshotHeader> header = Optional.empty();
        List<ManifestFile.BrokenDocument> broken = new ArrayList<>();
        for (ManifestFile.RawObject object : ManifestFile.read(text, label, warnings::add, broken::add)) {
            if (SnapshotHeader.isHeader(object)) {
                header = Optional.of(SnapshotHeader.read(object, label));
                continue;
            }
            Optional<Message> notAnalysed = ManifestKinds.skipReason(object.apiVersion(), object.kind());
            Optional<Class<? extends HasMetadata>> type = notAnalysed.isPresent() ? Optional.empty() : ManifestKinds.readAs(object);
            if (type.isEmpty()) {
                unread.add(new UnreadKinds.Seen(object.apiVersion(), object.kind(), label + ": " + object.describe(), notAnalysed));
                continue;
            }
            namespace.filter(ns -> !CLUSTER_SCOPED.contains(object.kind())).ifPresent(ns -> fillNamespace(object, ns));
            Optional<String> served = ManifestKinds.unservedVersion(object.apiVersion(), object.kind());
            if (served.isPresent()) {
                items.add(new Item(object, Optional.empty(), Optional.of(new ManifestException(Message.of("sourceError.unknownVersion",
                        label, object.describe(), object.apiVersion(), object.kind(), served.get())))));
                continue;
            }
            try {
                items.add(new Item(object, Optional.of(ManifestSource.typed(object, type.get(), label)), Optional.empty()));
            } catch (ManifestException e) {
                items.add(new Item(object, Optional.empty(), Optional.of(e)));
            }
        }
        return new ParsedPiece(piece, items, warnings, unread, header, broken, Optional.empty(), Optional.of(text));
    }

    /** Puts an object that names no namespace into {@code namespace}, as {@code kubectl apply -n} does. */
    @SuppressWarnings("unchecked")
    private static void fillNamespace(ManifestFile.RawObject object, String namespace) {
        if (object.fields().get("metadata") instanceof Map<?, ?> meta && !(meta.get("namespace") instanceof String given && !given.isBlank())) {
            ((Map<String, Object>) meta).put("namespace", namespace);
        }
    }

    /** Whether a file's text is still a template: Helm's (or Go's) {@code {{ }}} in it. */
    static boolean looksLikeTemplate(String text) {
        return text.contains("{{") && text.contains("}}");
    }
}
