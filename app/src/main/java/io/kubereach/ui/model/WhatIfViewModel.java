package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diff.ChangeKind;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.source.PolicyText;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import io.kubereach.whatif.EditedPolicy;
import io.kubereach.whatif.PolicyEdits;
import io.kubereach.whatif.PolicyKey;
import io.kubereach.whatif.PolicyKind;
import io.kubereach.whatif.PolicyKinds;
import io.kubereach.whatif.PolicyReading;
import io.kubereach.whatif.PolicyTemplate;
import io.kubereach.whatif.WhatIfJudgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A what-if session on top of the cluster shown, whatever its source: policies added (blank,
 * from a template, or a copy), edited as YAML with validation as you type, and deleted, each
 * edit an undoable step; the edits are an overlay applied again to every new snapshot (a live
 * source keeps updating underneath). After each edit the cluster is judged again where the edit
 * can change a verdict, and the lines that changed are listed with a summary. Nothing is ever
 * written to the cluster.
 */
public final class WhatIfViewModel {

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final WhatIfHistory history = new WhatIfHistory();
    private final WhatIfListing listing = new WhatIfListing();
    private final ReadOnlyObjectWrapper<Optional<WhatIfPolicy>> selected = new ReadOnlyObjectWrapper<>(this, "selected", Optional.empty());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Optional<PolicyText.Problem>> problem = new ReadOnlyObjectWrapper<>(this, "problem", Optional.empty());
    private final ReadOnlyObjectWrapper<PolicyEdits> edits = new ReadOnlyObjectWrapper<>(this, "edits", PolicyEdits.NONE);
    private final ReadOnlyObjectWrapper<Optional<WhatIfJudgement>> judgement =
            new ReadOnlyObjectWrapper<>(this, "judgement", Optional.empty());
    private final ObservableList<TrafficChanges.EdgeChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Optional<WhatIfStep>> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<WhatIfStep>> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo", Optional.empty());
    private final ReadOnlyLongWrapper lastJudgementMillis = new ReadOnlyLongWrapper(this, "lastJudgementMillis", 0);
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<Optional<io.kubereach.text.Message>> proposalNote =
            new ReadOnlyObjectWrapper<>(this, "proposalNote", Optional.empty());
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private int nextId = 1;
    private JobHandle judging = JobHandle.done();
    private final MarkedPictures marked = new MarkedPictures();
    /** The judgement shown, for the threads that make pictures. */
    private volatile Optional<WhatIfJudgement> judged = Optional.empty();

