package io.kubereach.source;

import io.kubereach.text.Message;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API server's own checks of names, labels and port names (apimachinery's
 * {@code validation.IsDNS1123Subdomain}, {@code IsDNS1123Label}, {@code IsDNS1035Label},
 * {@code IsQualifiedName}, {@code IsValidLabelValue}, {@code IsValidPortName}). An object that
 * fails one could never be stored in a cluster, so it is refused as invalid, with the rule it
 * breaks; and a name that passes holds no character that a text, Markdown, Graphviz or SVG writer
 * would have to escape.
 */
final class ApiValidation {

    private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL = Pattern.compile(LABEL);
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private ApiValidation() {
    }

    /** What kind of name an object's {@code metadata.name} must be, by kind. */
    static Optional<Message> objectName(String kind, String name) {
        return switch (kind) {
            case "Namespace" -> dns1123Label(name);
            case "Service" -> dns1035Label(name);
            default -> dns1123Subdomain(name);
        };
    }

    /** A namespace's name: a DNS-1123 label. */
    static Optional<Message> dns1123Label(String name) {
        return name.length() <= 63 && DNS1123_LABEL.matcher(name).matches() ? Optional.empty() : Optional.of(Message.of("apiRule.label"));
    }

    /** Most objects' names: a DNS-1123 subdomain. */
    static Optional<Message> dns1123Subdomain(String name) {
        return name.length() <= 253 && DNS1123_SUBDOMAIN.matcher(name).matches() ? Optional.empty()
                : Optional.of(Message.of("apiRule.subdomain"));
    }

    /** A Service's name: a DNS-1035 label (it becomes a DNS name, so it starts with a letter). */
    static Optional<Message> dns1035Label(String name) {
        return name.length() <= 63 && DNS1035_LABEL.matcher(name).matches() ? Optional.empty() : Optional.of(Message.of("apiRule.dns1035"));
    }

    /** A label key: an optional DNS-1123 subdomain prefix and {@code /}, then a qualified name. */
    static Optional<Message> labelKey(String key) {
        int slash = key.lastIndexOf('/');
        String prefix = slash < 0 ? "" : key.substring(0, slash);
        String name = key.substring(slash + 1);
        boolean valid = (slash < 0 || (!prefix.isEmpty() && dns1123Subdomain(prefix).isEmpty()))
                && name.length() <= 63 && qualifiedName(name);
        return valid ? Optional.empty() : Optional.of(Message.of("apiRule.labelKey"));
    }

    /** A label value: empty, or a qualified name of at most 63 characters. */
    static Optional<Message> labelValue(String value) {
        return value.isEmpty() || (value.length() <= 63 && qualifiedName(value)) ? Optional.empty()
                : Optional.of(Message.of("apiRule.labelValue"));
    }

    /**
     * apimachinery's qualified name, {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}: letters and
     * digits at both ends, and dashes, underscores and dots between. Checked by hand, not by a
     * regular expression: every label of every object is checked (a matcher each, 10,000 pods).
     */
    static boolean qualifiedName(String name) {
        int last = name.length() - 1;
        if (last < 0 || !letterOrDigit(name.charAt(0)) || !letterOrDigit(name.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = name.charAt(i);
            if (!letterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A port's name (IANA_SVC_NAME): what a named port must be, so {@code "80"} is not one. */
    static Optional<Message> portName(String name) {
        boolean valid = name.length() <= 15 && PORT_NAME.matcher(name).matches() && !name.contains("--")
                && name.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        return valid ? Optional.empty() : Optional.of(Message.of("apiRule.portName"));
    }
}
