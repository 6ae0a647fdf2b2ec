package io.kubereach.source;

import io.kubereach.model.CiliumL7;
import io.kubereach.model.CiliumPort;
import io.kubereach.model.CiliumPortRule;
import io.kubereach.model.CiliumPorts;
import io.kubereach.model.CiliumProtocol;
import io.kubereach.model.Direction;
import io.kubereach.model.PortSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the L4 part of a Cilium rule: {@code toPorts} (ports, {@code endPort}, protocol; L7
 * rules, SNI and listeners as filters) or {@code icmps} ({@code pkg/policy/api/l4.go},
 * {@code rule_validation.go} {@code PortProtocol.Validate}).
 */
final class CiliumPortsConverter {

    /** Cilium's {@code maxPorts} per port rule. */
    private static final int MAX_PORTS = 40;
    private static final int MAX_PORT = 65535;
    /** An IANA service name ({@code iana.IsSvcName}): 1–15 of [a-z0-9-], a letter, no leading, trailing or double hyphen. */
    private static final Pattern SERVICE_NAME = Pattern.compile("^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$");

    private CiliumPortsConverter() {
    }

    static CiliumPorts convert(SpecFields rule, Direction direction, boolean deny) throws ManifestException {
        List<SpecFields> toPorts = rule.maps("toPorts");
        boolean icmps = !rule.maps("icmps").isEmpty();
        if (icmps && !toPorts.isEmpty()) {
            throw rule.origin().error("cniError.ciliumIcmpWithPorts", rule.where());
        }
        if (icmps) {
            return new CiliumPorts.IcmpOnly();
        }
        if (toPorts.isEmpty()) {
            return CiliumPorts.EVERY;
        }
        List<CiliumPortRule> rules = new ArrayList<>();
        for (SpecFields portRule : toPorts) {
            rules.add(portRule(portRule, direction, deny));
        }
        return new CiliumPorts.Listed(rules);
    }

    private static CiliumPortRule portRule(SpecFields portRule, Direction direction, boolean deny) throws ManifestException {
        List<SpecFields> entries = portRule.maps("ports");
        if (entries.size() > MAX_PORTS) {
            throw portRule.origin().error("cniError.ciliumTooManyPorts", portRule.at("ports"), String.valueOf(MAX_PORTS));
        }
        List<CiliumPort> ports = new ArrayList<>();
        for (SpecFields entry : entries) {
            ports.add(port(entry));
        }
        Set<CiliumL7> l7 = EnumSet.noneOf(CiliumL7.class);
        Optional<SpecFields> rules = portRule.optionalMap("rules");
        if (rules.isPresent()) {
            SpecFields r = rules.get();
            addIf(l7, CiliumL7.HTTP, !r.maps("http").isEmpty());
            addIf(l7, CiliumL7.KAFKA, !r.maps("kafka").isEmpty());
            addIf(l7, CiliumL7.DNS, !r.maps("dns").isEmpty());
            addIf(l7, CiliumL7.GENERIC, r.text("l7proto").map(s -> !s.isBlank()).orElse(false));
        }
        addIf(l7, CiliumL7.TLS_SERVER_NAMES, !portRule.texts("serverNames").isEmpty());
        addIf(l7, CiliumL7.LISTENER, portRule.has("listener"));
        if (deny && !l7.isEmpty()) {
            throw portRule.origin().error("cniError.ciliumDenyL7", portRule.where());
        }
        if (l7.contains(CiliumL7.DNS) && direction == Direction.INGRESS) {
            throw portRule.origin().error("cniError.ciliumDnsIngress", portRule.where());
        }
        return new CiliumPortRule(ports, l7);
    }

    private static void addIf(Set<CiliumL7> set, CiliumL7 filter, boolean present) {
        if (present) {
            set.add(filter);
        }
    }

    /** One {@code ports} entry: a number ({@code 0}: every port) with an optional {@code endPort}, or a named port. */
    private static CiliumPort port(SpecFields entry) throws ManifestException {
        String protocolText = entry.scalar("protocol").orElse("");
        CiliumProtocol protocol = CiliumProtocol.parse(protocolText)
                .orElseThrow(() -> entry.origin().error("cniError.ciliumProtocol", entry.at("protocol"), protocolText));
        String text = entry.scalar("port").orElse("").trim();
        Optional<Integer> endPort = entry.scalar("endPort").map(CiliumPortsConverter::number);
        if (text.isEmpty() || text.equals("0")) {
            return new CiliumPort(new PortSpec.AnyPort(), protocol);
        }
        if (SERVICE_NAME.matcher(text.toLowerCase(Locale.ROOT)).matches() && !text.matches("\\d+")) {
            // Cilium lower-cases port names for a case-insensitive comparison; endPort is ignored
            return new CiliumPort(new PortSpec.Named(text.toLowerCase(Locale.ROOT)), protocol);
        }
        if (!text.matches("\\d{1,5}")) {
            throw entry.origin().error("cniError.ciliumPort", entry.at("port"), text);
        }
        int port = Integer.parseInt(text);
        if (port > MAX_PORT) {
            throw entry.origin().error("sourceError.portRange", entry.at("port"), text);
        }
        int last = endPort.filter(e -> e != 0).orElse(port);
        if (last < 0 || last > MAX_PORT) {
            throw entry.origin().error("sourceError.endPortRange", entry.at("endPort"), String.valueOf(last));
        }
        if (last < port) {
            throw entry.origin().error("sourceError.endPortBelow", entry.where(), String.valueOf(last), text);
        }
        return new CiliumPort(new PortSpec.Range(port, last), protocol);
    }

    private static int number(String text) {
        return text.matches("-?\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
