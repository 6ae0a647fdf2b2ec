package io.kubereach.model;

/**
 * Whether a rule puts the pods it selects into default-deny for each direction: as
 * {@code enableDefaultDeny} says, else when the rule has rules for that direction (allow or deny)
 * ({@code pkg/policy/api/rule.go}, {@code rule_validation.go} {@code Sanitize}).
 *
 * @param ingress default-deny at ingress
 * @param egress default-deny at egress
 * @param ingressDeclared whether {@code enableDefaultDeny.ingress} was written
 * @param egressDeclared whether {@code enableDefaultDeny.egress} was written
 */
public record CiliumDefaultDeny(boolean ingress, boolean egress, boolean ingressDeclared, boolean egressDeclared) {

    /** Whether the rule isolates its pods for a direction. */
    public boolean isolates(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }
}
