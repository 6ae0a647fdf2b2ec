package io.kubereach.model;

import io.kubereach.model.selector.CalicoSelector;
import java.util.Optional;
import java.util.Set;

/**
 * A rule's {@code serviceAccounts}: pods running as one of the named service accounts AND as a
 * service account whose labels match the selector (both, when both are given).
 *
 * @param names the service account names; empty: any name
 * @param selector a selector over the service accounts' labels
 */
public record ServiceAccountMatch(Set<String> names, Optional<CalicoSelector> selector) {

    public ServiceAccountMatch {
        names = Set.copyOf(names);
    }
}
