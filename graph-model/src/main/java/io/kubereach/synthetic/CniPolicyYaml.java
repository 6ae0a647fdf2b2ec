package io.kubereach.synthetic;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoPolicyKind;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CalicoTier;
import io.kubereach.model.Cidr;
import io.kubereach.model.CiliumL7;
import io.kubereach.model.CiliumLabelRequirement;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.CiliumSelector;
import io.kubereach.model.CiliumSubject;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Cilium and Calico policies a {@link CniPolicyGenerator} makes, as the manifests their users
 * write ({@code cilium.io/v2}, {@code projectcalico.org/v3}): only the features the generator uses.
 */
final class CniPolicyYaml {

    private CniPolicyYaml() {
    }

    static Map<String, Object> cilium(CiliumPolicy policy) {
        Map<String, Object> doc = ManifestYaml.header("cilium.io/v2", policy.kind());
        doc.put("metadata", ManifestYaml.metadata(policy.name(), policy.namespace(), Map.of()));
        if (policy.rules().size() != 1) {
            throw new IllegalArgumentException("the generator writes one rule per policy");
        }
        CiliumRule rule = policy.rules().get(0);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("endpointSelector", selector(((CiliumSubject.Endpoints) rule.subject()).selector()));
        Map<String, Object> enable = new LinkedHashMap<>();
        if (rule.defaultDeny().ingressDeclared()) {
            enable.put("ingress", rule.defaultDeny().ingress());
        }
        if (rule.defaultDeny().egressDeclared()) {
            enable.put("egress", rule.defaultDeny().egress());
        }
        if (!enable.isEmpty()) {
            spec.put("enableDefaultDeny", enable);
        }
        for (Direction d : Direction.values()) {
            boolean ingress = d == Direction.INGRESS;
            if (!rule.allows(d).isEmpty()) {
                spec.put(ingress ? "ingress" : "egress", items(rule.allows(d), ingress));
            }
            if (!rule.denies(d).isEmpty()) {
                spec.put(ingress ? "ingressDeny" : "egressDeny", items(rule.denies(d), ingress));
            }
        }
        doc.put("spec", spec);
        return doc;
    }

