package io.kubereach.ui.model;

import io.kubereach.model.PortProtocol;
import io.kubereach.query.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The question bar: FROM, TO and PORT/PROTO as typed, completion from the cluster's names, and
 * asking, which goes through the selection's one entry point
 * ({@link SelectionViewModel#showAnswer(Question)}) so the answer shows in the details at once.
 */
public final class QuestionViewModel {

    /** At most this many completions are offered. */
    public static final int SUGGESTIONS = 12;

    private final WorkspaceViewModel workspace;
    private final SelectionViewModel selection;
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Analysis indexed;
    private List<String> names = List.of();

    public QuestionViewModel(WorkspaceViewModel workspace, SelectionViewModel selection) {
        this.workspace = workspace;
        this.selection = selection;
        from.addListener((obs, old, now) -> problem.set(""));
        to.addListener((obs, old, now) -> problem.set(""));
        port.addListener((obs, old, now) -> problem.set(""));
    }

    /**
     * Names of the open cluster that complete what is typed: those starting with it first, then
     * those containing it, at most {@link #SUGGESTIONS}; nothing for an address.
     */
    public List<String> suggestions(String typed) {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || Character.isDigit(t.charAt(0))) {
            return List.of();
        }
        List<String> all = names();
        List<String> out = new ArrayList<>();
        for (String n : all) {
            if (n.toLowerCase(Locale.ROOT).startsWith(t) || n.toLowerCase(Locale.ROOT).startsWith("svc:" + t)) {
                out.add(n);
                if (out.size() == SUGGESTIONS) {
                    return out;
                }
            }
        }
        for (String n : all) {
            if (!out.contains(n) && n.toLowerCase(Locale.ROOT).contains(t)) {
                out.add(n);
                if (out.size() == SUGGESTIONS) {
                    break;
                }
            }
        }
        return out;
    }

    /** Every name the open cluster answers to, worked out once per opened cluster. */
    private List<String> names() {
        Analysis now = workspace.analysisProperty().get();
        if (now == null) {
            return List.of();
        }
        if (now != indexed) {
            names = new TargetResolver(now.snapshot()).names();
            indexed = now;
        }
        return names;
    }

    /**
     * Asks the question typed; when it cannot be asked (an end or the port missing, a port that
     * is none), says why in {@link #problemProperty()} (a key of the app's words) instead.
     */
    public void ask() {
        if (workspace.analysisProperty().get() == null) {
            problem.set("question.problem.noCluster");
            return;
        }
        if (from.get().isBlank() || to.get().isBlank()) {
            problem.set("question.problem.ends");
            return;
        }
        if (from.get().trim().contains(" ") || to.get().trim().contains(" ")) {
            problem.set("question.problem.spaces");
            return;
        }
        Optional<PortProtocol> asked = Optional.empty();
        if (!port.get().isBlank()) {
            asked = PortProtocol.parse(port.get());
            if (asked.isEmpty()) {
                problem.set("question.problem.port");
                return;
            }
        }
        problem.set("");
        selection.showAnswer(new Question(from.get(), to.get(), asked));
    }

    /** Puts the question's ends the other way round. */
    public void swap() {
        String f = from.get();
        from.set(to.get());
        to.set(f);
    }

    /** FROM as typed. */
    public StringProperty fromProperty() {
        return from;
    }

    /** TO as typed. */
    public StringProperty toProperty() {
        return to;
    }

    /** PORT[/PROTO] as typed; empty for every port served. */
    public StringProperty portProperty() {
        return port;
    }

    /** Why the question typed cannot be asked, as a key of the app's words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
