package io.kubereach.model;

import java.util.Optional;

/** What a Calico rule does with a connection it matches (Calico's {@code Action}). */
public enum CalicoAction {
    /** Final for this side: allowed. */
    ALLOW("Allow"),
    /** Final for this side: denied. */
    DENY("Deny"),
    /** Recorded; evaluation goes on with the next rule. */
    LOG("Log"),
    /** The rest of the tier is skipped; the next tier that applies decides. */
    PASS("Pass");

    private final String apiName;

    CalicoAction(String apiName) {
        this.apiName = apiName;
    }

    /** The action as the API writes it. */
    public String apiName() {
        return apiName;
    }

    /** The action of an API value, which is case-sensitive; empty when it is none of the four. */
    public static Optional<CalicoAction> parse(String text) {
        for (CalicoAction action : values()) {
            if (action.apiName.equals(text)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