    private static List<Object> items(List<CiliumPeerRule> items, boolean ingress) {
        List<Object> out = new ArrayList<>();
        for (CiliumPeerRule item : items) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<Object> endpoints = new ArrayList<>();
            List<Object> entities = new ArrayList<>();
            for (CiliumPeer peer : item.peers()) {
                if (peer instanceof CiliumPeer.Endpoints e) {
                    endpoints.add(selector(e.selector()));
                } else if (peer instanceof CiliumPeer.Entity e) {
                    entities.add(e.entity().apiName());
                } else {
                    throw new IllegalArgumentException("the generator writes no " + peer);
                }
            }
            if (!endpoints.isEmpty()) {
                map.put(ingress ? "fromEndpoints" : "toEndpoints", endpoints);
            }
            if (!entities.isEmpty()) {
                map.put(ingress ? "fromEntities" : "toEntities", entities);
            }
            if (item.ports() instanceof CiliumPorts.Listed listed) {
                map.put("toPorts", listed.rules().stream().map(CniPolicyYaml::portRule).toList());
            }
            out.add(map);
        }
        return out;
    }

    private static Map<String, Object> portRule(CiliumPortRule rule) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> ports = new ArrayList<>();
        for (CiliumPort port : rule.ports()) {
            PortSpec.Range r = (PortSpec.Range) port.port();
            Map<String, Object> p = ManifestYaml.entries("port", String.valueOf(r.from()), "protocol", port.protocol().name());
            if (r.to() != r.from()) {
                p.put("endPort", r.to());
            }
            ports.add(p);
        }
        map.put("ports", ports);
        if (rule.l7().contains(CiliumL7.HTTP)) {
            map.put("rules", ManifestYaml.entries("http", List.of(ManifestYaml.entries("method", "GET"))));
        }
        return map;
    }

    /** A selector as written: its requirements (the namespace Cilium adds is not written). */
    private static Map<String, Object> selector(CiliumSelector selector) {
        Map<String, Object> labels = new LinkedHashMap<>();
        List<Object> expressions = new ArrayList<>();
        for (CiliumLabelRequirement r : selector.requirements()) {
            if (r.operator() == LabelRequirement.Operator.IN && r.values().size() == 1) {
                labels.put(r.writtenKey(), r.values().iterator().next());
            } else {
                expressions.add(ManifestYaml.entries("key", r.writtenKey(), "operator", switch (r.operator()) {
                    case IN -> "In";
                    case NOT_IN -> "NotIn";
                    case EXISTS -> "Exists";
                    case DOES_NOT_EXIST -> "DoesNotExist";
                }));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!labels.isEmpty()) {
            out.put("matchLabels", labels);
        }
        if (!expressions.isEmpty()) {
            out.put("matchExpressions", expressions);
        }
        return out;
    }

    static Map<String, Object> tier(CalicoTier tier) {
        Map<String, Object> doc = ManifestYaml.header("projectcalico.org/v3", "Tier");
        doc.put("metadata", ManifestYaml.metadata(tier.name(), Optional.empty(), Map.of()));
        doc.put("spec", ManifestYaml.entries("order", (long) tier.order(), "defaultAction", tier.defaultAction().apiName()));
        return doc;
    }

    static Map<String, Object> calico(CalicoPolicy policy) {
        Map<String, Object> doc = ManifestYaml.header("projectcalico.org/v3",
                policy.kind() == CalicoPolicyKind.NETWORK_POLICY ? "NetworkPolicy" : "GlobalNetworkPolicy");
        doc.put("metadata", ManifestYaml.metadata(policy.name(), policy.namespace(), Map.of()));
        Map<String, Object> spec = new LinkedHashMap<>();
        if (!policy.tier().equals(CalicoTier.DEFAULT.name())) {
            spec.put("tier", policy.tier());
        }
        policy.order().ifPresent(o -> spec.put("order", o == Math.rint(o) ? (Object) (long) o : (Object) o));
        spec.put("selector", policy.selector().toString());
        policy.namespaceSelector().ifPresent(s -> spec.put("namespaceSelector", s.toString()));
        spec.put("types", policy.types().stream().sorted().map(Direction::apiName).toList());
        if (!policy.ingress().isEmpty()) {
            spec.put("ingress", policy.ingress().stream().map(CniPolicyYaml::rule).toList());
        }
        if (!policy.egress().isEmpty()) {
            spec.put("egress", policy.egress().stream().map(CniPolicyYaml::rule).toList());
        }
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> rule(CalicoRule rule) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("action", rule.action().apiName());
        rule.protocol().ifPresent(p -> map.put("protocol", p.toString()));
        Map<String, Object> source = entity(rule.source());
        Map<String, Object> destination = entity(rule.destination());
        if (!source.isEmpty()) {
            map.put("source", source);
        }
        if (!destination.isEmpty()) {
            map.put("destination", destination);
        }
        return map;
    }

    private static Map<String, Object> entity(CalicoEntityRule entity) {
        Map<String, Object> map = new LinkedHashMap<>();
        entity.selector().ifPresent(s -> map.put("selector", s.toString()));
        entity.namespaceSelector().ifPresent(s -> map.put("namespaceSelector", s.toString()));
        if (!entity.nets().isEmpty()) {
            map.put("nets", entity.nets().stream().map(Cidr::toString).toList());
        }
        if (!entity.notNets().isEmpty()) {
            map.put("notNets", entity.notNets().stream().map(Cidr::toString).toList());
        }
        if (!entity.ports().isEmpty()) {
            map.put("ports", entity.ports().stream().map(p -> (Object) ((PortSpec.Range) p).from()).toList());
        }
        return map;
    }
}
