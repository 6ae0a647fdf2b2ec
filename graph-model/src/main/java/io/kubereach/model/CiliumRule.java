package io.kubereach.model;

import java.util.List;

/**
 * One rule of a Cilium policy ({@code spec} or an item of {@code specs}).
 *
 * @param subject the pods (or nodes) it applies to
 * @param ingress allow rules at ingress
 * @param ingressDeny deny rules at ingress: they beat every allow, of any policy
 * @param egress allow rules at egress
 * @param egressDeny deny rules at egress
 * @param defaultDeny whether the subject is default-deny for each direction
 * @param description the rule's description, for explanations
 */
public record CiliumRule(
        CiliumSubject subject,
        List<CiliumPeerRule> ingress,
        List<CiliumPeerRule> ingressDeny,
        List<CiliumPeerRule> egress,
        List<CiliumPeerRule> egressDeny,
        CiliumDefaultDeny defaultDeny,
        String description) {

    public CiliumRule {
        ingress = List.copyOf(ingress);
        ingressDeny = List.copyOf(ingressDeny);
        egress = List.copyOf(egress);
        egressDeny = List.copyOf(egressDeny);
    }

    /** The allow rules of a direction. */
    public List<CiliumPeerRule> allows(Direction direction) {
        return direction == Direction.INGRESS ? ingress : egress;
    }

    /** The deny rules of a direction. */
    public List<CiliumPeerRule> denies(Direction direction) {
        return direction == Direction.INGRESS ? ingressDeny : egressDeny;
    }
}
