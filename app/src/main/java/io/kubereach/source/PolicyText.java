package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A policy typed as YAML (in the what-if editor) read through the same reader and
 * {@link ClusterConverter} as every manifest, so it is judged exactly as a file holding it
 * would be. The text must hold one object of a policy kind the engine reads.
 */
public final class PolicyText {

    /**
     * What is wrong with a text, and where when the reader can tell.
     *
     * @param line the 1-based line, empty when the problem is the object as a whole
     * @param column the 1-based column, 0 when unknown
     * @param message what is wrong, in the reader's language
     */
    public record Problem(OptionalInt line, int column, Message message) {
    }

    /** The outcome of reading a text: the snapshot holding the one policy, or the problem. */
    public sealed interface Outcome {
    }

    /**
     * A text read: a snapshot holding exactly its policy and nothing else.
     *
     * @param policy the snapshot
     */
    public record Read(ClusterSnapshot policy) implements Outcome {
    }

    /**
     * A text that is not one policy.
     *
     * @param problem what is wrong
     */
    public record Invalid(Problem problem) implements Outcome {
    }

    private PolicyText() {
    }

    /**
     * Reads a text.
     *
     * @param text the YAML (or JSON)
     * @param label names the text in messages (the policy edited)
     */
    public static Outcome read(String text, String label) {
        List<Message> warnings = new ArrayList<>();
        try {
            List<ManifestFile.BrokenDocument> broken = new ArrayList<>();
            List<ManifestFile.RawObject> objects = ManifestFile.read(text, label, warnings::add, broken::add);
            if (!broken.isEmpty()) {
                throw broken.get(0).failure();
            }
            if (objects.size() != 1) {
                return invalid(warnings.isEmpty() ? Message.of("whatIf.error.onePolicy", label) : warnings.get(0));
            }
            ManifestFile.RawObject object = objects.get(0);
            Optional<Class<? extends HasMetadata>> type = ManifestKinds.readAs(object);
            if (type.isEmpty() || !isPolicyKind(object)) {
                return invalid(Message.of("whatIf.error.notPolicy", label, object.apiVersion(), object.kind()));
            }
            ClusterConverter converter = ClusterConverter.forManifests(label);
            converter.add(ManifestSource.typed(object, type.get(), label), label);
            return new Read(converter.snapshot());
        } catch (RuntimeException e) {
            // a half-typed object no converter path expected: refused with its words, never a stack trace
            return invalid(Message.of("whatIf.error.unreadable", label, String.valueOf(e.getMessage())));
        } catch (ManifestException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof MarkedYamlEngineException)) {
                cause = cause.getCause();
            }
            if (cause instanceof MarkedYamlEngineException marked) {
                Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
                if (mark.isPresent()) {
                    return new Invalid(new Problem(OptionalInt.of(mark.get().getLine() + 1), mark.get().getColumn() + 1, e.reason()));
                }
            }
            return new Invalid(new Problem(lineOf(e.reason(), text, label), 0, e.reason()));
        }
    }

    /**
     * The line of the text that holds a value the message quotes (a CIDR, a port, a protocol, a
     * label), when exactly one line holds it: where the converter's complaint points in the text.
     */
    static OptionalInt lineOf(Message message, String text, String label) {
        List<String> quoted = new ArrayList<>();
        collect(message, quoted);
        quoted.removeIf(q -> q.isBlank() || q.equals(label) || q.length() < 2);
        String[] lines = text.split("\n", -1);
        for (String value : quoted) {
            int found = -1;
            int count = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(value)) {
                    found = i;
                    count++;
                }
            }
            if (count == 1) {
                return OptionalInt.of(found + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static void collect(Message message, List<String> out) {
        if (message instanceof Message.Verbatim v) {
            out.add(v.text());
        } else if (message instanceof Message.Keyed k) {
            k.args().forEach(a -> collect(a, out));
        } else if (message instanceof Message.Series s) {
            s.items().forEach(a -> collect(a, out));
        }
    }

    private static boolean isPolicyKind(ManifestFile.RawObject object) {
        return object.kind().equals("NetworkPolicy") && java.util.Set.of("networking.k8s.io", "extensions").contains(ManifestKinds.group(object.apiVersion()))
                || AdminPolicyConverter.kindOf(object.apiVersion(), object.kind()).isPresent()
                || CniPolicyKinds.of(object.apiVersion(), object.kind())
                        .filter(k -> k.evaluated() && k != CniPolicyKinds.CALICO_TIER).isPresent();
    }

    private static Invalid invalid(Message message) {
        return new Invalid(new Problem(OptionalInt.empty(), 0, message));
    }
}
