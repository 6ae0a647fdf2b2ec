package io.kubereach.ui.model;

import io.kubereach.report.Exposure;
import io.kubereach.report.Uninferred;
import java.util.ArrayList;
import java.util.List;

/**
 * What a workload's exposure cannot say, in one direction, about pods not in the input: a Cilium or
 * Calico policy (or one not evaluated) applies to it there and its rules are not inferred for them,
 * so the lines {@code kubereach list --exposure} prints toward the pods its rules' selectors name are
 * unknown — never allowed — with the policies named.
 *
 * @param egress whether the direction is egress (else ingress)
 * @param policies the policies that make it unknown, by kind and name
 * @param selectors the pods a NetworkPolicy rule's selectors name (netpol-analyzer's representative peers), as the list writes them
 * @param naming the policies whose own rules may name pods (each gets a line of its own)
 */
public record UnknownSelectors(boolean egress, List<String> policies, List<String> selectors, List<String> naming) {

    public UnknownSelectors {
        policies = List.copyOf(policies);
        selectors = List.copyOf(selectors);
        naming = List.copyOf(naming);
    }

    /** The unknown selector lines of a workload, egress then ingress; empty when every line is stated exactly. */
    public static List<UnknownSelectors> of(Exposure e) {
        List<UnknownSelectors> out = new ArrayList<>(2);
        direction(true, e.toSelectors(), e.toSelectorsUnknown()).ifPresent(out::add);
        direction(false, e.fromSelectors(), e.fromSelectorsUnknown()).ifPresent(out::add);
        return out;
    }

    /** How many lines the list prints for it. */
    public int lines() {
        return selectors.size() + naming.size();
    }

    private static java.util.Optional<UnknownSelectors> direction(boolean egress, List<Exposure.SelectorConnections> selectors,
            List<Uninferred> uninferred) {
        if (uninferred.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new UnknownSelectors(egress, uninferred.stream().map(Uninferred::title).toList(),
                selectors.stream().map(s -> s.peer().text()).toList(),
                uninferred.stream().filter(Uninferred::namesPods).map(Uninferred::title).toList()));
    }
}
