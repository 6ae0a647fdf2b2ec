package io.kubereach.ui.model;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
    /** Works out the names of each cluster shown, so the first letter typed does not (a daemon thread). */
    private static final Executor AHEAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "question-names");
        t.setDaemon(true);
        return t;
    });
    private Optional<Ahead> names = Optional.empty();

    public QuestionViewModel(WorkspaceViewModel workspace, SelectionViewModel selection) {
        this.workspace = workspace;
        this.selection = selection;
        workspace.analysisProperty().addListener((obs, old, now) -> namesAhead(now));
        namesAhead(workspace.analysisProperty().get());
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
        Optional<Names> shown = names();
        if (shown.isEmpty()) {
            return List.of();
        }
        Names all = shown.get();
        String service = "svc:" + t;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.lower().length; i++) {
            if (all.lower()[i].startsWith(t) || all.lower()[i].startsWith(service)) {
                out.add(all.names().get(i));
                if (out.size() == SUGGESTIONS) {
                    return out;
                }
            }
        }
        for (int i = 0; i < all.lower().length; i++) {
            String n = all.names().get(i);
            if (!out.contains(n) && all.lower()[i].contains(t)) {
                out.add(n);
                if (out.size() == SUGGESTIONS) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Every name a cluster answers to and the same in lower case (10,000 pods: some 12,000 names,
     * out of 40,000 built and sorted — 0.2–2 s the first letter typed held the JavaFX thread for).
     */
    record Names(List<String> names, String[] lower) {

        static Names of(ClusterSnapshot snapshot) {
            List<String> names = new TargetResolver(snapshot).names();
            String[] lower = new String[names.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = names.get(i).toLowerCase(Locale.ROOT);
            }
            return new Names(names, lower);
        }
    }

    /** The names of a cluster being worked out off the JavaFX thread. */
    private record Ahead(ClusterSnapshot snapshot, CompletableFuture<Names> names) {
    }

    /** Starts working out the names of the cluster just shown, before anything is typed. */
    private void namesAhead(Analysis analysis) {
        if (analysis == null || names.filter(a -> a.snapshot() == analysis.snapshot()).isPresent()) {
            return;
        }
        ClusterSnapshot snapshot = analysis.snapshot();
        names = Optional.of(new Ahead(snapshot, CompletableFuture.supplyAsync(() -> Names.of(snapshot), AHEAD)));
    }

    /** The names of the cluster shown: those worked out ahead (waited for if typed at once), else worked out here. */
    private Optional<Names> names() {
        Analysis now = workspace.analysisProperty().get();
        if (now == null) {
            return Optional.empty();
        }
        return Optional.of(names.filter(a -> a.snapshot() == now.snapshot())
                .flatMap(a -> Optional.ofNullable(a.names().exceptionally(failed -> null).join()))
                .orElseGet(() -> Names.of(now.snapshot())));
    }

    /** Whether the names of the cluster shown are worked out (off the JavaFX thread), so completing costs a scan only. */
    boolean namesReady() {
        Analysis now = workspace.analysisProperty().get();
        return now != null && names.filter(a -> a.snapshot() == now.snapshot() && a.names().isDone()).isPresent();
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
