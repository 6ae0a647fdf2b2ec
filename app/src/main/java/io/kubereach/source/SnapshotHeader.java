package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.kubereach.model.GapReason;
import io.kubereach.model.SourceGap;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first item of a KubeReach snapshot file: an ordinary ConfigMap named
 * {@code kubereach-snapshot}, marked by the annotation {@code kubereach.io/snapshot-format}, that
 * says which context was read, when, in which namespaces, and what could not be read. Being a
 * ConfigMap keeps the file a valid Kubernetes {@code List} that kubectl and other tools accept;
 * {@link ManifestSource} recognises it, treats the file's objects as read from a live cluster
 * (its pods are real, so workloads make no representative pods), and restores the gaps and
 * warnings, so that what was unknown stays unknown.
 *
 * @param context the kubeconfig context read
 * @param serverVersion the API server's version ({@code v1.31.2}), empty when unknown
 * @param taken when the objects were read, ISO-8601 UTC
 * @param namespaces the namespaces read; empty for all
 * @param gaps what could not be read
 * @param warnings what the load warned about, in English words
 * @param warningMessages the same warnings as messages, to be shown in any language; empty when
 *     only the words are known (files of earlier versions)
 */
public record SnapshotHeader(String context, String serverVersion, String taken, List<String> namespaces, List<SourceGap> gaps,
        List<String> warnings, List<Message> warningMessages) {

    /** The header's ConfigMap name. */
    public static final String NAME = "kubereach-snapshot";
    /** The annotation that marks the header; its value is the format version. */
    public static final String FORMAT_ANNOTATION = "kubereach.io/snapshot-format";
    /** The format written. */
    public static final String FORMAT = "1";
    /** The data key of the warnings as messages (optional: older files have only the words). */
    private static final String MESSAGES = "warning-messages";

    public SnapshotHeader {
        namespaces = List.copyOf(namespaces);
        gaps = List.copyOf(gaps);
        warnings = List.copyOf(warnings);
        warningMessages = List.copyOf(warningMessages);
        if (!warningMessages.isEmpty() && warningMessages.size() != warnings.size()) {
            throw new IllegalArgumentException("warning messages must match the warnings one to one");
        }
    }

    /** A header whose warnings are known as words only. */
    public SnapshotHeader(String context, String serverVersion, String taken, List<String> namespaces, List<SourceGap> gaps,
            List<String> warnings) {
        this(context, serverVersion, taken, namespaces, gaps, warnings, List.of());
    }

    /** The warnings as messages: the keyed ones when known, else the words shown as they are. */
    public List<Message> messages() {
        return warningMessages.isEmpty() ? warnings.stream().map(Message::verbatim).toList() : warningMessages;
    }

    /** The header as the ConfigMap written first in the file. */
    public ConfigMap toConfigMap() {
        List<Map<String, String>> gapFields = new ArrayList<>();
        for (SourceGap gap : gaps) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("kind", gap.kind());
            fields.put("namespace", gap.namespace());
            fields.put("reason", MessageText.english(gap.reason().message()));
            fields.put("cause", gap.reason().cause().name());
            if (!gap.reason().detail().isEmpty()) {
                fields.put("detail", gap.reason().detail());
            }
            gapFields.add(fields);
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("context", context);
        data.put("server-version", serverVersion);
        data.put("taken", taken);
        data.put("namespaces", String.join(",", namespaces));
        data.put("gaps", ManifestSource.serialization().asJson(gapFields));
        data.put("warnings", ManifestSource.serialization().asJson(warnings));
        if (!warningMessages.isEmpty()) {
            data.put(MESSAGES, ManifestSource.serialization().asJson(warningMessages.stream().map(MessageJson::encode).toList()));
        }
        return new ConfigMapBuilder()
                .withNewMetadata().withName(NAME).addToAnnotations(FORMAT_ANNOTATION, FORMAT)
                .addToLabels("app.kubernetes.io/managed-by", "kubereach").endMetadata()
                .withData(data)
                .build();
    }

    /** Whether a raw object read from a file is a snapshot header. */
    static boolean isHeader(ManifestFile.RawObject object) {
        return object.kind().equals("ConfigMap") && object.apiVersion().equals("v1")
                && object.fields().get("metadata") instanceof Map<?, ?> meta
                && NAME.equals(meta.get("name"))
                && meta.get("annotations") instanceof Map<?, ?> annotations
                && annotations.containsKey(FORMAT_ANNOTATION);
    }

    /** Reads a header found in a file; fails, naming the file, when it is damaged or of a newer format. */
    static SnapshotHeader read(ManifestFile.RawObject object, String label) throws ManifestException {
        Map<?, ?> annotations = (Map<?, ?>) ((Map<?, ?>) object.fields().get("metadata")).get("annotations");
        String format = String.valueOf(annotations.get(FORMAT_ANNOTATION));
        if (!FORMAT.equals(format)) {
            throw new ManifestException(Message.of("sourceError.snapshotFormat", label, format, FORMAT));
        }
        Map<?, ?> data = object.fields().get("data") instanceof Map<?, ?> d ? d : Map.of();
        try {
            List<SourceGap> gaps = new ArrayList<>();
            for (Object gap : list(data.get("gaps"))) {
                Map<?, ?> fields = (Map<?, ?>) gap;
                gaps.add(new SourceGap(text(fields.get("kind")), text(fields.get("namespace")), reason(fields)));
            }
            List<String> warnings = list(data.get("warnings")).stream().map(SnapshotHeader::text).toList();
            List<Message> messages = list(data.get(MESSAGES)).stream().map(MessageJson::decode).toList();
            String namespaces = text(data.get("namespaces"));
            return new SnapshotHeader(text(data.get("context")), text(data.get("server-version")), text(data.get("taken")),
                    namespaces.isEmpty() ? List.of() : List.of(namespaces.split(",")), gaps, warnings,
                    messages.size() == warnings.size() ? messages : List.of());
        } catch (RuntimeException e) {
            throw new ManifestException(Message.of("sourceError.snapshotDamaged", label, NAME), e);
        }
    }

    private static List<?> list(Object json) {
        if (json == null || json.toString().isBlank()) {
            return List.of();
        }
        return ManifestSource.serialization().unmarshal(json.toString(), List.class);
    }

    /**
     * A gap's reason as written: its cause and detail; a gap written without a cause (by an older
     * KubeReach) keeps its English words, shown as they are.
     */
    private static GapReason reason(Map<?, ?> fields) {
        String cause = text(fields.get("cause"));
        for (GapReason.Cause known : GapReason.Cause.values()) {
            if (known.name().equals(cause)) {
                return new GapReason(known, text(fields.get("detail")));
            }
        }
        return GapReason.recorded(text(fields.get("reason")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
