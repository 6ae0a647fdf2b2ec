package io.kubereach.source;

import io.kubereach.text.Message;
import io.kubereach.model.CiliumLabelRequirement;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a Cilium endpoint or node selector (a Kubernetes label selector whose keys may carry a
 * label source, {@code k8s:app}) and adds the namespace Cilium adds to a namespaced policy's
 * selectors ({@code pkg/k8s/apis/cilium.io/utils/utils.go} {@code getEndpointSelector}).
 */
final class CiliumSelectorConverter {

    private CiliumSelectorConverter() {
    }

    /** A selector as written, operators checked as apimachinery checks them. */
    static CiliumSelector read(SpecFields fields) throws ManifestException {
        LabelSelector selector = fields.asLabelSelector(LabelKeySyntax.CILIUM);
        List<CiliumLabelRequirement> requirements = new ArrayList<>();
        // matchLabels in key order, as Kubernetes keeps a map (the model's map has no order of its own)
        for (Map.Entry<String, String> e : new TreeMap<>(selector.matchLabels()).entrySet()) {
            requirements.add(CiliumLabelRequirement.of(e.getKey(), LabelRequirement.Operator.IN, Set.of(e.getValue())));
        }
        for (LabelRequirement r : selector.requirements()) {
            requirements.add(CiliumLabelRequirement.of(r.key(), r.operator(), r.values()));
        }
        return new CiliumSelector(requirements, Optional.empty());
    }

    /**
     * A peer selector ({@code fromEndpoints}, {@code toEndpoints}) with Cilium's namespace rule:
     * one naming a pod namespace or a {@code reserved:} identity stays as written; otherwise a
     * namespaced policy keeps it to its own namespace and a clusterwide policy to pods of any
     * namespace (never entities). A subject that selects initializing endpoints adds nothing.
     */
    static CiliumSelector peer(SpecFields fields, Optional<String> policyNamespace, boolean subjectSelectsInit)
            throws ManifestException {
        CiliumSelector selector = read(fields);
        if (selector.namesReserved() || selector.namesNamespace() || subjectSelectsInit) {
            return selector;
        }
        return selector.implying(policyNamespace.map(CiliumSelector::inNamespace).orElseGet(CiliumSelector::inAnyNamespace));
    }

    /**
     * A namespaced policy's {@code endpointSelector}: always its own namespace — a namespace
     * written in it is overridden (with a warning), as Cilium does.
     */
    static CiliumSelector subject(SpecFields fields, Optional<String> policyNamespace, List<Message> warnings)
            throws ManifestException {
        CiliumSelector selector = read(fields);
        if (policyNamespace.isEmpty() || selectsInit(selector)) {
            return selector;
        }
        String namespace = policyNamespace.get();
        boolean otherNamespace = selector.requirements().stream().anyMatch(r -> r.key().equals(CiliumSelector.NAMESPACE_KEY)
                && !(r.operator() == LabelRequirement.Operator.IN && r.values().equals(Set.of(namespace))));
        if (otherNamespace) {
            warnings.add(fields.origin().warning(Message.of("cniWarning.ciliumSubjectNamespace", namespace)));
            List<CiliumLabelRequirement> kept = selector.requirements().stream()
                    .filter(r -> !r.key().equals(CiliumSelector.NAMESPACE_KEY)).toList();
            selector = new CiliumSelector(kept, Optional.empty());
        }
        return selector.implying(CiliumSelector.inNamespace(namespace));
    }

    /** Whether a subject selects initializing endpoints ({@code reserved:init}), which have no labels. */
    static boolean selectsInit(CiliumSelector selector) {
        return selector.requirements().stream().anyMatch(r -> r.source() == CiliumLabelRequirement.Source.RESERVED
                && r.key().equals("init"));
    }
}
