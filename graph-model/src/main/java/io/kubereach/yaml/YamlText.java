package io.kubereach.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a document tree (maps, lists, strings, numbers, booleans) as block-style YAML, the way
 * {@code kubectl get -o yaml} lays it out: list items at the indentation of their key.
 *
 * <p>Strings are written plain only when every YAML reader reads them back as the same string,
 * under YAML 1.2 and the YAML 1.1 rules many Kubernetes tools still use ({@code on}, {@code no},
 * {@code 0755}, {@code 1e3}, {@code 12:30} are not strings there). Everything else is
 * double-quoted, so an IP address, a version or a pod-template-hash like {@code 5e7} stays a string.
 */
public final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*");
    private static final Set<String> RESERVED = Set.of(
            "y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlText() {
    }

    /** One document, ending with a line break; a map at the top as every manifest has. */
    public static String document(Map<String, ?> root) {
        StringBuilder out = new StringBuilder(1024);
        if (root.isEmpty()) {
            return "{}\n";
        }
        map(root, 0, false, out);
        return out.toString();
    }

    /** A scalar as YAML text: plain when that is unambiguous, double-quoted otherwise. */
    public static String scalar(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof String s) {
            return plainIsSafe(s) ? s : quoted(s);
        }
        throw new IllegalArgumentException("not a YAML scalar: " + value.getClass().getName());
    }

    private static boolean plainIsSafe(String s) {
        return PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The entries of a non-empty map; with {@code inline} the first entry continues a {@code "- "}. */
    private static void map(Map<String, ?> map, int indent, boolean inline, StringBuilder out) {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!(first && inline)) {
                indent(indent, out);
            }
            first = false;
            out.append(scalar(e.getKey())).append(':');
            value(e.getValue(), indent, out);
        }
    }

    /** The rest of a {@code key:} line and the lines under it. */
    private static void value(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            out.append('\n');
            map(keyed(m), indent + 2, false, out);
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            out.append('\n');
            list(l, indent, out);
        } else {
            out.append(' ').append(flowOrScalar(value)).append('\n');
        }
    }

    private static void list(List<?> list, int indent, StringBuilder out) {
        for (Object item : list) {
            indent(indent, out);
            if (item instanceof List<?> l && !l.isEmpty()) {
                out.append("-\n");
                list(l, indent + 2, out);
            } else if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                out.append("- ");
                map(keyed(m), indent + 2, true, out);
            } else {
                out.append("- ").append(flowOrScalar(item)).append('\n');
            }
        }
    }

    private static String flowOrScalar(Object value) {
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        return scalar(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> keyed(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("YAML map keys must be strings here, not " + key);
            }
        }
        return (Map<String, ?>) map;
    }

    private static void indent(int indent, StringBuilder out) {
        out.append(" ".repeat(indent));
    }
}
