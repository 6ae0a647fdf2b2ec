package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubereach.source.ManifestSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields of an object that KubeReach reads, and nothing else: a copy of an object reduced to
 * them is what a live load keeps in memory, compares to tell a real change from a heartbeat, and
 * saves in a snapshot. Keeping only named fields (never dropping known-bad ones) is what keeps
 * secrets out: container environment values and command lines, the
 * {@code last-applied-configuration} annotation, managed fields.
 *
 * <p>The fields are written as a tree, {@code name} or {@code name{child,child}}, e.g.
 * {@code spec{nodeName,containers{name,image,ports}}}; a name without children keeps its whole
 * value, a name ending in {@code *} keeps every key that starts with what precedes it (for
 * annotations: {@code annotations{projectcalico.org/*}}), and a tree applies to every element of
 * a list. Every text kept is also scrubbed of the context's credentials (see {@link Secrets}).
 */
final class KeptFields {

    /** The annotation kubectl apply leaves, which holds a whole earlier object (secrets included). */
    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private final Map<String, KeptFields> children;

    private KeptFields(Map<String, KeptFields> children) {
        this.children = children;
    }

    /** Parses a field tree such as {@code kind,metadata{name,labels},spec}. */
    static KeptFields parse(String tree) {
        int[] at = {0};
        KeptFields fields = parse(tree, at);
        if (at[0] != tree.length()) {
            throw new IllegalArgumentException("unbalanced field tree at " + at[0] + ": " + tree);
        }
        return fields;
    }

    private static KeptFields parse(String tree, int[] at) {
        Map<String, KeptFields> children = new LinkedHashMap<>();
        while (at[0] < tree.length() && tree.charAt(at[0]) != '}') {
            int start = at[0];
            while (at[0] < tree.length() && ",{}".indexOf(tree.charAt(at[0])) < 0) {
                at[0]++;
            }
            String name = tree.substring(start, at[0]).trim();
            KeptFields child = null;
            if (at[0] < tree.length() && tree.charAt(at[0]) == '{') {
                at[0]++;
                child = parse(tree, at);
                at[0]++; // the closing brace
            }
            children.put(name, child);
            if (at[0] < tree.length() && tree.charAt(at[0]) == ',') {
                at[0]++;
            }
        }
        return new KeptFields(children);
    }

    /** A copy of the object with only these fields, every text in them passed through {@code scrub}. */
    <T extends HasMetadata> T keep(T object, UnaryOperator<String> scrub) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = ManifestSource.serialization().convertValue(object, Map.class);
        Map<String, Object> kept = keep(fields, scrub);
        if (kept.get("metadata") instanceof Map<?, ?> metadata && metadata.get("annotations") instanceof Map<?, ?> annotations) {
            annotations.remove(LAST_APPLIED);
        }
        @SuppressWarnings("unchecked")
        T copy = (T) ManifestSource.serialization().convertValue(kept, object.getClass());
        return copy;
    }

    private Map<String, Object> keep(Map<?, ?> fields, UnaryOperator<String> scrub) {
        Map<String, Object> out = new LinkedHashMap<>();
        children.forEach((name, child) -> {
            if (name.endsWith("*")) {
                String prefix = name.substring(0, name.length() - 1);
                fields.forEach((key, value) -> {
                    if (key instanceof String k && k.startsWith(prefix) && value != null) {
                        out.put(k, child == null ? scrubbed(value, scrub) : child.keepValue(value, scrub));
                    }
                });
                return;
            }
            Object value = fields.get(name);
            if (value != null) {
                out.put(name, child == null ? scrubbed(value, scrub) : child.keepValue(value, scrub));
            }
        });
        return out;
    }

    private Object keepValue(Object value, UnaryOperator<String> scrub) {
        if (value instanceof Map<?, ?> map) {
            return keep(map, scrub);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(element -> out.add(keepValue(element, scrub)));
            return out;
        }
        return scrubbed(value, scrub);
    }

    /** A whole value kept as it is, but for every text in it, scrubbed. */
    private static Object scrubbed(Object value, UnaryOperator<String> scrub) {
        if (value instanceof String text) {
            return scrub.apply(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, scrubbed(v, scrub)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(element -> out.add(scrubbed(element, scrub)));
            return out;
        }
        return value;
    }
}
