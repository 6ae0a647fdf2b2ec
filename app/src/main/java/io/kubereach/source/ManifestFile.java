package io.kubereach.source;

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
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * One YAML or JSON file read as the Kubernetes objects it holds: every document of a
 * multi-document YAML file, and the items of every {@code List} and {@code *List}, with the
 * {@code kind} and {@code apiVersion} they leave out taken from their list. Documents that are
 * not Kubernetes objects are skipped with a warning.
 */
final class ManifestFile {

    /** Files up to this size are read (the YAML reader's default is 3 MB). */
    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

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
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ManifestException(Message.of("sourceError.notUtf8", label), e);
        } catch (IOException e) {
            throw new ManifestException(Message.of("sourceError.unreadable", label, String.valueOf(e.getMessage())), e);
        }
        return readText(text, label, warnings);
    }

    /** The objects of a text in YAML or JSON; {@code label} names it in messages. */
    static List<RawObject> readText(String text, String label, Consumer<Message> warnings) throws ManifestException {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_CODE_POINTS).build();
        List<RawObject> objects = new ArrayList<>();
        int index = 0;
        try {
            for (Object document : new Load(settings).loadAllFromString(text)) {
                index++;
                if (document != null) { // an empty document, e.g. after a trailing ---
                    collect(document, Message.of("sourceWarning.document", label, String.valueOf(index)), Optional.empty(), objects, warnings);
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new ManifestException(syntaxError(e, label), e);
        } catch (YamlEngineException e) {
            throw new ManifestException(Message.of("sourceError.yaml", label, String.valueOf(e.getMessage())), e);
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

    private static Message syntaxError(MarkedYamlEngineException e, String label) {
        String problem = String.valueOf(e.getProblem());
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        return mark.isEmpty() ? Message.of("sourceError.yaml", label, problem)
                : Message.of("sourceError.yamlAt", label, String.valueOf(mark.get().getLine() + 1),
                        String.valueOf(mark.get().getColumn() + 1), problem);
    }
}
