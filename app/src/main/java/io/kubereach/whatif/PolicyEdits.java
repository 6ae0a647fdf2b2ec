package io.kubereach.whatif;

import io.kubereach.model.ClusterSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policies a what-if adds, edits and deletes: an overlay, applied to any snapshot of the
 * cluster (a live source's every new snapshot alike). A value; every edit makes a new one, which
 * is what undo and redo go back and forth between.
 *
 * @param policies the edited policies, in the order they were first edited
 */
public record PolicyEdits(List<EditedPolicy> policies) {

    /** No edit: the cluster as it is. */
    public static final PolicyEdits NONE = new PolicyEdits(List.of());

    public PolicyEdits {
        policies = List.copyOf(policies);
    }

    /** The edits with one edit added, or replacing the edit of the same id. */
    public PolicyEdits with(EditedPolicy edit) {
        List<EditedPolicy> out = new ArrayList<>(policies);
        Optional<EditedPolicy> same = find(edit.id());
        if (same.isPresent()) {
            out.set(out.indexOf(same.get()), edit);
        } else {
            out.add(edit);
        }
        return new PolicyEdits(out);
    }

    /** The edits without the edit of an id (a policy added and deleted again is simply gone). */
    public PolicyEdits without(int id) {
        return new PolicyEdits(policies.stream().filter(p -> p.id() != id).toList());
    }

    /** The edit of an id. */
    public Optional<EditedPolicy> find(int id) {
        return policies.stream().filter(p -> p.id() == id).findFirst();
    }

    /** The edit of the cluster's policy of this name. */
    public Optional<EditedPolicy> editOf(PolicyKey clusterPolicy) {
        return policies.stream().filter(p -> p.replaces().equals(Optional.of(clusterPolicy))).findFirst();
    }

    /** Whether nothing is edited. */
    public boolean isEmpty() {
        return policies.isEmpty();
    }

    /**
     * The cluster with these edits: every policy edited or deleted taken out, every policy
     * edited or added put in (a policy named as one of the cluster's replaces it, as
     * {@code kubectl apply} would).
     */
    public ClusterSnapshot applyTo(ClusterSnapshot base) {
        if (policies.isEmpty()) {
            return base;
        }
        Set<PolicyKey> removed = new HashSet<>();
        List<Object> added = new ArrayList<>();
        for (EditedPolicy p : policies) {
            p.replaces().ifPresent(removed::add);
            if (!p.deleted()) {
                removed.add(p.key());
                added.add(p.policy().policy());
            }
        }
        ClusterSnapshot out = base;
        for (PolicyKind<?> kind : PolicyKinds.all()) {
            out = kind.replace(out, removed, added);
        }
        return out;
    }
}
