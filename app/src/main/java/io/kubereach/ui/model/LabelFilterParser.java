package io.kubereach.ui.model;

import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a label filter as kubectl's {@code -l} reads one into a {@link LabelSelector}:
 * requirements separated by commas, each {@code key=value} (or {@code ==}), {@code key!=value},
 * {@code key in (a,b)}, {@code key notin (a,b)}, {@code key} (the key exists) or {@code !key}
 * (it does not). A blank filter selects everything.
 */
public final class LabelFilterParser {

    /** A label key: an optional DNS-subdomain prefix and a slash, then a name. */
    private static final Pattern KEY = Pattern.compile("([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    /** A label value, possibly empty. */
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
    private static final Pattern SET = Pattern.compile("(\\S+)\\s+(in|notin)\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE);

    private LabelFilterParser() {
    }

    /**
     * The selector a filter text means.
     *
     * @throws LabelFilterException naming the part that does not read
     */
    public static LabelSelector parse(String text) throws LabelFilterException {
        Map<String, String> exact = new LinkedHashMap<>();
        List<LabelRequirement> requirements = new ArrayList<>();
        for (String part : split(text)) {
            requirement(part.trim(), exact, requirements);
        }
        return new LabelSelector(exact, requirements);
    }

    /** The requirements, split at the commas outside parentheses. */
    private static List<String> split(String text) throws LabelFilterException {
        List<String> parts = new ArrayList<>();
        if (text.isBlank()) {
            return parts;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new LabelFilterException(LabelFilterException.Problem.UNBALANCED_PARENTHESES, text.trim());
                }
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw new LabelFilterException(LabelFilterException.Problem.UNBALANCED_PARENTHESES, text.trim());
        }
        parts.add(current.toString());
        return parts;
    }

    private static void requirement(String part, Map<String, String> exact, List<LabelRequirement> out) throws LabelFilterException {
        if (part.isEmpty()) {
            throw new LabelFilterException(LabelFilterException.Problem.EMPTY_REQUIREMENT, part);
        }
        Matcher set = SET.matcher(part);
        if (set.matches()) {
            String key = key(set.group(1));
            Set<String> values = new LinkedHashSet<>();
            for (String v : set.group(3).split(",", -1)) {
                values.add(value(v.trim()));
            }
            boolean in = set.group(2).equalsIgnoreCase("in");
            out.add(new LabelRequirement(key, in ? LabelRequirement.Operator.IN : LabelRequirement.Operator.NOT_IN, values));
            return;
        }
        int notEquals = part.indexOf("!=");
        if (notEquals >= 0) {
            out.add(new LabelRequirement(key(part.substring(0, notEquals).trim()), LabelRequirement.Operator.NOT_IN,
                    Set.of(value(part.substring(notEquals + 2).trim()))));
            return;
        }
        int equals = part.indexOf('=');
        if (equals >= 0) {
            String key = key(part.substring(0, equals).trim());
            String rest = part.substring(equals + 1);
            String value = value((rest.startsWith("=") ? rest.substring(1) : rest).trim());
            if (exact.containsKey(key) && !exact.get(key).equals(value)) {
                // two different values for one key: keep both as requirements, which nothing matches
                out.add(new LabelRequirement(key, LabelRequirement.Operator.IN, Set.of(value)));
            } else {
                exact.put(key, value);
            }
            return;
        }
        if (part.startsWith("!")) {
            out.add(new LabelRequirement(key(part.substring(1).trim()), LabelRequirement.Operator.DOES_NOT_EXIST, Set.of()));
            return;
        }
        out.add(new LabelRequirement(key(part), LabelRequirement.Operator.EXISTS, Set.of()));
    }

    private static String key(String text) throws LabelFilterException {
        if (!KEY.matcher(text).matches() || text.length() > 316) {
            throw new LabelFilterException(LabelFilterException.Problem.BAD_KEY, text);
        }
        return text;
    }

    private static String value(String text) throws LabelFilterException {
        if (!VALUE.matcher(text).matches() || text.length() > 63) {
            throw new LabelFilterException(LabelFilterException.Problem.BAD_VALUE, text);
        }
        return text;
    }
}
