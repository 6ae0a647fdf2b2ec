package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.text.Message;
import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.Direction;
import io.kubereach.model.HostEndpointOptions;
import io.kubereach.model.selector.CalicoSelector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns a Calico NetworkPolicy, GlobalNetworkPolicy or Tier ({@code projectcalico.org/v3}, or its
 * storage form {@code crd.projectcalico.org/v1}), read as a generic object, into the model with
 * Calico's defaults filled in ({@code api/pkg/defaults/networkpolicy.go},
 * {@code libcalico-go/lib/resources/tier.go}) and what its validation refuses refused.
 */
final class CalicoPolicyConverter {

    /** The user-facing API group of Calico. */
    static final String GROUP = "projectcalico.org";
    /** The group of Calico's CRDs, its storage form. */
    static final String STORAGE_GROUP = "crd.projectcalico.org";

    private static final Map<String, Direction> TYPES = Map.of("Ingress", Direction.INGRESS, "Egress", Direction.EGRESS);

    private CalicoPolicyConverter() {
    }

    static CalicoPolicy convert(GenericKubernetesResource resource, CalicoPolicyKind kind, ObjectOrigin origin,
            List<Message> warnings) throws ManifestException {
        SpecFields spec = spec(resource, origin);
        boolean global = kind == CalicoPolicyKind.GLOBAL_NETWORK_POLICY;
        Optional<String> namespace = global ? Optional.empty() : Optional.of(origin.namespace());
        CalicoSelector selector = topSelector(spec, "selector").orElse(CalicoSelector.ALL);
        Optional<CalicoSelector> serviceAccounts = topSelector(spec, "serviceAccountSelector");
        Optional<CalicoSelector> namespaces = Optional.empty();
        if (global) {
            namespaces = topSelector(spec, "namespaceSelector");
        } else if (spec.has("namespaceSelector")) {
            warnings.add(origin.warning(Message.of("cniWarning.calicoNamespaceSelectorIgnored")));
        }
        List<CalicoRule> ingress = rules(spec, "ingress");
        List<CalicoRule> egress = rules(spec, "egress");
        List<String> declared = spec.texts("types");
        Set<Direction> types = EnumSet.noneOf(Direction.class);
        for (String type : declared) {
            Direction direction = TYPES.get(type);
            if (direction == null) {
                throw origin.error("sourceError.policyType", type);
            }
            if (!types.add(direction)) {
                throw origin.error("cniError.calicoTypeTwice", type);
            }
        }
        if (declared.isEmpty()) {
            types.addAll(CalicoPolicy.defaultTypes(!ingress.isEmpty(), !egress.isEmpty()));
        }
        String tier = spec.text("tier").filter(t -> !t.isBlank()).orElse(CalicoTier.DEFAULT.name());
        HostEndpointOptions host = HostEndpointOptions.NONE;
        if (global) {
            host = new HostEndpointOptions(spec.flag("doNotTrack").orElse(false), spec.flag("preDNAT").orElse(false),
                    spec.flag("applyOnForward").orElse(false));
            if (host.hostEndpointsOnly()) {
                warnings.add(origin.warning(Message.of("cniWarning.calicoHostEndpointsOnly", host.doNotTrack() ? "doNotTrack" : "preDNAT")));
            }
        }
        return new CalicoPolicy(kind, namespace, origin.name(), tier, spec.decimal("order"), selector, namespaces,
                serviceAccounts, types, !declared.isEmpty(), ingress, egress, host);
    }

    /**
     * A Tier: {@code order} 1,000,000 when left out, {@code defaultAction} Deny when left out. The
     * built-in tiers keep the order and action Calico fixes for them (it refuses others).
     */
    static CalicoTier tier(GenericKubernetesResource resource, ObjectOrigin origin, List<Message> warnings)
            throws ManifestException {
        SpecFields spec = spec(resource, origin);
        OptionalDouble order = spec.decimal("order");
        String actionText = spec.text("defaultAction").orElse(CalicoAction.DENY.apiName());
        CalicoAction action = CalicoAction.parse(actionText).filter(a -> a == CalicoAction.DENY || a == CalicoAction.PASS)
                .orElseThrow(() -> origin.error("cniError.calicoTierAction", spec.at("defaultAction"), actionText));
        for (CalicoTier builtIn : CalicoTier.BUILT_IN) {
            if (builtIn.name().equals(origin.name())) {
                if (order.isPresent() && order.getAsDouble() != builtIn.order() || action != builtIn.defaultAction()) {
                    warnings.add(origin.warning(Message.of("cniWarning.calicoBuiltInTier",
                            String.valueOf((long) builtIn.order()), builtIn.defaultAction().apiName())));
                }
                return new CalicoTier(builtIn.name(), builtIn.order(), builtIn.defaultAction(), true);
            }
        }
        return new CalicoTier(origin.name(), order.orElse(CalicoTier.DEFAULT_ORDER), action, true);
    }

    /** The spec; an object without one has the empty spec (every field defaulted), as Calico reads it. */
    private static SpecFields spec(GenericKubernetesResource resource, ObjectOrigin origin) throws ManifestException {
        Object spec = resource.getAdditionalProperties().get("spec");
        return spec == null ? new SpecFields(Map.of(), Message.verbatim("spec"), origin)
                : SpecFields.of(spec, Message.verbatim("spec"), origin);
    }

    /** A policy's own selector: {@code global()} is only allowed in a rule's namespaceSelector. */
    private static Optional<CalicoSelector> topSelector(SpecFields spec, String field) throws ManifestException {
        Optional<CalicoSelector> selector = CalicoRuleConverter.selector(spec, field);
        if (selector.map(CalicoRuleConverter::containsGlobal).orElse(false)) {
            throw spec.origin().error("cniError.calicoGlobalPlace", spec.at(field));
        }
        return selector;
    }

    private static List<CalicoRule> rules(SpecFields spec, String field) throws ManifestException {
        List<CalicoRule> rules = new ArrayList<>();
        for (SpecFields rule : spec.maps(field)) {
            rules.add(CalicoRuleConverter.convert(rule));
        }
        return rules;
    }
}
