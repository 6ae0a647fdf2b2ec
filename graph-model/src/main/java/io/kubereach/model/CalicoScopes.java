package io.kubereach.model;

import io.kubereach.model.selector.CalicoSelector;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How Calico turns a policy's or a rule's selectors into one selector over workload-endpoint
 * labels ({@link CalicoEndpointLabels}), as its update processors do
 * ({@code libcalico-go/lib/backend/syncersv1/updateprocessors}: {@code selectors.go},
 * {@code rules.go} {@code getEndpointSelector}, {@code networkpolicyprocessor.go},
 * {@code globalnetworkpolicyprocessor.go}).
 */
final class CalicoScopes {

    private static final CalicoSelector HAS_NAMESPACE = new CalicoSelector.Has(CalicoEndpointLabels.NAMESPACE);
    private static final CalicoSelector HAS_SERVICE_ACCOUNT = new CalicoSelector.Has(CalicoEndpointLabels.SERVICE_ACCOUNT);

    private CalicoScopes() {
    }

    /**
     * A rule's {@code namespaceSelector} over endpoint labels: its labels prefixed {@code pcns.},
     * {@code all()} meaning "every endpoint in a namespace" and {@code global()} "every endpoint
     * in no namespace" (network sets, host endpoints).
     */
    static CalicoSelector ruleNamespaces(CalicoSelector namespaceSelector) {
        CalicoSelector prefixed = namespaceSelector.mapLabels(l -> CalicoEndpointLabels.NAMESPACE_PREFIX + l);
        return replaceLeaves(prefixed, leaf -> leaf instanceof CalicoSelector.All ? HAS_NAMESPACE
                : leaf instanceof CalicoSelector.Global ? new CalicoSelector.Not(HAS_NAMESPACE) : leaf);
    }

    /** The endpoints of the policy's own namespace: {@code projectcalico.org/namespace == 'ns'}. */
    static CalicoSelector inNamespace(String namespace) {
        return new CalicoSelector.Compare(CalicoEndpointLabels.NAMESPACE, CalicoSelector.Comparison.EQUAL, namespace);
    }

    /**
     * A {@code serviceAccounts} match over endpoint labels: the selector with its labels
     * prefixed {@code pcsa.}, AND the names as {@code projectcalico.org/serviceaccount in {…}};
     * empty when it names neither.
     */
    static Optional<CalicoSelector> serviceAccounts(ServiceAccountMatch match) {
        Optional<CalicoSelector> labels = match.selector().map(CalicoScopes::serviceAccountLabels);
        if (match.names().isEmpty()) {
            return labels;
        }
        CalicoSelector names = new CalicoSelector.InSet(CalicoEndpointLabels.SERVICE_ACCOUNT, Set.copyOf(match.names()), false);
        return Optional.of(labels.map(l -> CalicoSelector.and(l, names)).orElse(names));
    }

    /** A selector over service-account labels, as endpoint labels ({@code pcsa.} prefix). */
    static CalicoSelector serviceAccountLabels(CalicoSelector selector) {
        return selector.mapLabels(l -> CalicoEndpointLabels.SERVICE_ACCOUNT_PREFIX + l);
    }

    /** A selector over namespace labels, as endpoint labels ({@code pcns.} prefix). */
    static CalicoSelector namespaceLabels(CalicoSelector selector) {
        return selector.mapLabels(l -> CalicoEndpointLabels.NAMESPACE_PREFIX + l);
    }

    /** Every {@code all()} replaced by {@code has(projectcalico.org/namespace)}. */
    static CalicoSelector allMeansInANamespace(CalicoSelector selector) {
        return replaceLeaves(selector, leaf -> leaf instanceof CalicoSelector.All ? HAS_NAMESPACE : leaf);
    }

    /** Every {@code all()} replaced by {@code has(projectcalico.org/serviceaccount)}. */
    static CalicoSelector allMeansWithAServiceAccount(CalicoSelector selector) {
        return replaceLeaves(selector, leaf -> leaf instanceof CalicoSelector.All ? HAS_SERVICE_ACCOUNT : leaf);
    }

    /** The selector with every leaf (a comparison, has(), all(), global()) passed through a function. */
    static CalicoSelector replaceLeaves(CalicoSelector selector, UnaryOperator<CalicoSelector> leaf) {
        if (selector instanceof CalicoSelector.Not not) {
            return new CalicoSelector.Not(replaceLeaves(not.operand(), leaf));
        }
        if (selector instanceof CalicoSelector.And and) {
            return new CalicoSelector.And(and.operands().stream().map(o -> replaceLeaves(o, leaf)).toList());
        }
        if (selector instanceof CalicoSelector.Or or) {
            return new CalicoSelector.Or(or.operands().stream().map(o -> replaceLeaves(o, leaf)).toList());
        }
        return leaf.apply(selector);
    }
}
