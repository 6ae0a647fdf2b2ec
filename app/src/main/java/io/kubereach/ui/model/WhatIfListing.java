package io.kubereach.ui.model;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.whatif.PolicyEdits;
import io.kubereach.whatif.PolicyKind;
import io.kubereach.whatif.PolicyKinds;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The what-if's list of policies: the cluster's, as edited. Listed again after each edit, but only
 * the entries whose listing changed are replaced (a keystroke: the one edited), so the list does not
 * lay out and style its cells afresh at each keystroke (10,000 pods: 1,000 policies, 100–150 ms of
 * the JavaFX thread per keystroke when the whole listing was replaced). The cluster's own policies
 * are listed once per snapshot (the same objects, so an unchanged entry compares at once). A change is listed when the
 * list is next asked for, so a cluster opened with the what-if panel closed does not list its policies (1,000 at 10,000
 * pods) in the frame its picture is shown.
 */
final class WhatIfListing {

    private final ObservableList<WhatIfPolicy> policies = FXCollections.observableArrayList();
    private Optional<Existing> existing = Optional.empty();
    private Optional<Runnable> pending = Optional.empty();

    /** The list as shown, listed first when the cluster or the edits changed since. */
    ObservableList<WhatIfPolicy> policies() {
        pending.ifPresent(Runnable::run);
        pending = Optional.empty();
        return policies;
    }

    /**
     * The policies of {@code snapshot} (none without a cluster) with {@code edits}, listed when next asked for,
     * replacing only what changed.
     */
    void update(Optional<ClusterSnapshot> snapshot, PolicyEdits edits) {
        pending = Optional.of(() -> list(snapshot, edits));
    }

    private void list(Optional<ClusterSnapshot> snapshot, PolicyEdits edits) {
        List<WhatIfPolicy> now = snapshot.map(s -> WhatIfPolicy.listOf(existing(s), edits)).orElse(List.of());
        if (now.size() != policies.size()) {
            policies.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(policies.get(i))) {
                policies.set(i, now.get(i));
            }
        }
    }

    /**
     * The entry to select after a change: the one of the edit {@code selectId}, else the one {@code before} was (by
     * its edit, then by its name) when it is still listed.
     */
    Optional<WhatIfPolicy> chosen(int selectId, Optional<WhatIfPolicy> before) {
        policies();
        return ofEdit(selectId)
                .or(() -> before.flatMap(b -> b.edit().flatMap(e -> ofEdit(e.id()))))
                .or(() -> before.flatMap(b -> policies.stream().filter(p -> p.key().equals(b.key())).findFirst()));
    }

    private Optional<WhatIfPolicy> ofEdit(int id) {
        return policies.stream().filter(p -> p.edit().map(e -> e.id() == id).orElse(false)).findFirst();
    }

    private List<PolicyKind.TypedPolicy> existing(ClusterSnapshot snapshot) {
        Existing known = existing.filter(e -> e.snapshot() == snapshot).orElseGet(() -> new Existing(snapshot, PolicyKinds.existing(snapshot)));
        existing = Optional.of(known);
        return known.policies();
    }

    /** A cluster's policies as listed. */
    private record Existing(ClusterSnapshot snapshot, List<PolicyKind.TypedPolicy> policies) {
    }
}
