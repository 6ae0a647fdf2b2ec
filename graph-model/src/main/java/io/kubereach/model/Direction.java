package io.kubereach.model;

/** The two directions a NetworkPolicy can isolate, seen from the selected pod. */
public enum Direction {
    INGRESS("Ingress"), EGRESS("Egress");

    private final String apiName;

    Direction(String apiName) {
        this.apiName = apiName;
    }

    /** The spelling used in {@code spec.policyTypes}. */
    public String apiName() {
        return apiName;
    }
}