    public WhatIfViewModel(WorkspaceViewModel workspace, JobRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
        // a new picture during a what-if (a filter, an expanded box) gets its changes marked where it is made
        judgement.addListener((obs, old, now) -> judged = now);
        workspace.makeOfEachPicture(picture -> judged.ifPresent(j -> marked.makeAhead(picture, j, workspace::prepareForScreen)));
        // a new snapshot (a live update, a refresh) keeps the edits: they are applied to it
        workspace.analysisProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.source().equals(now.source())) {
                clear(); // another cluster: the edits were for the one before
            } else {
                rebuild();
            }
        });
        // a cluster's policies are listed when the panel opens (or they are asked for), not with every picture
        shown.addListener((obs, was, on) -> listing.policies());
        rebuild();
    }

    /** Selects a policy of the list; the editor shows its manifest. */
    public void select(Optional<WhatIfPolicy> policy) {
        history.closeRun();
        selected.set(policy);
        text.set(policy.map(WhatIfPolicy::text).orElse(""));
        problem.set(Optional.empty());
    }

    /**
     * The editor's text changed: read it as the sources would; a text that reads as a policy is
     * applied at once (typing into one policy is one undoable step), one that does not shows what
     * is wrong and where, and the last valid version stays applied.
     */
    public void type(String newText) {
        text.set(newText);
        Optional<WhatIfPolicy> policy = selected.get();
        if (policy.isEmpty() || policy.get().state() == WhatIfPolicy.State.DELETED || newText.equals(policy.get().text())) {
            problem.set(Optional.empty());
            return;
        }
        WhatIfPolicy p = policy.get();
        PolicyReading read = PolicyReading.of(newText, p.key().toString());
        Optional<PolicyKey> renamedOnto = read.policy().map(PolicyKind.TypedPolicy::key)
                .filter(k -> !k.equals(p.key()) && listing.policies().stream().anyMatch(o -> o.key().equals(k)));
        if (renamedOnto.isPresent()) {
            // two policies of one name: kubectl apply would make them one; say so rather than guess which
            problem.set(Optional.of(new PolicyText.Problem(java.util.OptionalInt.empty(), 0,
                    io.kubereach.text.Message.of("whatIf.error.duplicateName", p.key().toString(), renamedOnto.get().toString()))));
            return;
        }
        problem.set(read.problem());
        if (read.valid()) {
            EditedPolicy edit = p.edit().map(e -> e.withText(newText, read.policy().get()))
                    .orElseGet(() -> new EditedPolicy(nextId++, Optional.of(p.key()), newText, read.policy().get(), false));
            take(new WhatIfStep(WhatIfStep.Kind.EDIT, p.key().toString(), edit.id(), edits.get(), edits.get().with(edit)), edit.id());
        }
    }

    /** Adds a policy from a template (in {@code namespace} for namespaced kinds) and selects it. */
    public void add(PolicyTemplate template, String namespace) {
        String name = "what-if-" + nextId;
        add(WhatIfStep.Kind.ADD, template.text(namespace, name), name);
    }

    /** Adds a copy of a policy, named {@code <name>-copy}, and selects it. */
    public void copy(WhatIfPolicy original) {
        String name = original.key().name() + "-copy";
        String copied = original.text().replaceFirst("(?m)^(\\s+name:\\s*)(\"?)" + java.util.regex.Pattern.quote(original.key().name())
                + "\\2\\s*$", "$1" + name);
        add(WhatIfStep.Kind.COPY, copied, name);
    }

    private void add(WhatIfStep.Kind kind, String manifest, String label) {
        PolicyReading read = PolicyReading.of(manifest, label);
        if (!read.valid()) {
            throw new IllegalStateException("a template does not read as a policy: " + read.problem());
        }
        EditedPolicy edit = new EditedPolicy(nextId++, Optional.empty(), manifest, read.policy().get(), false);
        take(new WhatIfStep(kind, edit.key().toString(), edit.id(), edits.get(), edits.get().with(edit)), edit.id());
    }

    /** Deletes a policy: one added is gone, one of the cluster's is marked deleted. */
    public void delete(WhatIfPolicy policy) {
        PolicyEdits before = edits.get();
        Optional<EditedPolicy> edit = policy.edit();
        PolicyEdits after;
        int id;
        if (edit.isPresent() && edit.get().added()) {
            id = edit.get().id();
            after = before.without(id);
        } else {
            PolicyKind.TypedPolicy original = policy.cluster().orElseThrow();
            id = edit.map(EditedPolicy::id).orElse(nextId++);
            after = before.with(new EditedPolicy(id, Optional.of(original.key()), original.manifest(), original, true));
        }
        take(new WhatIfStep(WhatIfStep.Kind.DELETE, policy.key().toString(), id, before, after), -1);
    }

    /** Applies edits proposed elsewhere (what would allow a line) as one undoable step. */
    public void propose(List<PolicyKind.TypedPolicy> proposed) {
        PolicyEdits after = edits.get();
        for (PolicyKind.TypedPolicy policy : proposed) {
            Optional<WhatIfPolicy> shown = listing.policies().stream().filter(p -> p.key().equals(policy.key())).findFirst();
            Optional<EditedPolicy> earlier = shown.flatMap(WhatIfPolicy::edit);
            int id = earlier.map(EditedPolicy::id).orElse(nextId++);
            Optional<PolicyKey> replaces = earlier.map(EditedPolicy::replaces).orElse(shown.flatMap(WhatIfPolicy::cluster).map(PolicyKind.TypedPolicy::key));
            after = after.with(new EditedPolicy(id, replaces, policy.manifest(), policy, false));
        }
        String subject = String.join(", ", proposed.stream().map(p -> p.key().toString()).toList());
        take(new WhatIfStep(WhatIfStep.Kind.PROPOSAL, subject, -1, edits.get(), after), -1);
    }

    /**
     * "What would allow it?" for the line from one workload to another, judged with the edits so
     * far: the smallest edit admitting exactly that line is applied as a what-if step (undo drops
     * it); when there is none, {@link #proposalNoteProperty()} says why.
     */
    public void proposeFor(String sourceId, String targetId) {
        Analysis analysis = workspace.analysisProperty().get();
        if (analysis == null) {
            return;
        }
        io.kubereach.graph.NetworkGraph graph = judgement.get().map(WhatIfJudgement::after).orElse(analysis.graph());
        PolicyEdits asked = edits.get();
        // a proposal is judged before it is made (the cluster built again with it): off the JavaFX thread
        runner.start(control -> {
            control.progress(-1, JobStep.ANALYSING);
            return io.kubereach.graph.AdmitProposal.forLine(graph, sourceId, targetId);
        }, new JobListener<io.kubereach.graph.AdmitProposal>() {
            @Override
            public void succeeded(io.kubereach.graph.AdmitProposal proposal) {
                if (edits.get() != asked || workspace.analysisProperty().get() != analysis) {
                    return; // the edits moved on meanwhile: this proposal was for the cluster before
                }
                if (!proposal.proposes()) {
                    proposalNote.set(proposal.refusal());
                    return;
                }
                proposalNote.set(Optional.of(proposal.note().orElse(io.kubereach.text.Message.of("whatIf.propose.shown"))));
                List<PolicyKind.TypedPolicy> typed = new ArrayList<>();
                proposal.edited().forEach(p -> typed.add(PolicyKinds.NETWORK_POLICY.typed(p)));
                proposal.admin().forEach(p -> typed.add(PolicyKinds.named(p.kind().kindName()).orElseThrow().typed(p)));
                propose(typed);
            }

            @Override
            public void failed(Throwable error) {
                proposalNote.set(Optional.of(io.kubereach.text.Message.of("whatIf.propose.failed", String.valueOf(error.getMessage()))));
            }
        });
    }

    /** The line between two vertices before and after the edits (both the cluster as it is while there is no edit). */
    public Optional<WhatIfLine> line(String sourceId, String targetId) {
        Analysis analysis = workspace.analysisProperty().get();
        if (analysis == null) {
            return Optional.empty();
        }
        io.kubereach.graph.NetworkGraph after = judgement.get().map(WhatIfJudgement::after).orElse(analysis.graph());
        return Optional.of(WhatIfLine.of(analysis.graph(), after, sourceId, targetId));
    }

    /** Saves the edited policies as manifests and a patch summary into a folder; returns the files written. */
    public List<java.nio.file.Path> save(java.nio.file.Path folder) throws java.io.IOException {
        return io.kubereach.whatif.PolicyFiles.save(folder, edits.get(), judgement.get().map(WhatIfJudgement::changes));
    }

    /** Saves into a folder (see {@link #save}), saying in {@link #savedProperty()} what was written or why not. */
    public void saveInto(java.nio.file.Path folder) {
        try {
            saved.set(Messages.text("whatIf.saved", save(folder).size(), folder));
        } catch (java.io.IOException | RuntimeException e) {
            saved.set(Messages.text("whatIf.saveFailed", folder, String.valueOf(e.getMessage())));
        }
    }

    /** What the last save wrote, or why it could not; empty before any. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Takes back the last edit. */
    public void undo() {
        history.undo().ifPresent(step -> show(step.before(), step.editId(), false));
    }

    /** Takes the last edit taken back again. */
    public void redo() {
        history.redo().ifPresent(step -> show(step.after(), step.editId(), false));
    }

    /** Drops every edit: the cluster as it is. */
    public void clear() {
        history.clear();
        show(PolicyEdits.NONE, -1, false);
    }

    private void take(WhatIfStep step, int selectId) {
        show(history.record(step), selectId, step.kind() == WhatIfStep.Kind.EDIT);
    }

    /**
     * Shows a state of the edits, selects the policy of an edit id (else the one selected before,
     * when it is still listed), and judges again. While typing, the editor keeps its text.
     */
    private void show(PolicyEdits now, int selectId, boolean typing) {
        edits.set(now);
        nextUndo.set(history.nextUndo());
        nextRedo.set(history.nextRedo());
        Optional<WhatIfPolicy> before = selected.get();
        rebuild();
        Optional<WhatIfPolicy> chosen = listing.chosen(selectId, before);
        selected.set(chosen);
        if (!typing) {
            text.set(chosen.map(WhatIfPolicy::text).orElse(""));
            problem.set(Optional.empty());
        }
    }

    /** Lists the policies again from the cluster shown and the edits (see {@link WhatIfListing}), and judges the edits. */
    private void rebuild() {
        Analysis analysis = workspace.analysisProperty().get();
        listing.update(Optional.ofNullable(analysis).map(Analysis::snapshot), edits.get());
        if (shown.get()) {
            listing.policies();
        }
        judge(analysis);
    }

    private void judge(Analysis analysis) {
        judging.cancel();
        PolicyEdits now = edits.get();
        if (analysis == null || now.isEmpty()) {
            judgement.set(Optional.empty());
            changes.clear();
            summary.set("");
            return;
        }
        long started = System.nanoTime();
        DiagramLayout shown = workspace.layoutProperty().get();
        judging = runner.start(control -> {
            control.progress(-1, JobStep.ANALYSING);
            WhatIfJudgement judged = WhatIfJudgement.of(analysis.graph(), now);
            // the picture with the changes marked, made and prepared here: showing the judgement only swaps it in
            marked.makeAhead(shown, judged, workspace::prepareForScreen);
            return judged;
        }, new JobListener<WhatIfJudgement>() {
            @Override
            public void succeeded(WhatIfJudgement result) {
                if (edits.get() == now && workspace.analysisProperty().get() == analysis) {
                    lastJudgementMillis.set((System.nanoTime() - started) / 1_000_000);
                    judgement.set(Optional.of(result));
                    changes.setAll(result.changes().changes());
                    summary.set(summaryOf(result.changes()));
                }
            }

            @Override
            public void failed(Throwable error) {
                judgement.set(Optional.empty());
                summary.set(Messages.text("whatIf.failed", String.valueOf(error.getMessage())));
            }
        });
    }

    /** "+3 allowed, −12 blocked, 2 changed", or that nothing changed. */
    static String summaryOf(TrafficChanges changes) {
        Map<ChangeKind, Integer> counts = changes.counts();
        if (changes.isEmpty()) {
            return Messages.text("whatIf.summary.none");
        }
        return Messages.text("whatIf.summary", counts.get(ChangeKind.ADDED), counts.get(ChangeKind.REMOVED), counts.get(ChangeKind.CHANGED));
    }

    /** Selects a changed line in the diagram and its details. */
    public void showChange(TrafficChanges.EdgeChange change, SelectionViewModel selection) {
        selection.select(change.edgeId());
    }

    /** Whether the what-if panel is open. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /** Why the last "what would allow it?" proposed nothing, or that its proposal is shown; empty before any. */
    public ReadOnlyObjectProperty<Optional<io.kubereach.text.Message>> proposalNoteProperty() {
        return proposalNote.getReadOnlyProperty();
    }

    /** Every policy of the cluster, as edited. */
    public ObservableList<WhatIfPolicy> policies() {
        return listing.policies();
    }

    /** The policy the editor shows. */
    public ReadOnlyObjectProperty<Optional<WhatIfPolicy>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The editor's text. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What is wrong with the editor's text, and where; empty when it reads as a policy. */
    public ReadOnlyObjectProperty<Optional<PolicyText.Problem>> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The edits in effect. */
    public ReadOnlyObjectProperty<PolicyEdits> editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /** The cluster judged with the edits; empty while there is no edit. */
    public ReadOnlyObjectProperty<Optional<WhatIfJudgement>> judgementProperty() {
        return judgement.getReadOnlyProperty();
    }

    /** The lines the edits change. */
    public ObservableList<TrafficChanges.EdgeChange> changes() {
        return changes;
    }

    /** "+3 allowed, −12 blocked, 2 changed"; empty while there is no edit. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The step undo would take back. */
    public ReadOnlyObjectProperty<Optional<WhatIfStep>> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    /** The step redo would take again. */
    public ReadOnlyObjectProperty<Optional<WhatIfStep>> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    /** The pictures with the judgements' changes marked, made off the JavaFX thread as each edit is judged. */
    MarkedPictures marked() {
        return marked;
    }

    /** How long the last judgement took, from the edit to the changes, in milliseconds. */
    public long lastJudgementMillis() {
        return lastJudgementMillis.get();
    }
}
