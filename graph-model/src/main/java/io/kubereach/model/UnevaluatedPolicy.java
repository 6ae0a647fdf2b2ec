package io.kubereach.model;

import io.kubereach.text.Message;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An object that may decide connections but that KubeReach does not evaluate — a policy kind it
 * does not read (Istio, Antrea), a Calico object outside the policy model (host endpoints,
 * network sets), or a policy that failed to read. The engine turns every answer it might change
 * into {@code unknown}, naming it: what we cannot judge is never "allowed".
 *
 * @param apiVersion its apiVersion
 * @param kind its kind
 * @param namespace its namespace, empty for a cluster-scoped object
 * @param name its name
 * @param reaches the connections it might decide (a union); empty: none
 * @param directions on which side it decides for the pods it reaches: {@link Direction#INGRESS}
 *        connections to them, {@link Direction#EGRESS} connections from them
 * @param canDrop whether it can drop connections other policies allow
 * @param canAllow whether it can allow connections other policies deny
 * @param reason why it is not evaluated, for the explanation
 */
public record UnevaluatedPolicy(
        String apiVersion,
        String kind,
        Optional<String> namespace,
        String name,
        List<PolicyReach> reaches,
        Set<Direction> directions,
        boolean canDrop,
        boolean canAllow,
        Message reason) {

    public UnevaluatedPolicy {
        reaches = List.copyOf(reaches);
        directions = Set.copyOf(directions);
    }

    /** Whether it can change any answer at all (a staged policy cannot). */
    public boolean decides() {
        return canDrop || canAllow;
    }

    /**
     * Whether it might decide one side of a connection of this pod: its ingress (connections to
     * it) or its egress (connections from it).
     */
    public boolean mayDecide(Direction side, Pod pod, Namespace namespace) {
        return decides() && directions.contains(side) && reaches.stream().anyMatch(r -> r.coversPod(pod, namespace));
    }

    /** Whether it might decide a connection to or from this address outside the pods. */
    public boolean mayDecide(IpAddress address) {
        return decides() && reaches.stream().anyMatch(r -> r.coversAddress(address));
    }

    /** {@code Kind namespace/name}. */
    public String title() {
        return kind + " " + namespace.map(n -> n + "/" + name).orElse(name);
    }
}
