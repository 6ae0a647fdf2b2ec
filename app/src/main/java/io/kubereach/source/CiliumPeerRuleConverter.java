package io.kubereach.source;

import io.kubereach.text.Message;
import io.kubereach.model.CiliumEntity;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.Cidr;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one item of a Cilium rule's {@code ingress}, {@code ingressDeny}, {@code egress} or
 * {@code egressDeny} ({@code pkg/policy/api/ingress.go}, {@code egress.go}, validated as
 * {@code rule_validation.go} does), filling the defaults: no L3 field but ports means every peer,
 * neither means nobody, an empty list means nobody.
 */
final class CiliumPeerRuleConverter {

    private final Optional<String> policyNamespace;
    private final boolean subjectSelectsInit;
    private final List<Message> warnings;

    /**
     * @param policyNamespace the namespace of a CiliumNetworkPolicy; empty for a clusterwide one
     * @param subjectSelectsInit whether the rule's subject selects initializing endpoints
     * @param warnings where to report what is read but not evaluated
     */
    CiliumPeerRuleConverter(Optional<String> policyNamespace, boolean subjectSelectsInit, List<Message> warnings) {
        this.policyNamespace = policyNamespace;
        this.subjectSelectsInit = subjectSelectsInit;
        this.warnings = warnings;
    }

    CiliumPeerRule convert(SpecFields rule, Direction direction, boolean deny) throws ManifestException {
        String from = direction == Direction.INGRESS ? "from" : "to";
        Map<String, Optional<? extends List<?>>> l3 = new LinkedHashMap<>();
        for (String family : l3Families(direction, deny)) {
            l3.put(family, rule.optionalList(family));
        }
        List<String> used = l3.entrySet().stream().filter(e -> e.getValue().map(l -> !l.isEmpty()).orElse(false))
                .map(Map.Entry::getKey).toList();
        if (used.size() > 1) {
            throw rule.origin().error("cniError.ciliumCombinedPeers", rule.where(), used.get(0), used.get(1));
        }
        CiliumPorts ports = CiliumPortsConverter.convert(rule, direction, deny);
        boolean explicitlyEmpty = l3.values().stream().anyMatch(v -> v.map(List::isEmpty).orElse(false));
        List<CiliumPeer> peers = new ArrayList<>();
        if (explicitlyEmpty) {
            // mergeEndpointSelectors: an empty non-nil list selects no identity
        } else if (used.isEmpty()) {
            if (!(ports instanceof CiliumPorts.Every)) {
                peers.add(new CiliumPeer.Entity(CiliumEntity.ALL));
            }
        } else {
            peers.addAll(peers(rule, used.get(0)));
        }
        boolean requires = !rule.optionalList(from + "Requires").map(List::isEmpty).orElse(true);
        if (requires) {
            warnings.add(rule.origin().warning(Message.of("cniWarning.ciliumRequires", rule.at(from + "Requires"))));
        }
        boolean authentication = false;
        Optional<SpecFields> auth = rule.optionalMap("authentication");
        if (auth.isPresent()) {
            authentication = auth.get().text("mode").map("required"::equals).orElse(false);
        }
        return new CiliumPeerRule(peers, ports, authentication, requires);
    }

    /** The L3 fields of a rule; only one of them may be used in one rule. */
    private static List<String> l3Families(Direction direction, boolean deny) {
        if (direction == Direction.INGRESS) {
            return List.of("fromEndpoints", "fromCIDR", "fromCIDRSet", "fromEntities", "fromNodes", "fromGroups");
        }
        List<String> egress = new ArrayList<>(List.of("toEndpoints", "toCIDR", "toCIDRSet", "toEntities", "toNodes",
                "toGroups", "toServices"));
        if (!deny) {
            egress.add("toFQDNs");
        }
        return egress;
    }

    private List<CiliumPeer> peers(SpecFields rule, String family) throws ManifestException {
        List<CiliumPeer> peers = new ArrayList<>();
        switch (family) {
            case "fromEndpoints", "toEndpoints" -> {
                for (SpecFields selector : rule.maps(family)) {
                    peers.add(new CiliumPeer.Endpoints(CiliumSelectorConverter.peer(selector, policyNamespace, subjectSelectsInit)));
                }
            }
            case "fromNodes", "toNodes" -> {
                for (SpecFields selector : rule.maps(family)) {
                    peers.add(new CiliumPeer.Nodes(CiliumSelectorConverter.read(selector)));
                }
            }
            case "fromEntities", "toEntities" -> {
                List<String> names = rule.texts(family);
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    CiliumEntity entity = CiliumEntity.parse(name)
                            .orElseThrow(() -> rule.origin().error("cniError.ciliumEntity", rule.at(family), name));
                    peers.add(new CiliumPeer.Entity(entity));
                }
            }
            case "fromCIDR", "toCIDR" -> {
                for (Cidr block : rule.blocks(family)) {
                    peers.add(new CiliumPeer.Cidr(new IpBlock(block, List.of())));
                }
            }
            case "fromCIDRSet", "toCIDRSet" -> {
                for (SpecFields set : rule.maps(family)) {
                    peers.add(cidrSet(set));
                }
            }
            case "toServices" -> {
                for (SpecFields service : rule.maps(family)) {
                    peers.add(CiliumServicePeers.convert(service));
                }
            }
            case "toFQDNs" -> {
                List<String> patterns = new ArrayList<>();
                for (SpecFields fqdn : rule.maps(family)) {
                    fqdn.text("matchName").ifPresent(patterns::add);
                    fqdn.text("matchPattern").ifPresent(patterns::add);
                }
                peers.add(new CiliumPeer.Fqdn(patterns));
            }
            case "fromGroups", "toGroups" -> {
                for (SpecFields group : rule.maps(family)) {
                    peers.add(new CiliumPeer.CloudGroup(String.join(",", group.fields().keySet())));
                }
            }
            default -> throw new IllegalStateException("not an L3 field: " + family);
        }
        return peers;
    }

    /** A CIDRSet item: a CIDR with exceptions inside it, or a reference to CiliumCIDRGroups. */
    private static CiliumPeer cidrSet(SpecFields set) throws ManifestException {
        int given = (set.has("cidr") ? 1 : 0) + (set.has("cidrGroupRef") ? 1 : 0) + (set.has("cidrGroupSelector") ? 1 : 0);
        if (given != 1) {
            throw set.origin().error("cniError.ciliumCidrSet", set.where());
        }
        if (set.has("cidrGroupRef")) {
            return new CiliumPeer.CidrGroup(set.text("cidrGroupRef").orElseThrow());
        }
        if (set.has("cidrGroupSelector")) {
            return new CiliumPeer.CidrGroup(CiliumSelectorConverter.read(set.map("cidrGroupSelector")).toString());
        }
        String text = set.text("cidr").orElseThrow();
        Cidr cidr = Cidr.parse(text.trim()).orElseThrow(() -> set.origin().error("sourceError.notCidr", set.at("cidr"), text));
        List<Cidr> except = new ArrayList<>();
        List<String> excepts = set.texts("except");
        for (int i = 0; i < excepts.size(); i++) {
            String e = excepts.get(i);
            Cidr block = Cidr.parse(e.trim()).orElseThrow(() -> set.origin().error("sourceError.notCidr", set.at("except"), e));
            if (!cidr.contains(block.first())) {
                throw set.origin().error("cniError.ciliumExceptOutside", set.item("except", i), e, text);
            }
            except.add(block);
        }
        return new CiliumPeer.Cidr(new IpBlock(cidr, except));
    }
}
