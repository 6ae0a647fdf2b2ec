package io.kubereach.source;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubereach.text.Message;
import io.kubereach.model.CiliumDefaultDeny;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code cilium.io/v2} CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy, read as a
 * generic object, into the model: {@code spec} and {@code specs} become one list of rules with
 * Cilium's defaults filled in (namespace scoping, default deny) and what Cilium's validation
 * refuses refused, naming the field.
 */
final class CiliumPolicyConverter {

    /** The API group of Cilium's policies. */
    static final String GROUP = "cilium.io";

    private CiliumPolicyConverter() {
    }

    /**
     * @param clusterwide whether the object is a CiliumClusterwideNetworkPolicy
     * @param warnings where to report what is read but not evaluated, or overridden as Cilium does
     */
    static CiliumPolicy convert(GenericKubernetesResource resource, boolean clusterwide, ObjectOrigin origin,
            List<Message> warnings) throws ManifestException {
        Optional<String> namespace = clusterwide ? Optional.empty() : Optional.of(origin.namespace());
        Object spec = resource.getAdditionalProperties().get("spec");
        Object specs = resource.getAdditionalProperties().get("specs");
        if (spec == null && specs == null) {
            throw origin.error("cniError.ciliumNoSpec");
        }
        List<CiliumRule> rules = new ArrayList<>();
        if (spec != null) {
            rules.add(rule(SpecFields.of(spec, Message.verbatim("spec"), origin), namespace, clusterwide, warnings));
        }
        if (specs != null) {
            if (!(specs instanceof List<?> list)) {
                throw origin.error("sourceError.notList", Message.verbatim("specs"));
            }
            for (int i = 0; i < list.size(); i++) {
                Message where = Message.of("sourceWhere.item", Message.verbatim("specs"), String.valueOf(i + 1));
                rules.add(rule(SpecFields.of(list.get(i), where, origin), namespace, clusterwide, warnings));
            }
        }
        return new CiliumPolicy(namespace, origin.name(), rules);
    }

    private static CiliumRule rule(SpecFields rule, Optional<String> namespace, boolean clusterwide, List<Message> warnings)
            throws ManifestException {
        boolean endpoints = rule.has("endpointSelector");
        boolean nodes = rule.has("nodeSelector");
        if (endpoints == nodes) {
            throw rule.origin().error(endpoints ? "cniError.ciliumBothSelectors" : "cniError.ciliumNoSelector", rule.where());
        }
        if (nodes && !clusterwide) {
            throw rule.origin().error("cniError.ciliumNodeSelectorNamespaced", rule.at("nodeSelector"));
        }
        CiliumSubject subject = endpoints
                ? new CiliumSubject.Endpoints(CiliumSelectorConverter.subject(rule.map("endpointSelector"), namespace, warnings))
                : new CiliumSubject.Nodes(CiliumSelectorConverter.read(rule.map("nodeSelector")));
        boolean selectsInit = subject instanceof CiliumSubject.Endpoints e && CiliumSelectorConverter.selectsInit(e.selector());
        CiliumPeerRuleConverter peers = new CiliumPeerRuleConverter(namespace, selectsInit, warnings);
        List<CiliumPeerRule> ingress = peerRules(rule, "ingress", Direction.INGRESS, false, peers);
        List<CiliumPeerRule> ingressDeny = peerRules(rule, "ingressDeny", Direction.INGRESS, true, peers);
        List<CiliumPeerRule> egress = peerRules(rule, "egress", Direction.EGRESS, false, peers);
        List<CiliumPeerRule> egressDeny = peerRules(rule, "egressDeny", Direction.EGRESS, true, peers);
        if (ingress.isEmpty() && ingressDeny.isEmpty() && egress.isEmpty() && egressDeny.isEmpty()) {
            throw rule.origin().error("cniError.ciliumNoRules", rule.where());
        }
        Optional<SpecFields> enable = rule.optionalMap("enableDefaultDeny");
        Optional<Boolean> ingressDefault = enable.isPresent() ? enable.get().flag("ingress") : Optional.empty();
        Optional<Boolean> egressDefault = enable.isPresent() ? enable.get().flag("egress") : Optional.empty();
        CiliumDefaultDeny defaultDeny = new CiliumDefaultDeny(
                ingressDefault.orElse(!ingress.isEmpty() || !ingressDeny.isEmpty()),
                egressDefault.orElse(!egress.isEmpty() || !egressDeny.isEmpty()),
                ingressDefault.isPresent(), egressDefault.isPresent());
        return new CiliumRule(subject, ingress, ingressDeny, egress, egressDeny, defaultDeny, rule.text("description").orElse(""));
    }

    private static List<CiliumPeerRule> peerRules(SpecFields rule, String field, Direction direction, boolean deny,
            CiliumPeerRuleConverter peers) throws ManifestException {
        List<CiliumPeerRule> out = new ArrayList<>();
        for (SpecFields item : rule.maps(field)) {
            out.add(peers.convert(item, direction, deny));
        }
        return out;
    }
}
