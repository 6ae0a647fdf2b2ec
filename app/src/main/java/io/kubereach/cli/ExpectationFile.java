package io.kubereach.cli;

import io.kubereach.query.Expectation;
import io.kubereach.query.Outcome;
import io.kubereach.query.PortQuery;
import io.kubereach.query.QueryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A file of expected reachability for {@code kubereach test}: a YAML list of entries (or a map
 * whose {@code expectations} is that list), each with {@code from}, {@code to}, {@code port} and
 * {@code expect} ({@code allowed}, {@code denied}, {@code partial} or {@code unknown}) and an
 * optional {@code name}:
 *
 * <pre>
 * expectations:
 *   - name: the frontend reaches the cart
 *     from: shop/frontend
 *     to: svc:shop/cartservice
 *     port: 7070
 *     expect: allowed
 * </pre>
 *
 * An entry that cannot be read is kept with its problem, so that the others still run; a file
 * that is not such a list at all is an error.
 */
final class ExpectationFile {

    private static final Set<String> FIELDS = Set.of("name", "from", "to", "port", "expect");

    /**
     * One entry of the file.
     *
     * @param name its name, or the question when it has none, or its place when it cannot be read
     * @param where the file and entry, for messages
     * @param expectation the expectation, when the entry could be read
     * @param problem why it could not be read, empty when it could
     */
    record Entry(String name, String where, Optional<Expectation> expectation, String problem) {
    }

    private ExpectationFile() {
    }

    /** The entries of a file, in order; fails (one line naming the file) when it is no list of expectations. */
    static List<Entry> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw UserError.of("cli.test.missing", file);
        } catch (IOException e) {
            throw UserError.causedBy(e, "cli.test.unreadable", file, e.getMessage());
        }
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw UserError.causedBy(e, "cli.test.notYaml", file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (document instanceof Map<?, ?> map && map.containsKey("expectations")) {
            document = map.get("expectations");
        }
        if (!(document instanceof List<?> entries)) {
            throw UserError.of("cli.test.notAList", file);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(entry(entries.get(i), file + " expectation " + (i + 1)));
        }
        return out;
    }

    private static Entry entry(Object data, String where) {
        if (!(data instanceof Map<?, ?> map)) {
            return new Entry(where, where, Optional.empty(), "not a map of from, to, port and expect");
        }
        String name = text(map.get("name"));
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                return new Entry(name.isEmpty() ? where : name, where, Optional.empty(),
                        "unknown field '" + key + "' (an expectation has name, from, to, port and expect)");
            }
        }
        List<String> missing = List.of("from", "to", "port", "expect").stream().filter(f -> text(map.get(f)).isEmpty()).toList();
        if (!missing.isEmpty()) {
            return new Entry(name.isEmpty() ? where : name, where, Optional.empty(), "missing " + String.join(", ", missing));
        }
        String expect = text(map.get("expect"));
        Optional<Outcome> outcome = Outcome.parse(expect);
        if (outcome.isEmpty()) {
            return new Entry(name.isEmpty() ? where : name, where, Optional.empty(),
                    "expect must be allowed, denied, partial or unknown, not '" + expect + "'");
        }
        PortQuery port;
        try {
            port = PortQuery.parse(text(map.get("port")));
        } catch (QueryException e) {
            return new Entry(name.isEmpty() ? where : name, where, Optional.empty(), e.getMessage());
        }
        Expectation expectation = new Expectation("", text(map.get("from")), text(map.get("to")), port, outcome.get(), where);
        String shown = name.isEmpty() ? expectation.question() + " " + expect : name;
        return new Entry(shown, where, Optional.of(new Expectation(shown, expectation.from(), expectation.to(), port, outcome.get(), where)), "");
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).trim();
    }
}
