package io.kubereach.source;

import io.kubereach.files.FileProblem;
import io.kubereach.text.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One YAML or JSON file read as the Kubernetes objects it holds: every document of a
 * multi-document YAML file, and the items of every {@code List} and {@code *List}, with the
 * {@code kind} and {@code apiVersion} they leave out taken from their list. Documents that are
 * not Kubernetes objects are skipped with a warning.
 */
final class ManifestFile {

    /** The largest file read, in bytes: as large as one document may be (see {@link YamlReader}). */
    static final long MAX_FILE_BYTES = YamlReader.MAX_DOCUMENT;

    /**
     * One Kubernetes object as generic YAML data, its kind and apiVersion present.
     *
     * @param apiVersion its apiVersion
     * @param kind its kind
     * @param fields the whole object, as read
     */
    record RawObject(String apiVersion, String kind, Map<String, Object> fields) {

        /** A text field of the object's metadata ({@code name}, {@code namespace}), empty when absent. */
        String metadata(String field) {
            return fields.get("metadata") instanceof Map<?, ?> meta && meta.get(field) instanceof String value ? value : "";
        }

        /** {@code Kind namespace/name} as far as the object says, for messages. */
        String describe() {
            Object metadata = fields.get("metadata");
            if (!(metadata instanceof Map<?, ?> meta)) {
                return kind;
            }
            Object namespace = meta.get("namespace");
            Object name = meta.get("name");
            return kind + " " + (namespace == null ? "" : namespace + "/") + (name == null ? "(no name)" : name);
        }
    }

    private ManifestFile() {
    }

    /** The objects of a file; {@code label} names the file in messages. */
    static List<RawObject> read(Path file, String label, Consumer<Message> warnings) throws ManifestException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ManifestException(Message.of("sourceError.tooLarge", label, size >> 20, MAX_FILE_BYTES >> 20));
            }
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ManifestException(Message.of("sourceError.notUtf8", label), e);
        } catch (IOException e) {
            throw new ManifestException(Message.of("sourceError.unreadable", label, FileProblem.reason(e)), e);
        }
        List<RawObject> objects = new ArrayList<>();
        int index = 0;
        try {
            for (Object document : YamlReader.loadAll(text, label)) {
                index++;
                if (document != null) { // an empty document, e.g. after a trailing ---
                    collect(document, Message.of("sourceWarning.document", label, String.valueOf(index)), Optional.empty(), objects, warnings);
                }
            }
        } catch (YamlReader.Problem e) {
            throw new ManifestException(problem(e, label), e);
        }
        return objects;
    }

    /**
     * Adds an object, or the items of a list, to {@code objects}.
     *
     * @param list the list this is an item of; empty for a document
     */
    private static void collect(Object data, Message where, Optional<ListContext> list, List<RawObject> objects,
            Consumer<Message> warnings) {
        if (!(data instanceof Map<?, ?> map)) {
            warnings.accept(Message.of("sourceWarning.notObject", where));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        list.ifPresent(context -> context.fillIn(fields));
        if (!(fields.get("kind") instanceof String kind) || kind.isBlank()
                || !(fields.get("apiVersion") instanceof String apiVersion) || apiVersion.isBlank()) {
            warnings.accept(Message.of("sourceWarning.noKind", where));
            return;
        }
        if (kind.endsWith("List") && fields.containsKey("items")) {
            Object itemsField = fields.get("items");
            List<?> items = itemsField == null ? List.of() : itemsField instanceof List<?> l ? l : null;
            if (items == null) {
                warnings.accept(Message.of("sourceWarning.itemsNotList", where, kind));
                return;
            }
            Optional<ListContext> context = Optional.of(new ListContext(apiVersion, kind));
            for (int i = 0; i < items.size(); i++) {
                collect(items.get(i), Message.of("sourceWarning.listItem", where, kind, String.valueOf(i + 1)), context, objects, warnings);
            }
            return;
        }
        objects.add(new RawObject(apiVersion, kind, fields));
    }

    /**
     * What a typed list ({@code PodList}, {@code NetworkPolicyList}, …) lends items that leave
     * them out: its item kind and its apiVersion. A plain {@code List} lends nothing, since its
     * items may be of any kind and group.
     */
    private record ListContext(String apiVersion, String listKind) {

        void fillIn(Map<String, Object> item) {
            if (listKind.equals("List")) {
                return;
            }
            item.putIfAbsent("kind", listKind.substring(0, listKind.length() - "List".length()));
            item.putIfAbsent("apiVersion", apiVersion);
        }
    }

    /** Broken YAML or a limit passed, with the file and the place. */
    private static Message problem(YamlReader.Problem e, String label) {
        if (e.line().isEmpty()) {
            return Message.of(e.isLimit() ? "sourceError.limit" : "sourceError.yaml", label, e.what());
        }
        String line = String.valueOf(e.line().get());
        String column = String.valueOf(e.column().orElse(1));
        return Message.of(e.isLimit() ? "sourceError.limitAt" : "sourceError.yamlAt", label, line, column, e.what());
    }
}
