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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

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

    /** The text of a file, which must be UTF-8; {@code label} names the file in messages. */
    static String text(Path file, String label) throws ManifestException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ManifestException(Message.of("sourceError.tooLarge", label, size >> 20, MAX_FILE_BYTES >> 20));
            }
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ManifestException(Message.of("sourceError.notUtf8", label), e);
        } catch (IOException e) {
            throw new ManifestException(Message.of("sourceError.unreadable", label, FileProblem.reason(e)), e);
        }
    }

    /**
     * A document of a multi-document text that could not be read, while the others could.
     *
     * @param failure why, naming the text and the line (counted in the whole text)
     * @param text the document's text, for hints about what it is
     */
    record BrokenDocument(ManifestException failure, String text) {
    }

    /**
     * The objects of a text (a stream, a renderer's output); {@code label} names it in messages.
     * When one document of several cannot be parsed, the others are still read and that one goes
     * to {@code broken}; a text that is one broken document fails as a whole.
     */
    static List<RawObject> read(String text, String label, Consumer<Message> warnings, Consumer<BrokenDocument> broken)
            throws ManifestException {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setCodePointLimit(YamlReader.MAX_DOCUMENT).build();
        List<Object> documents;
        try {
            documents = documents(text, label, settings);
        } catch (ManifestException whole) {
            List<String> parts = DocumentSplit.parts(text);
            if (parts.size() < 2) {
                throw whole;
            }
            documents = new ArrayList<>();
            for (String part : parts) {
                try {
                    List<Object> one = documents(part, label, settings);
                    documents.add(one.isEmpty() ? null : one.get(0));
                } catch (ManifestException e) {
                    broken.accept(new BrokenDocument(e, part.strip()));
                    documents.add(null);
                }
            }
        }
        List<RawObject> objects = new ArrayList<>();
        int index = 0;
        for (Object document : documents) {
            index++;
            if (document != null) { // an empty document, e.g. after a trailing ---
                collect(document, Message.of("sourceWarning.document", label, String.valueOf(index)), Optional.empty(), objects, warnings);
            }
        }
        return objects;
    }

    /**
     * Every document of a text, within {@link YamlReader}'s limits; a tab that starts a line inside
     * a flow collection reads as a space, as in Go.
     */
    private static List<Object> documents(String text, String label, LoadSettings settings) throws ManifestException {
        String current = text;
        while (true) {
            try {
                return YamlReader.loadAll(current, label);
            } catch (YamlReader.Problem e) {
                Optional<String> untabbed = !e.isLimit() && e.getCause() instanceof MarkedYamlEngineException marked
                        ? FlowTabs.untabbed(current, marked, settings) : Optional.empty();
                if (untabbed.isEmpty()) {
                    throw new ManifestException(problem(e, label), e);
                }
                current = untabbed.get();
            }
        }
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
